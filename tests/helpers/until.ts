/**
 * Waiting for a condition in real time: the one `until` of the test suite. It polls (the
 * condition is reached through real I/O: sockets, files, child processes) and fails with
 * what it was waiting for, never passing on a timeout.
 */
export interface UntilOptions {
  /**
   * Give up after this long, ms (default 15000). Far more than a condition takes when all goes
   * well: the engine retries a degraded check after 5 s (RETRY_BASE_MS), so a default at or near
   * that would fail a test whose one check a busy machine degraded. Polling, a passing test
   * waits no longer for it.
   */
  timeoutMs?: number;
  /** Says what was awaited, for the error. */
  what?: string;
  /** Poll period, ms (default 5). */
  everyMs?: number;
}

export async function until(cond: () => boolean | Promise<boolean>, opts: UntilOptions = {}): Promise<void> {
  const { timeoutMs = 15_000, what = 'condition', everyMs = 5 } = opts;
  // The monotonic clock: a deadline, never the wall clock (a step of it would stretch or cut the wait).
  const end = performance.now() + timeoutMs;
  while (!(await cond())) {
    if (performance.now() > end) throw new Error(`${what} not reached within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
