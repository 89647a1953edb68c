/**
 * How a speed test's figures are computed from its transfers, as @cloudflare/speedtest does
 * (src/engines/BandwidthEngine/BandwidthEngine.js, src/Results/MeasurementCalculations.js,
 * src/utils/numbers.js). Pure; the truth tables are in tests/electron/engine/speed/measure.test.ts.
 *
 * - A round trip (`ping`) is the time to the first byte of the answer less the server's own time
 *   (its `server-timing: cfRequestDuration;dur=` header, else an estimated 10 ms), at least 0.01 ms.
 * - A download lasts its ping plus the time its body took; an upload, the time to the first byte
 *   of the answer (the server answers once it has read the body).
 * - bits per second = 8 × bytes × 1.005 (the headers' share, estimated) / duration.
 * - Bandwidth: the 90th percentile of the transfers that lasted at least 10 ms; latency: the
 *   median of the idle round trips; jitter: the mean difference between consecutive ones.
 */

export const BANDWIDTH_PERCENTILE = 0.9;
export const LATENCY_PERCENTILE = 0.5;
/** A transfer shorter than this says more about timers than about the line. */
export const MIN_REQUEST_MS = 10;
export const ESTIMATED_SERVER_MS = 10;
const HEADER_FRACTION = 0.005;

/** The timings of one request, ms from the moment it was sent. */
export interface Timing {
  /** The first byte of the answer (headers). */
  firstByteMs: number;
  /** The last byte of the body. */
  endMs: number;
  /** The server's own time from server-timing; null when it sent none. */
  serverMs: number | null;
}

export interface Point {
  dir: 'down' | 'up';
  bytes: number;
  durationMs: number;
  bps: number | null;
  pingMs: number;
}

/** Linear interpolation between the two nearest ranks; 0 for an empty list (as numbers.js). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const idx = (sorted.length - 1) * p;
  const lo = sorted[Math.floor(idx)]!;
  const hi = sorted[Math.ceil(idx)]!;
  return lo + (hi - lo) * (idx % 1);
}

export const pingOf = (t: Timing): number => Math.max(0.01, t.firstByteMs - (t.serverMs ?? ESTIMATED_SERVER_MS));

/** One transfer as a bandwidth point. */
export function pointOf(dir: 'down' | 'up', bytes: number, t: Timing): Point {
  const pingMs = pingOf(t);
  const durationMs = dir === 'down' ? pingMs + (t.endMs - t.firstByteMs) : t.firstByteMs;
  const bps = durationMs > 0 ? (8 * bytes * (1 + HEADER_FRACTION)) / (durationMs / 1000) : null;
  return { dir, bytes, durationMs, bps, pingMs };
}

/** Mbps of one direction: null when no transfer lasted MIN_REQUEST_MS. */
export function bandwidthMbps(points: readonly Point[], dir: 'down' | 'up'): number | null {
  const bps = points.filter((p) => p.dir === dir && p.durationMs >= MIN_REQUEST_MS && p.bps).map((p) => p.bps!);
  return bps.length === 0 ? null : round2(percentile(bps, BANDWIDTH_PERCENTILE) / 1e6);
}

export function latencyMs(pings: readonly number[]): number | null {
  return pings.length === 0 ? null : round2(percentile(pings, LATENCY_PERCENTILE));
}

export function jitterMs(pings: readonly number[]): number | null {
  if (pings.length < 2) return null;
  let sum = 0;
  for (let i = 1; i < pings.length; i++) sum += Math.abs(pings[i]! - pings[i - 1]!);
  return round2(sum / (pings.length - 1));
}

/** The server's time from `server-timing: cfRequestDuration;dur=15.99`, ms; null without one. */
export function serverTimeOf(header: string | string[] | undefined): number | null {
  const text = Array.isArray(header) ? header.join(',') : header;
  const m = text?.match(/(?:^|;)\s*dur=([0-9.]+)/);
  const v = m ? Number(m[1]) : NaN;
  return Number.isFinite(v) ? v : null;
}

const round2 = (v: number) => Math.round(v * 100) / 100;
