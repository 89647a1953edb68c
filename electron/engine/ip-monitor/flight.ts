/**
 * One request to one source, in flight: its own abort (so a loser can be stopped without
 * stopping the check), its deadline (the source's timeout), and its outcome as data once it
 * settles. One controller, listener and timer serve both, so a source's query needs none of
 * its own: it is bounded by the signal it is given.
 */
import { performance } from 'node:perf_hooks';

import type { Reason } from '../../../shared/contract/reason';
import { type DetectionFilter, filterAddress } from '../../../shared/detection-filter';
import { addressKey, validateAnswer, type V6Compare } from '../../../shared/ip';
import type { Attempt, Family } from '../../../shared/types';
import { deadline } from '../net/deadline';
import { inEnglish, reason } from '../reason';
import { type IpSource, SourceError, type SourceErrorCode } from '../sources/types';
import type { Answer } from './consensus';

export interface Failure {
  source: IpSource;
  error: string;
  /** `error` as a code (reasons-2): the answer's rejection, or the request's raw error. */
  errorCode: Reason;
  code: string;
  retryAfterMs?: number | undefined;
}

/**
 * The failures that got no reply: no connection, no route, no answer in time, or the source's name
 * not resolved (a DNS lookup's failure is the network's, not the source's). Any other failure
 * (an HTTP error, a page, a DNS reply without the record) is a reply: the way out works.
 */
const TRANSPORT: ReadonlySet<SourceErrorCode> = new Set(['timeout', 'unreachable', 'network']);

export type Settled =
  | { answer: Answer; attempt: Attempt }
  | { failure: Failure; attempt: Attempt; cgnat?: { address: string; sourceId: string } };

export interface Flight {
  source: IpSource;
  /** performance.now() when asked. */
  startedAt: number;
  /** performance.now() after which a parallel request is sent (hedge.ts). */
  hedgeAt: number;
  /** Outrun: a hedged request was sent because this one was slow. */
  hedged: boolean;
  settled: Settled | null;
  done: Promise<void>;
  abort(): void;
}

/** What a flight needs of its check: the family, how addresses compare, its bounds, and the detection filter. */
export interface FlightContext {
  family: Family;
  compare: V6Compare;
  signal: AbortSignal;
  timeoutMs: number;
  /** Ranges an answer must be in, or never be in, to be taken (shared/detection-filter.ts); none: any. */
  filter?: DetectionFilter | undefined;
}

export function launchFlight(source: IpSource, ctx: FlightContext, hedgeDelayMs: number): Flight {
  const bounded = deadline(ctx.signal, ctx.timeoutMs);
  const startedAt = performance.now();
  const flight: Flight = {
    source,
    startedAt,
    hedgeAt: startedAt + hedgeDelayMs,
    hedged: false,
    settled: null,
    done: Promise.resolve(),
    abort: () => bounded.abort(new DOMException('A quorum was reached without it.', 'AbortError')),
  };
  flight.done = settle(source, bounded.signal, startedAt, ctx).then((s) => {
    bounded.clear();
    flight.settled = s;
  });
  return flight;
}

async function settle(source: IpSource, signal: AbortSignal, t0: number, ctx: FlightContext): Promise<Settled> {
  const base = { sourceId: source.id, provider: source.provider, kind: source.kind };
  const elapsed = () => Math.round((performance.now() - t0) * 10) / 10;
  try {
    const raw = await source.query(signal);
    const latencyMs = elapsed();
    const v = validateAnswer(raw, ctx.family);
    const kept = v.ok ? filterAddress(v.ip, ctx.family, ctx.filter) : { kept: true as const };
    if (!kept.kept) {
      // An honest answer the user's ranges leave out: never the address, and not the source's fault.
      const errorCode = reason('reason.source.filtered', {
        address: kept.address,
        why: kept.why,
        range: kept.why === 'excluded' ? kept.range : '',
      });
      const error = inEnglish(errorCode);
      return {
        failure: { source, error, errorCode, code: 'filtered' },
        attempt: { ...base, ok: false, error, errorCode, filtered: true, latencyMs },
      };
    }
    if (v.ok) {
      return {
        answer: { ...base, ip: v.ip, key: addressKey(v.ip, ctx.family, ctx.compare) },
        attempt: { ...base, ok: true, ip: v.ip, latencyMs },
      };
    }
    const cgnat = v.reason === 'cgnat' && v.address ? { address: v.address, sourceId: source.id } : undefined;
    return {
      failure: { source, error: v.detail, errorCode: v.why, code: 'rejected' },
      attempt: { ...base, ok: false, error: v.detail, errorCode: v.why, replied: true, latencyMs },
      ...(cgnat ? { cgnat } : {}),
    };
  } catch (err) {
    const latencyMs = elapsed();
    const se =
      err instanceof SourceError ? err : new SourceError('network', err instanceof Error ? err.message : String(err));
    const error = `${se.code}: ${se.message}`;
    const errorCode = se.why ?? reason('reason.source.failed', { said: error });
    const replied = !TRANSPORT.has(se.code);
    // The way out chosen could not be used (net/local-address.ts): nothing was sent, nobody replied.
    const unbound = se.code === 'no-egress';
    return {
      failure: { source, error, errorCode, code: se.code, retryAfterMs: se.retryAfterMs },
      attempt: {
        ...base,
        ok: false,
        error,
        errorCode,
        ...(replied && !unbound ? { replied } : {}),
        ...(unbound ? { unbound } : {}),
        latencyMs,
      },
    };
  }
}
