/**
 * When to check next (electron/engine/ip-monitor/schedule.ts). random = 0.5 makes the +-10%
 * jitter neutral.
 */
import { describe, expect, it } from 'vitest';

import { nextDelayMs, RETRY_BASE_MS } from '../../../../electron/engine/ip-monitor/schedule';

const neutral = () => 0.5;
const MINUTE = 60_000;
const HOUR = 3_600_000;

describe('nextDelayMs', () => {
  it.each<[label: string, intervalMs: number, offlineStreak: number, uncertainStreak: number, delay: number]>([
    // online, every family settled (unavailable IPv6 does not count as a streak)
    ['online and settled: the interval', MINUTE, 0, 0, MINUTE],
    ['online and settled, long interval', HOUR, 0, 0, HOUR],
    ['family without IPv6 (no streak): the interval, no retry storm', 10_000, 0, 0, 10_000],
    // a family uncertain, n-th time
    ['uncertain 1st time: 5 s', HOUR, 0, 1, 5_000],
    ['uncertain 2nd time: 10 s', HOUR, 0, 2, 10_000],
    ['uncertain 3rd time: 20 s', HOUR, 0, 3, 20_000],
    ['uncertain 5th time: 80 s', HOUR, 0, 5, 80_000],
    ['uncertain, backoff capped by the interval', MINUTE, 0, 5, MINUTE],
    // offline, n-th check in a row
    ['offline 1st check: 5 s', HOUR, 1, 0, 5_000],
    ['offline 2nd check: 10 s', HOUR, 2, 0, 10_000],
    ['offline 4th check: 40 s', HOUR, 4, 0, 40_000],
    ['offline long: capped by the interval', MINUTE, 10, 0, MINUTE],
    ['offline very long: no overflow, the interval', HOUR, 10_000, 0, HOUR],
    // both: the longer streak drives the backoff
    ['offline 3 and uncertain 1: streak 3', HOUR, 3, 1, 20_000],
    ['offline 1 and uncertain 4: streak 4', HOUR, 1, 4, 40_000],
    // a short interval is never exceeded
    ['interval shorter than the first retry', 3_000, 1, 0, 3_000],
    // negative streaks are treated as none
    ['negative streaks: the interval', MINUTE, -1, -3, MINUTE],
  ])('%s', (_label, intervalMs, offlineStreak, uncertainStreak, delay) => {
    expect(nextDelayMs(intervalMs, { offlineStreak, uncertainStreak }, neutral)).toBe(delay);
  });

  it('the first retry is RETRY_BASE_MS', () => {
    expect(nextDelayMs(HOUR, { offlineStreak: 1, uncertainStreak: 0 }, neutral)).toBe(RETRY_BASE_MS);
  });

  it.each<[label: string, random: number, delay: number]>([
    ['random 0: -10%', 0, 9_000],
    ['random 0.5: neutral', 0.5, 10_000],
    ['random 1: +10%', 1, 11_000],
  ])('jitter: %s', (_label, random, delay) => {
    expect(nextDelayMs(HOUR, { offlineStreak: 2, uncertainStreak: 0 }, () => random)).toBe(delay);
  });

  it('jitter never pushes a retry past the interval', () => {
    expect(nextDelayMs(10_000, { offlineStreak: 2, uncertainStreak: 0 }, () => 1)).toBe(10_000);
  });

  it('no jitter on the steady interval', () => {
    expect(nextDelayMs(MINUTE, { offlineStreak: 0, uncertainStreak: 0 }, () => 0)).toBe(MINUTE);
    expect(nextDelayMs(MINUTE, { offlineStreak: 0, uncertainStreak: 0 }, () => 1)).toBe(MINUTE);
  });

  it('backoff never decreases as a streak grows (neutral jitter)', () => {
    let last = 0;
    for (let n = 1; n <= 30; n++) {
      const d = nextDelayMs(HOUR, { offlineStreak: n, uncertainStreak: 0 }, neutral);
      expect(d).toBeGreaterThanOrEqual(last);
      last = d;
    }
    expect(last).toBe(HOUR);
  });
});
