/** The speed test's figures, as @cloudflare/speedtest computes them (measure.ts's doc comment). */
import { describe, expect, it } from 'vitest';

import {
  bandwidthMbps,
  jitterMs,
  latencyMs,
  percentile,
  pingOf,
  pointOf,
  serverTimeOf,
} from '../../../../electron/engine/speed/measure';

describe('percentile (numbers.js: linear between the nearest ranks)', () => {
  it.each([
    [[], 0.9, 0],
    [[5], 0.9, 5],
    [[1, 2, 3, 4, 5], 0.5, 3],
    [[4, 1, 3, 2], 0.5, 2.5],
    [[10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9, 91],
    [[1, 2], 0.9, 1.9],
  ])('%j at %d is %d', (values, p, expected) => {
    expect(percentile(values, p)).toBeCloseTo(expected, 9);
  });
});

describe('a transfer as a point', () => {
  it.each([
    // dir, bytes, firstByte, end, server ms, ping, duration, Mbps
    ['down', 1e6, 25, 125, 5, 20, 120, (8 * 1e6 * 1.005) / 0.12 / 1e6],
    ['down', 1e5, 15, 15, null, 5, 5, (8 * 1e5 * 1.005) / 0.005 / 1e6],
    ['up', 1e6, 200, 200, 5, 195, 200, (8 * 1e6 * 1.005) / 0.2 / 1e6],
  ] as const)('%s %d bytes, first byte %d ms, end %d, server %s', (dir, bytes, first, end, server, ping, dur, mbps) => {
    const p = pointOf(dir, bytes, { firstByteMs: first, endMs: end, serverMs: server });
    expect(p.pingMs).toBeCloseTo(ping, 9);
    expect(p.durationMs).toBeCloseTo(dur, 9);
    expect(p.bps! / 1e6).toBeCloseTo(mbps, 6);
  });

  it('never counts a round trip below 0.01 ms (a server slower than its own answer)', () => {
    expect(pingOf({ firstByteMs: 3, endMs: 3, serverMs: 50 })).toBe(0.01);
  });
});

describe('bandwidth, latency and jitter', () => {
  const point = (dir: 'down' | 'up', durationMs: number, mbps: number) => ({
    dir,
    bytes: 1,
    durationMs,
    bps: mbps * 1e6,
    pingMs: 1,
  });

  it('takes the 90th percentile of transfers of at least 10 ms, of one direction', () => {
    const points = [
      ...[10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((m) => point('down', 50, m)),
      point('down', 9, 5000), // too short to count
      point('up', 50, 1),
    ];
    expect(bandwidthMbps(points, 'down')).toBe(91);
    expect(bandwidthMbps(points, 'up')).toBe(1);
  });

  it('says nothing when no transfer lasted long enough', () => {
    expect(bandwidthMbps([point('down', 3, 100)], 'down')).toBeNull();
    expect(bandwidthMbps([], 'up')).toBeNull();
  });

  it.each([
    [[], null, null],
    [[12], 12, null],
    [[10, 20, 10, 20], 15, 10],
    [[30, 31, 29, 30], 30, 1.33],
  ])('pings %j: latency %s, jitter %s', (pings, latency, jitter) => {
    expect(latencyMs(pings)).toBe(latency);
    expect(jitterMs(pings)).toBe(jitter);
  });
});

describe('server-timing', () => {
  it.each([
    ['cfRequestDuration;dur=15.999794', 15.999794],
    ['cfL4;desc="?proto=TCP", cfRequestDuration;dur=3', 3],
    [['cfRequestDuration;dur=7'], 7],
    ['cfRequestDuration', null],
    [undefined, null],
  ] as const)('%j -> %s', (header, ms) => {
    expect(serverTimeOf(header as string | string[] | undefined)).toBe(ms);
  });
});
