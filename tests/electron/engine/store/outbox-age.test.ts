/** A notice's age on the monotonic clock (store/outbox-age.ts): the pure rules, table by table. */
import { describe, expect, it } from 'vitest';

import { ageOf, RESTART_GAP_MAX_MS, restartGap } from '../../../../electron/engine/store/outbox-age';

const H = 3_600_000;

describe('restartGap: the wall time between a stamp and an open, as counted', () => {
  it.each([
    [-365 * 24 * H, 0, 'a clock set back: none'],
    [-1, 0, 'a millisecond back: none'],
    [0, 0, 'none'],
    [90_000, 90_000, 'a short stop: all of it'],
    [6 * H, 6 * H, 'the cap itself'],
    [6 * H + 1, 6 * H, 'past the cap: the cap'],
    [365 * 24 * H, 6 * H, 'a year forward: the cap'],
  ])('%d ms -> %d ms (%s)', (wall, counted) => {
    expect(restartGap(wall)).toBe(counted);
  });

  it('caps at the longest retry wait, 6 h', () => {
    expect(RESTART_GAP_MAX_MS).toBe(6 * H);
  });
});

describe('ageOf', () => {
  const anchor = { run: 'now', openWall: 1_000_000, openMono: 500, mono: 2_500 };
  it.each([
    // Stamped in this run: its age then plus the monotonic time since, whatever the wall says.
    [{ waitedMs: 7_000, stampedAt: 9e12, stampMono: 1_500, stampRun: 'now' }, 8_000],
    [{ waitedMs: 7_000, stampedAt: 0, stampMono: 2_500, stampRun: 'now' }, 7_000],
    // An earlier run: its age then, the stop (bounded), and the monotonic time since this open.
    [{ waitedMs: 7_000, stampedAt: 990_000, stampMono: 123_456, stampRun: 'before' }, 7_000 + 10_000 + 2_000],
    [{ waitedMs: 7_000, stampedAt: 2_000_000, stampMono: 0, stampRun: 'before' }, 7_000 + 0 + 2_000],
    [{ waitedMs: 0, stampedAt: 1_000_000 - 30 * 24 * H, stampMono: 0, stampRun: '' }, 6 * H + 2_000],
  ])('%o -> %d ms', (stamp, age) => {
    expect(ageOf(stamp, anchor)).toBe(age);
  });
});
