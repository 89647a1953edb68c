/**
 * Health book: each source's breaker, success counts and recent latencies. The only
 * stateful part of source selection; decisions are in breaker.ts and planner.ts.
 */
import type { Reason } from '../../../shared/contract/reason';
import type { Settings } from '../../../shared/settings';
import type { BreakerState, SourceHealth } from '../../../shared/types';
import { BUILTIN_SOURCE_IDS } from '../sources/registry';
import type { IpSource } from '../sources/types';
import {
  type Breaker,
  type BreakerConfig,
  closedBreaker,
  isAvailable,
  nextBreaker,
  type Outcome,
  probeDue,
} from './breaker';

/**
 * Answer times kept per source for its median: the last 21 (an odd count, so the median is one of
 * them), enough to smooth one slow answer away; older ones leave as new ones come.
 */
export const LATENCY_WINDOW = 21;

/** The breakers' configuration from the settings' `health` group (seconds to milliseconds). */
export const breakerConfig = (health: Settings['health']): BreakerConfig => ({
  failureThreshold: health.failureThreshold,
  backoffMs: health.backoffSec * 1000,
  maxBackoffMs: health.maxBackoffSec * 1000,
});

interface Entry {
  source: IpSource;
  breaker: Breaker;
  successes: number;
  failures: number;
  latencies: number[];
  lastError?: string;
  lastErrorCode?: Reason | undefined;
  lastErrorAt?: number;
  lastSuccessAt?: number;
}

export interface Transition {
  sourceId: string;
  from: BreakerState;
  to: BreakerState;
  reason: string;
  /** `reason` as a code, when it is the source's error. */
  reasonCode?: Reason;
}

export class HealthBook {
  private entries = new Map<string, Entry>();
  /** Judged after their check returned (outrun requests); reported with the next check. */
  private deferred: Transition[] = [];

  constructor(
    sources: readonly IpSource[],
    private cfg: BreakerConfig,
    private random: () => number,
    previous?: HealthBook,
  ) {
    // Keep what we learnt about sources that survive a settings reload.
    for (const source of sources) {
      const old = previous?.entries.get(source.id);
      this.entries.set(
        source.id,
        old ? { ...old, source } : { source, breaker: closedBreaker(), successes: 0, failures: 0, latencies: [] },
      );
    }
  }

  /** Lets due probes through, and tells which sources may be asked now. */
  available(now: number): { ids: Set<string>; transitions: Transition[] } {
    const ids = new Set<string>();
    const transitions: Transition[] = this.deferred;
    this.deferred = [];
    for (const [id, e] of this.entries) {
      const next = probeDue(e.breaker, now);
      if (next.state !== e.breaker.state)
        transitions.push({ sourceId: id, from: e.breaker.state, to: next.state, reason: 'probe due' });
      e.breaker = next;
      if (isAvailable(e.breaker)) ids.add(id);
    }
    return { ids, transitions };
  }

  /** Keeps a transition found outside a check for the next check to report. */
  deferTransition(t: Transition | null): void {
    if (t) this.deferred.push(t);
  }

  /** Median of the recent answer times, ms; null before the first answer. */
  latencyMs(id: string): number | null {
    return median(this.entries.get(id)?.latencies ?? []);
  }

  /** Epoch ms at which an open breaker lets a probe through (for ordering fallbacks). */
  openUntil(id: string): number {
    return this.entries.get(id)?.breaker.openUntil ?? 0;
  }

  record(
    id: string,
    outcome: Outcome,
    now: number,
    detail: {
      latencyMs?: number | undefined;
      error?: string | undefined;
      errorCode?: Reason | undefined;
      blamed: boolean;
    },
  ): Transition | null {
    const e = this.entries.get(id);
    if (!e) return null;
    if (outcome.kind === 'success') {
      e.successes += 1;
      e.lastSuccessAt = now;
      if (detail.latencyMs !== undefined) {
        e.latencies.push(detail.latencyMs);
        if (e.latencies.length > LATENCY_WINDOW) e.latencies.shift();
      }
    } else if (outcome.kind === 'failure' && !detail.blamed) {
      // Nothing answered in that check: the network failed, not the source. Its error is the
      // family's (the check event keeps it), never this source's state: a source not asked again
      // after the outage would otherwise read as failing for as long as it is not asked.
      return null;
    } else {
      e.failures += 1;
      if (detail.error) {
        e.lastError = detail.error;
        e.lastErrorCode = detail.errorCode;
        e.lastErrorAt = now;
      }
    }
    const before = e.breaker.state;
    e.breaker = nextBreaker(e.breaker, outcome, now, this.cfg, this.random);
    if (e.breaker.state === before) return null;
    const coded = outcome.kind !== 'success' && detail.error !== undefined && detail.errorCode !== undefined;
    return {
      sourceId: id,
      from: before,
      to: e.breaker.state,
      reason: outcome.kind === 'success' ? 'answered' : (detail.error ?? outcome.kind),
      ...(coded ? { reasonCode: detail.errorCode } : {}),
    };
  }

  snapshot(): SourceHealth[] {
    return [...this.entries.values()].map((e) => {
      const { source, breaker, successes, failures, latencies, lastError, lastErrorCode, lastErrorAt, lastSuccessAt } =
        e;
      const total = successes + failures;
      return {
        id: source.id,
        provider: source.provider,
        kind: source.kind,
        family: source.family,
        state: breaker.state,
        successes,
        failures,
        consecutiveFailures: breaker.consecutiveFailures,
        successRate: total ? successes / total : null,
        latencyMs: median(latencies),
        ...(lastError ? { lastError } : {}),
        ...(lastError && lastErrorCode ? { lastErrorCode } : {}),
        ...(lastErrorAt !== undefined ? { lastErrorAt } : {}),
        ...(lastSuccessAt !== undefined ? { lastSuccessAt } : {}),
        ...(breaker.state === 'open' && breaker.openUntil !== null ? { openUntil: breaker.openUntil } : {}),
        ...(BUILTIN_SOURCE_IDS.includes(source.id) ? {} : { own: true }),
      };
    });
  }
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  // A typed array sorts numerically in native code: no comparator call per pair, every check.
  const s = Float64Array.from(values).sort();
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : Math.round(((s[mid - 1]! + s[mid]!) / 2) * 10) / 10;
}
