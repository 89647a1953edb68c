/** A state's tone, as a badge shows it (Badge.tsx); a plain .ts so pure views and node tests can use it. */
export type Tone = 'good' | 'warn' | 'bad' | 'neutral';
