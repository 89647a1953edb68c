/** Types of test.mjs (plain JavaScript: `npm test` runs it before anything is built). */
export const STEPS: [what: string, npmArgs: string[]][];
