/**
 * When to try a failed delivery again. Pure.
 *
 *   retryAfterMs given | delay
 *   -------------------+-----------------------------------------------------------------
 *   yes                | max(retryAfterMs, 0): the server said when, even past maxMs
 *   no                 | d = min(maxMs, initialMs * 2^(attempts - 1)); delay = d/2 + random*d/2
 *
 * "Equal jitter": never sooner than half the exponential step, so a burst of channels that
 * failed together spreads out without hammering a recovering server.
 */
export interface BackoffConfig {
  initialMs: number;
  maxMs: number;
}

/** `attempts` counts the failed attempts so far, including the one just made (>= 1). */
export function retryDelay(attempts: number, cfg: BackoffConfig, random: number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return Math.max(retryAfterMs, 0);
  const step = Math.min(cfg.maxMs, cfg.initialMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(step / 2 + random * (step / 2));
}
