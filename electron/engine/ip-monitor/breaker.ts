/**
 * Per-source circuit breaker, as a pure transition function.
 *
 * Truth table (tests/electron/engine/ip-monitor/breaker.test.ts):
 *
 * | state     | outcome             | next      | notes                                        |
 * |-----------|---------------------|-----------|----------------------------------------------|
 * | closed    | success             | closed    | failures reset                               |
 * | closed    | failure, n < N      | closed    | consecutive failures + 1                     |
 * | closed    | failure, n = N      | open      | until now + backoff(0) with jitter           |
 * | any       | rate-limited        | open      | until now + max(Retry-After, backoff(k))     |
 * | open      | probe due (time)    | half-open | one probe is let through                     |
 * | half-open | success             | closed    | opens reset                                  |
 * | half-open | failure             | open      | backoff doubles (k + 1), capped              |
 * | any       | unblamed failure    | same      | offline/no-route is not the source's fault   |
 */
import type { BreakerState } from '../../../shared/types';

export interface BreakerConfig {
  failureThreshold: number;
  backoffMs: number;
  maxBackoffMs: number;
}

export interface Breaker {
  state: BreakerState;
  consecutiveFailures: number;
  /** How many times in a row the breaker opened; drives the exponential backoff. */
  opens: number;
  openUntil: number | null;
}

export type Outcome =
  { kind: 'success' } | { kind: 'failure' } | { kind: 'rate-limited'; retryAfterMs?: number | undefined };

export const closedBreaker = (): Breaker => ({ state: 'closed', consecutiveFailures: 0, opens: 0, openUntil: null });

/** Backoff for the k-th consecutive opening: base * 2^k, capped, with +-20% jitter. */
export function backoffMs(k: number, cfg: BreakerConfig, random: () => number): number {
  const raw = Math.min(cfg.maxBackoffMs, cfg.backoffMs * 2 ** Math.min(k, 30));
  return Math.round(raw * (0.8 + 0.4 * random()));
}

export function nextBreaker(
  b: Breaker,
  outcome: Outcome,
  now: number,
  cfg: BreakerConfig,
  random: () => number,
): Breaker {
  switch (outcome.kind) {
    case 'success':
      return closedBreaker();
    case 'rate-limited': {
      const wait = Math.max(outcome.retryAfterMs ?? 0, backoffMs(b.opens, cfg, random));
      return {
        state: 'open',
        consecutiveFailures: b.consecutiveFailures + 1,
        opens: b.opens + 1,
        openUntil: now + wait,
      };
    }
    case 'failure': {
      const consecutiveFailures = b.consecutiveFailures + 1;
      if (b.state === 'half-open' || consecutiveFailures >= cfg.failureThreshold) {
        return {
          state: 'open',
          consecutiveFailures,
          opens: b.opens + 1,
          openUntil: now + backoffMs(b.opens, cfg, random),
        };
      }
      return { ...b, consecutiveFailures };
    }
  }
}

/** An open breaker whose wait is over lets one probe through (half-open). */
export function probeDue(b: Breaker, now: number): Breaker {
  return b.state === 'open' && b.openUntil !== null && now >= b.openUntil ? { ...b, state: 'half-open' } : b;
}

export const isAvailable = (b: Breaker): boolean => b.state !== 'open';
