/** Types of esbuild.headless.mjs for the test that checks the bundle. */
export declare const BUNDLED: readonly string[];
