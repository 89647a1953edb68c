/**
 * When a channel tries a failed delivery again: the house's one etiquette (net/etiquette.ts
 * retryWait), from the channel's own first wait and cap (settings `retry.initialSec`, `maxSec`).
 * Pure.
 *
 *   Retry-After (or the service's own wait) | delay (random r in [0, 1), n failed attempts)
 *   ----------------------------------------+-----------------------------------------------------
 *   none                                    | min(maxMs, 1 h, initialMs × 2^(n-1) × (1 + 0.2 r))
 *   R, up to 6 h                            | max(the backoff, R): the server's word, never cut
 *   R, over 6 h                             | 6 h
 *
 * No early probing: a service down for an hour sees a few tries, not one every 20 s (242 in the
 * first hour of a 503 before). What our own outage held back is tried at once when our
 * connectivity comes back (wakesOnReconnect below), so a short outage of ours costs no wait.
 */
import { ETIQUETTE, retryWait } from '../net/etiquette';

export interface BackoffConfig {
  initialMs: number;
  maxMs: number;
}

/** `attempts` counts the failed attempts so far, including the one just made (>= 1). */
export function nextRetryDelay(attempts: number, cfg: BackoffConfig, random: number, retryAfterMs?: number): number {
  return retryWait(attempts, random, retryAfterMs, { firstWaitMs: cfg.initialMs, maxWaitMs: cfg.maxMs });
}

/** A service's wait past the etiquette's cap, honoured only that far (and said so in the log). */
export const overRetryAfterCap = (retryAfterMs: number | undefined): boolean =>
  retryAfterMs !== undefined && retryAfterMs > ETIQUETTE.maxRetryAfterMs;

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
