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

/**
 * Parses a Retry-After header: delay-seconds (`120`, `1.5`) or an HTTP date. Returns ms from
 * `now`, or undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | string[] | undefined, now: number): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (v === undefined) return undefined;
  const t = v.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Math.round(Number(t) * 1000);
  const date = Date.parse(t);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
