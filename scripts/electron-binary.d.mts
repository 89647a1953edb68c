/** Types of electron-binary.mjs (plain JavaScript: it runs as npm's postinstall before any build). */
export const FETCH_COMMAND: string;
export function electronPackageDir(projectDir: string): string | null;
export function electronBinaryInstalled(dir: string, env?: NodeJS.ProcessEnv): boolean;
export function nodeHint(version?: string): string;
export function installerFailure(stderr: string | null | undefined, startError?: Error): string;
