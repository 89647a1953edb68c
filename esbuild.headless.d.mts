/** Types of esbuild.headless.mjs for the test that checks the bundle. */
export declare const BUNDLED: readonly string[];
/** Bundles the headless runner into `outfile` (executable, with a shebang: the package's `ipwatch` bin). */
export declare function bundleHeadless(outfile: string): Promise<void>;
/** The bundle's text with every non-ASCII character escaped, so V8 keeps its source one byte a character. */
export declare function asciiOnly(text: string): string;
