/**
 * One speed test: the plan's requests in order over one connection (plan.ts), each timed
 * (transfer.ts) and turned into figures (measure.ts), within the test's data and time bounds.
 * A server's refusal or a broken connection ends the test with the reason and whatever it
 * measured before; the time bound ends it with what it measured (`cut: 'time'`).
 */
import type { SpeedTestResult } from '../../../shared/contract/speed';
import type { Reason } from '../../../shared/reason';
import { deadline } from '../net/deadline';
import { inEnglish, reason } from '../reason';
import { bandwidthMbps, jitterMs, latencyMs, pingOf, type Point, pointOf } from './measure';
import { SpeedPlan, type Step } from './plan';
import { SpeedServerError, type Transfers } from './transfer';

export type SpeedFigures = Pick<
  SpeedTestResult,
  'downloadMbps' | 'uploadMbps' | 'latencyMs' | 'jitterMs' | 'bytes' | 'durationMs' | 'cut' | 'error' | 'reason'
>;

export interface MeasureOptions {
  maxBytes: number;
  maxMs: number;
  signal: AbortSignal;
  /** The monotonic clock, ms. */
  monotonic: () => number;
  /** The sequence (Cloudflare's by default). */
  steps?: readonly Step[];
}

const describe = (err: unknown): string => {
  if (!(err instanceof Error)) return String(err);
  const cause = err.cause instanceof Error ? `: ${err.cause.message}` : '';
  return `${err.message}${cause}`;
};

/** Why the test stopped, as a code: the server's refusal has its own; a connection's error is its text. */
function failure(err: unknown, cancelled: boolean): Reason {
  if (cancelled) return reason('reason.speed.cancelled');
  if (err instanceof SpeedServerError) return err.reason;
  return reason('reason.speed.error', { said: describe(err) });
}

export async function measureSpeed(t: Transfers, o: MeasureOptions): Promise<SpeedFigures> {
  const start = o.monotonic();
  const plan = new SpeedPlan(o.maxBytes, o.steps);
  const pings: number[] = [];
  const points: Point[] = [];
  let bytes = 0;
  let failed: Reason | null = null;
  let cutByTime = false;
  let warm = false;
  const bound = deadline(o.signal, o.maxMs);
  try {
    for (let req = plan.next(); req; req = plan.next()) {
      if (req.kind === 'latency') {
        const ping = pingOf(await t.latency(bound.signal));
        // The first opens the connection (TCP, TLS), which Resource Timing's requestStart leaves out.
        if (warm) pings.push(ping);
        warm = true;
        continue;
      }
      const timing = await (req.kind === 'down' ? t.download : t.upload)(req.bytes, bound.signal);
      const point = pointOf(req.kind, req.bytes, timing);
      points.push(point);
      bytes += req.bytes;
      plan.done(point.durationMs);
    }
  } catch (err) {
    const reason: unknown = bound.signal.reason;
    if (bound.signal.aborted && reason instanceof Error && reason.name === 'TimeoutError') cutByTime = true;
    else failed = failure(err, bound.signal.aborted);
  } finally {
    bound.clear();
  }
  return {
    downloadMbps: bandwidthMbps(points, 'down'),
    uploadMbps: bandwidthMbps(points, 'up'),
    latencyMs: latencyMs(pings),
    jitterMs: jitterMs(pings),
    bytes,
    durationMs: Math.round(o.monotonic() - start),
    cut: cutByTime ? 'time' : plan.cutByBytes && failed === null ? 'bytes' : null,
    error: failed && inEnglish(failed),
    ...(failed ? { reason: failed } : {}),
  };
}
