/**
 * The contract's speed test part (issue 42): the last result and the next planned for the
 * status, and its methods. Pure. (A stub until the speed test lands: no method yet.)
 */

/** The last speed test and the next planned; refined by the speed test's work. */
export interface SpeedStatus {
  last: unknown;
}

export const speedApi = {};
