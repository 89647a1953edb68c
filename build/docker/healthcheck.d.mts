/** Types of healthcheck.mjs (plain JavaScript: the image runs it with node alone). */
export function problemOf(status: number, body: unknown, maxAge: number): string | null;
