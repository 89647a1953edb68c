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
 * A service that failed without saying when (connection refused, timeout, 5xx) is probed
 * with one request (the head of the queue) at least this often, so a service back after a
 * short outage gets everything within about this long rather than after the full backoff
 * (with the defaults, up to 15 min after 10 min of failures).
 */
export const PROBE_EVERY_MS = 20_000;
/** ...while the head item is younger than this; past it, attempts spread out to maxMs as before. */
export const PROBE_WINDOW_MS = 3_600_000;

export interface Failure {
  retryAfterMs?: number | undefined;
  /** 429: the service asked us to slow down, so it is never probed early. */
  throttled?: boolean | undefined;
  /** Since the head item was queued: how long this channel has been stuck on it. */
  failingForMs: number;
}

/**
 *   Retry-After | throttled (429) | failingForMs    | step capped at
 *   ------------+-----------------+-----------------+---------------------------------------
 *   given       | any             | any             | none: the server's wait, never shortened
 *   none        | yes             | any             | maxMs
 *   none        | no              | < PROBE_WINDOW  | min(maxMs, max(initialMs, PROBE_EVERY))
 *   none        | no              | >= PROBE_WINDOW | maxMs
 *
 * An initialMs above PROBE_EVERY_MS is a user asking for slow retries: it is kept.
 */
export function nextRetryDelay(attempts: number, cfg: BackoffConfig, random: number, f: Failure): number {
  if (f.retryAfterMs !== undefined) return retryDelay(attempts, cfg, random, f.retryAfterMs);
  const probing = !f.throttled && f.failingForMs < PROBE_WINDOW_MS;
  const maxMs = probing ? Math.min(cfg.maxMs, Math.max(cfg.initialMs, PROBE_EVERY_MS)) : cfg.maxMs;
  return retryDelay(attempts, { initialMs: cfg.initialMs, maxMs }, random);
}

export interface WaitingQueue {
  /** A next attempt is scheduled (the queue backed off), as opposed to idle or sending. */
  waiting: boolean;
  /** Paused for a settings fix: only the fix resumes it. */
  paused: boolean;
  /** The current wait is the service's own (Retry-After) or it throttled us (429). */
  serviceAsked: boolean;
}

/**
 *   waiting | paused | serviceAsked | our connectivity came back
 *   --------+--------+--------------+------------------------------------------------
 *   yes     | no     | no           | one attempt now: the failures were likely ours
 *   yes     | no     | yes          | keep the service's wait
 *   any     | yes    | any          | keep paused
 *   no      | no     | any          | nothing to wake (idle, or an attempt in flight)
 */
export const wakesOnReconnect = (q: WaitingQueue): boolean => q.waiting && !q.paused && !q.serviceAsked;
