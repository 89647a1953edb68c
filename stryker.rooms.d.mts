/** Types of stryker.rooms.mjs for vitest.mutation.config.ts. */
export interface MutationRoom {
  /** Files (or file:from-to line ranges) Stryker mutates. */
  readonly mutate: readonly string[];
  /** The table-driven tests that judge them. */
  readonly tests: readonly string[];
}
export declare const ROOMS: Readonly<Record<string, MutationRoom>>;
