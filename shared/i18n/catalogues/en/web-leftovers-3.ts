/**
 * What the attacker's read of issue 62 found left in English or said wrongly: a request given up at
 * its time limit, recorded by the egress gate as `TimeoutError` (shared/words/error.ts), no longer
 * said as a cancel.
 */
export const webLeftovers3 = {
  /** A request given up when its time limit passed (the Connections page's Details, a Test). */
  'error.timeLimit': 'The request’s time limit passed before an answer came.',
  /** The same, short: the Connections page's result column ("failed: …"). */
  'error.short.timeLimit': 'time limit passed before an answer',
} as const;
