import { describe, expect, it } from 'vitest';

import { formatDuration, formatUptime } from '../../renderer/src/format';
import { BEAT_OF, checksSummary, timeWords, uptimeTile } from '../../renderer/src/pages/insight-view';

describe('formatUptime', () => {
  it.each([
    [null, '—'],
    [100, '100 %'],
    [99.999, '99.99 %'],
    [99.95, '99.95 %'],
    [95.833, '95.83 %'],
    [0, '0.00 %'],
  ])('%s reads %s', (percent, text) => {
    expect(formatUptime(percent)).toBe(text);
  });
});

describe('recent checks', () => {
  it.each([
    ['unchanged', 'ok'],
    ['confirmed', 'ok'],
    ['changed', 'changed'],
    ['uncertain', 'uncertain'],
    ['unavailable', 'failed'],
    ['disabled', 'off'],
  ] as const)('%s shows as %s', (result, kind) => {
    expect(BEAT_OF[result]).toBe(kind);
  });

  it.each([
    [[], 'no checks yet'],
    [['unchanged', 'confirmed', 'unchanged'], '3 ok'],
    [['unavailable', 'unchanged', 'changed', 'unavailable'], '1 ok, 1 changed, 2 failed'],
  ] as const)('%j sums up as %s', (results, text) => {
    expect(checksSummary(results.map((result) => ({ result })))).toBe(text);
  });
});

describe('uptime tiles name the time they cover', () => {
  const MIN = 60_000;
  const DAY = 86_400_000;
  const tile = (monitoredMs: number, offlineMs: number, percent: number | null, label = '1 y') =>
    uptimeTile({ label, days: 365, from: 0, percent, monitoredMs, offlineMs }, formatDuration);
  it.each<[string, ReturnType<typeof tile>, string, string, string]>([
    ['fresh: nothing monitored', tile(0, 0, null), '—', 'last 1 y', 'not monitored in this time'],
    ['12 minutes, all online', tile(12 * MIN + 59_000, 0, 100), '100 %', 'last 1 y', 'over the 12 minutes monitored'],
    [
      'ten minutes with 39 s offline',
      tile(10 * MIN, 39_000, 93.5),
      '93.50 %',
      'last 1 y',
      'over the 10 minutes monitored · offline 39 s',
    ],
    ['a second', tile(1000, 0, 100, '24 h'), '100 %', 'last 24 h', 'over the 1 second monitored'],
    ['a whole day reads in hours', tile(DAY, 0, 100, '24 h'), '100 %', 'last 24 h', 'over the 24 hours monitored'],
    ['29 days', tile(29 * DAY + 5 * MIN, 0, 100, '30 d'), '100 %', 'last 30 d', 'over the 29 days monitored'],
  ])('%s', (_name, got, value, window, covers) => {
    expect(got).toEqual({ value, window, covers });
  });

  it.each([
    [0, '0 seconds'],
    [61_000, '1 minute'],
    [3_600_000, '1 hour'],
    [47 * 3_600_000, '47 hours'],
    [2 * 86_400_000, '2 days'],
  ])('%d ms is %s', (ms, words) => {
    expect(timeWords(ms)).toBe(words);
  });
});
