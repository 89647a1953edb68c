import { describe, expect, it } from 'vitest';

import type { StatsReport } from '../../renderer/src/api/types';
import {
  changeBuckets,
  countTop,
  firstFigures,
  fitRange,
  latencySeries,
  MIN_LINE_SPAN,
  peak,
  periodBars,
  uptimeBars,
} from '../../renderer/src/charts/series';

const H = 3_600_000;
const D = 86_400_000;

const hour = (h: number, ms: number | null) => ({ hour: h * H, ok: 1, fail: 0, meanLatencyMs: ms, maxLatencyMs: ms });
const source = (name: string, hours: ReturnType<typeof hour>[]) => ({
  source: name,
  ok: 1,
  fail: 0,
  successRate: 1,
  meanLatencyMs: 1,
  maxLatencyMs: 1,
  hours,
});

function report(from: number, to: number, over: Partial<StatsReport> = {}): StatsReport {
  const family = { changes: 0, meanTimeBetweenChangesMs: null, longestRun: null };
  return {
    from,
    to,
    changes: { total: 0, perDay: [], perWeek: [], perMonth: [] },
    uptime: { percent: null, offlineMs: 0, monitoredMs: 0, until: null, perDay: [] },
    families: { v4: family, v6: family },
    sources: [],
    ...over,
  };
}

describe('latencySeries', () => {
  it('aligns every source on the hours any of them has, in ms, with gaps as null', () => {
    const { names, data } = latencySeries([source('a', [hour(2, 20), hour(1, 10)]), source('b', [hour(3, 30)])]);
    expect(names).toEqual(['a', 'b']);
    expect(data[0]).toEqual([H, 2 * H, 3 * H]);
    expect(data[1]).toEqual([10, 20, null]);
    expect(data[2]).toEqual([null, null, 30]);
  });

  it('leaves out sources without a single figure (only failures), and their hours', () => {
    const { names, data } = latencySeries([source('up', [hour(1, 10)]), source('down', [hour(2, null)])]);
    expect(names).toEqual(['up']);
    expect(data).toEqual([[H], [10]]);
  });

  it('is empty without sources', () => {
    expect(latencySeries([])).toEqual({ names: [], data: [[]] });
  });
});

describe('periodBars', () => {
  const periods = [0, 7, 14].map((d) => ({ start: d * D, count: d }));
  it.each([
    ['whole periods', 0, 21 * D, [0, 7 * D, 14 * D], [7 * D, 14 * D, 21 * D]],
    ['the first and last cut at the chosen period', 3 * D, 16 * D, [3 * D, 7 * D, 14 * D], [7 * D, 14 * D, 16 * D]],
    ['periods outside left out', 8 * D, 13 * D, [8 * D], [13 * D]],
  ])('%s', (_name, from, to, starts, ends) => {
    const bars = periodBars(periods, 7 * D, from, to, (p) => p.count);
    expect(bars.starts).toEqual(starts);
    expect(bars.ends).toEqual(ends);
    expect(bars.xs).toEqual(starts.map((s, i) => (s + ends[i]!) / 2));
    expect(bars.values).toEqual(bars.index.map((i) => periods[i]!.count));
  });
});

describe('changeBuckets', () => {
  const perDay = [{ start: 0, label: 'd', count: 2, v4: 1, v6: 1 }];
  const perWeek = [{ start: -3 * D, label: 'w', count: 2, v4: 1, v6: 1 }];
  it.each([
    ['a week: per day', 7, 'day'],
    ['a month: per day', 30, 'day'],
    ['90 days: per week', 90, 'week'],
    ['a year: per week', 365, 'week'],
  ] as const)('%s', (_name, days, unit) => {
    const r = report(0, days * D, { changes: { total: 2, perDay, perWeek, perMonth: [] } });
    const { unit: got, bars } = changeBuckets(r);
    expect(got).toBe(unit);
    // A week that began before the period draws from the period's start, not before it.
    expect(bars.starts[0]).toBe(0);
  });

  it('splits each bar by family, aligned with the bars drawn', () => {
    const days = [0, 1, 2].map((d) => ({ start: d * D, label: `d${d}`, count: d + 1, v4: d + 1 - (d % 2), v6: d % 2 }));
    // The first day lies before the period: its bar, and its split, are left out.
    const { bars, v4, v6 } = changeBuckets(
      report(D, 3 * D, { changes: { total: 5, perDay: days, perWeek: [], perMonth: [] } }),
    );
    expect(bars.values).toEqual([2, 3]);
    expect(v4).toEqual([1, 3]);
    expect(v6).toEqual([1, 0]);
    expect(bars.values.map((t, i) => t! - v4[i]! - v6[i]!)).toEqual([0, 0]);
  });
});

describe('firstFigures: the caption names the first figure, not the axis start', () => {
  const M = 60_000;
  // The report: "since 2:48 AM (the first figures)" when the first figure was at 8:46 AM. The
  // axis of a few minutes of figures starts six hours before its end; the caption must not.
  const from = 0;
  const install = 10 * D + 8 * H + 46 * M;
  it.each([
    ['no figures: nothing to say', [], install, null],
    ['a fresh install: the first check, to the minute', [10 * D + 8 * H], install, { at: install, exact: true }],
    [
      'a first sighting outside the first hour (imported before): the hour',
      [10 * D + 8 * H, 10 * D + 9 * H],
      2 * D,
      { at: 10 * D + 8 * H, exact: false },
    ],
    ['no sighting known: the hour', [10 * D + 8 * H], null, { at: 10 * D + 8 * H, exact: false }],
    ['figures from the period start on: no "since"', [from, 3 * H], null, null],
    ['an hour that straddles the start, the sighting before it: no "since"', [from - H / 2], from - M, null],
  ] as const)('%s', (_name, xs, firstSeen, answer) => {
    expect(firstFigures(xs, from, firstSeen)).toEqual(answer);
  });
});

describe('fitRange', () => {
  const to = 30 * D;
  it.each([
    ['no figures: the period', [], to, 0, to],
    ['an hour of figures at the end: six hours, not 30 days', [to - H], to, to - MIN_LINE_SPAN, to],
    ['figures from day 20: from day 20', [20 * D, 25 * D], to, 20 * D, to],
    ['figures all through: the period', [0, 10 * D], to, 0, to],
    ['a short period: never before it', [H], 2 * H, 0, 2 * H],
  ])('%s', (_name, xs, end, lo, hi) => {
    expect(fitRange(xs, 0, end)).toEqual({ from: lo, to: hi });
  });
});

describe('countTop', () => {
  it.each([
    [0, 1],
    [Number.NaN, 1],
    [1, 2],
    [3, 4],
    [4, 5],
    [5, 6],
    [20, 23],
    [100, 115],
  ])('highest %d: axis to %d', (max, top) => {
    expect(countTop(max)).toBe(top);
    expect(Number.isInteger(countTop(max))).toBe(true);
  });
});

describe('uptimeBars and peak', () => {
  it('draws a bar for each day with its percentage, none for a day not monitored', () => {
    const day = (i: number, percent: number | null) => ({
      start: i * D,
      label: '',
      percent,
      offlineMs: 0,
      monitoredMs: 0,
    });
    const r = report(0, 3 * D, {
      uptime: {
        percent: 99,
        offlineMs: 0,
        monitoredMs: 1,
        until: null,
        perDay: [day(0, 100), day(1, null), day(2, 98.5)],
      },
    });
    expect(uptimeBars(r).values).toEqual([100, null, 98.5]);
    expect(peak([1, null, 4, 4])).toEqual({ index: 2, value: 4 });
    expect(peak([null])).toBeNull();
  });
});
