/**
 * The forecast from histories built from known patterns: a forced reconnect every 24 h at 04:00,
 * a 14-day lease, random gaps (seeded) and a history too short to tell.
 */
import { describe, expect, it } from 'vitest';

import { forecastAnswerSchema } from '../../shared/contract/forecast';
import {
  changesOf,
  forecastFamily,
  type HeldRun,
  holdStats,
  periodOf,
  quantile,
  shortDuration,
  usualHour,
} from '../../shared/forecast';
import { forecastHistory, MAX_RUNS, runsOf, type RunsQuery, zoneOrLocal } from '../../shared/forecast-history';
import { english } from '../../shared/i18n/translators';
import { seededRandom, testSeed } from '../helpers/random';

const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;
/** Monday 2026-01-05 00:00 UTC. */
const T0 = Date.UTC(2026, 0, 5);

/** Runs starting at each time, each last seen one check (a minute) before the next began. */
function runsAt(starts: number[], lastEnd: number): HeldRun[] {
  return starts.map((s, i) => ({ firstSeen: s, lastSeen: i + 1 < starts.length ? starts[i + 1]! - MIN : lastEnd }));
}

/** Changes per hour of the day: the hours given, none in the others. */
const hoursWith = (counts: Record<number, number>) => Array.from({ length: 24 }, (_, h) => counts[h] ?? 0);

/** A forced reconnect every day at 04:00 UTC (seen within two minutes), for `days` days. */
function dailyAt4(days: number, random: () => number): number[] {
  return Array.from({ length: days }, (_, d) => T0 + d * D + 4 * H + Math.floor(random() * 2 * MIN));
}

describe('quantiles and hold statistics', () => {
  it.each([
    [[5], 0.5, 5],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[1, 2, 3, 4, 5], 0.25, 2],
    [[10, 20], 0.75, 17.5],
  ])('quantile(%j, %s) = %s', (values, q, want) => {
    expect(quantile(values, q)).toBe(want);
  });

  it('has no quantile of an empty list', () => {
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('counts a hold exactly a window away from the usual one as within it', () => {
    const holds = [10 * H, 10 * H, 10 * H, 11 * H];
    expect(periodOf(holds, holdStats(holds)!)).toEqual({ ms: 10 * H, windowMs: H, share: 1 });
  });

  it('gives a change seen exactly the longest gap after the last sighting its time', () => {
    const runs = [
      { firstSeen: 0, lastSeen: 10 },
      { firstSeen: 20, lastSeen: 30 },
    ];
    expect(changesOf(runs, 10)).toEqual([{ at: 20, earliest: 10, timed: true }]);
    expect(changesOf(runs, 9)).toEqual([{ at: 20, earliest: 10, timed: false }]);
  });

  it('gives the median, quartiles and spread of the holds, none of an empty list', () => {
    expect(holdStats([])).toBeNull();
    expect(holdStats([4 * H, 1 * H, 3 * H, 2 * H, 100 * H])).toEqual({
      count: 5,
      medianMs: 3 * H,
      q1Ms: 2 * H,
      q3Ms: 4 * H,
      iqrMs: 2 * H,
      minMs: 1 * H,
      maxMs: 100 * H,
    });
  });
});

describe('short durations', () => {
  it.each([
    [0, '0s'],
    [45_000, '45s'],
    [25 * MIN, '25min'],
    [D, '1d'],
    [D + 3 * H + 5 * MIN, '1d 3h'],
    [14 * D, '14d'],
    [2 * H + 30_000, '2h'],
    [90 * MIN, '1h 30min'],
    [10 * MIN, '10min'],
    [D + 10 * MIN, '1d'],
  ])('%s ms reads %s', (ms, text) => {
    expect(shortDuration(ms, english)).toBe(text);
  });
});

describe('the forecast of known patterns', () => {
  it('a forced reconnect every 24 h at 04:00: period 24 h, the usual hour 4, the next at 04:00 tomorrow', () => {
    const random = seededRandom(testSeed('forecast daily reconnect'));
    const starts = dailyAt4(30, random);
    const last = starts[starts.length - 1]!;
    const now = last + 10 * H;
    const f = forecastFamily(4, runsAt(starts, now), now, 'UTC', english);
    expect(f.verdict).toBe('forecast');
    expect(f.changes).toBe(29);
    expect(f.holds!.count).toBe(28);
    expect(Math.abs(f.holds!.medianMs - D)).toBeLessThan(2 * MIN);
    expect(f.holds!.iqrMs).toBeLessThan(2 * MIN);
    expect(f.period!.ms).toBe(f.holds!.medianMs);
    expect(f.usualHour).toEqual({ hour: 4, share: 1 });
    expect(f.hours[4]).toBe(29);
    expect(f.next!.confidence).toBe(1);
    expect(f.next!.overdue).toBe(false);
    expect(Math.abs(f.next!.at - (last + D))).toBeLessThan(2 * MIN);
    expect(f.next!.from).toBeLessThanOrEqual(f.next!.at);
    expect(f.next!.to).toBeGreaterThan(f.next!.at);
    expect(f.reason).toBe(
      `100% of 28 holds lasted within ±${shortDuration(f.period!.windowMs, english)} of the usual ${shortDuration(f.period!.ms, english)}`,
    );
    expect(f.period!.windowMs).toBe(Math.round(f.period!.ms / 10));
    expect(f.current).toEqual({ since: last, heldMs: 10 * H });
    expect(() => forecastAnswerSchema.parse({ at: now, timeZone: 'UTC', families: [f] })).not.toThrow();
  });

  it("counts hours and weekdays in the zone asked for: 04:00 UTC is 05:00 in Berlin's winter", () => {
    const starts = dailyAt4(15, () => 0);
    const now = starts[starts.length - 1]! + H;
    const f = forecastFamily(4, runsAt(starts, now), now, 'Europe/Berlin', english);
    expect(f.usualHour?.hour).toBe(5);
    // 14 changes from Tuesday 6 January on: two full weeks.
    expect(f.weekdays).toEqual([2, 2, 2, 2, 2, 2, 2]);
  });

  it('a 14-day lease: period 14 days, confidence the share of holds in the window', () => {
    const random = seededRandom(testSeed('forecast 14-day lease'));
    const starts = Array.from({ length: 12 }, (_, i) => T0 + i * 14 * D + Math.floor(random() * 3 * H));
    const now = starts[11]! + 3 * D;
    const f = forecastFamily(6, runsAt(starts, now), now, 'UTC', english);
    expect(f.verdict).toBe('forecast');
    expect(Math.abs(f.period!.ms - 14 * D)).toBeLessThan(3 * H);
    expect(f.period!.windowMs).toBe(Math.round(f.holds!.medianMs * 0.1));
    expect(f.next!.confidence).toBe(1);
    expect(f.next!.at).toBe(starts[11]! + f.period!.ms);
    // The lease ends at any hour: no usual hour of the day.
    expect(f.usualHour === null || f.usualHour.share >= 0.6).toBe(true);
  });

  it('a lease with some early changes: the confidence says how often a hold fell in the window', () => {
    // 8 holds of 14 days and 2 of 3 days (a router restarted): 80% in the window. The first
    // address's hold is not measured (the history begins with it).
    const lengths = [14, 14, 3, 14, 14, 14, 3, 14, 14, 14].map((d) => d * D);
    const starts = lengths.reduce((acc, len) => [...acc, acc[acc.length - 1]! + len], [T0 - 14 * D, T0]);
    const now = starts[starts.length - 1]! + D;
    const f = forecastFamily(4, runsAt(starts, now), now, 'UTC', english);
    expect(f.verdict).toBe('forecast');
    expect(f.next!.confidence).toBeCloseTo(0.8, 5);
    expect(f.reason).toMatch(/^80% of 10 holds/);
  });

  it('random gaps: no pattern, no forecast', () => {
    const random = seededRandom(testSeed('forecast random gaps'));
    // Holds spread evenly on a log scale from 1 hour to 20 days.
    const starts = [T0];
    for (let i = 0; i < 40; i++) starts.push(starts[i]! + Math.round(H * Math.exp(random() * Math.log(480))));
    const now = starts[40]! + H;
    const f = forecastFamily(4, runsAt(starts, now), now, 'UTC', english);
    expect(f.verdict).toBe('no-pattern');
    expect(f.next).toBeNull();
    expect(f.period).toBeNull();
    expect(f.holds!.count).toBe(39);
    expect(f.reason).toMatch(/^no pattern: only \d+% of 39 holds lasted within/);
  });

  it.each([
    [[], 0, 'too short a history: 0 address holds measured, 3 needed for a forecast'],
    [[T0], 0, 'too short a history: 0 address holds measured, 3 needed for a forecast'],
    [[T0, T0 + D, T0 + 2 * D], 1, 'too short a history: 1 address holds measured, 3 needed for a forecast'],
    [[T0, T0 + D, T0 + 2 * D, T0 + 3 * D], 2, 'too short a history: 2 address holds measured, 3 needed for a forecast'],
  ])('too short a history (%j): says so and forecasts nothing', (starts, holds, reason) => {
    const now = T0 + 10 * D;
    const f = forecastFamily(4, runsAt(starts, now), now, 'UTC', english);
    expect(f.verdict).toBe('too-short');
    expect(f.holds?.count ?? 0).toBe(holds);
    expect(f.next).toBeNull();
    expect(f.reason).toBe(reason);
    expect(f.current).toEqual(
      starts.length ? { since: starts[starts.length - 1], heldMs: now - starts.at(-1)! } : null,
    );
  });

  it('a change seen only after the monitor was off has no exact time: out of the histograms and holds', () => {
    const starts = dailyAt4(10, () => 0);
    const runs = runsAt(starts, starts[9]! + H);
    // The monitor was off from 06:00 the day before the sixth change until 09:00 that day.
    runs[4]!.lastSeen = starts[4]! + 2 * H;
    runs[5]!.firstSeen = starts[5]! + 5 * H;
    const changes = changesOf(runs);
    expect(changes.filter((c) => !c.timed).map((c) => c.at)).toEqual([starts[5]! + 5 * H]);
    const f = forecastFamily(4, runs, starts[9]! + H, 'UTC', english);
    expect(f.untimed).toBe(1);
    expect(f.hours[4]).toBe(8);
    expect(f.hours[9]).toBe(0);
    // 9 changes, 8 holds between them; the two that touch the untimed change are left out.
    expect(f.holds!.count).toBe(6);
    expect(f.verdict).toBe('forecast');
  });

  it('forecasts from exactly the holds needed, and from exactly the share of holds in the window', () => {
    const three = [0, 1, 2, 3, 4].map((d) => T0 + d * D);
    expect(forecastFamily(4, runsAt(three, T0 + 4 * D + H), T0 + 4 * D + H, 'UTC', english).verdict).toBe('forecast');
    // Holds of 1, 1, 1, 3 and 5 days: 3 of 5 (60%) within the window around the usual day.
    const sixty = [0, 1, 2, 3, 4, 7, 12].map((d) => T0 + d * D);
    const f = forecastFamily(4, runsAt(sixty, T0 + 12 * D + H), T0 + 12 * D + H, 'UTC', english);
    expect(f.verdict).toBe('forecast');
    expect(f.period!.share).toBe(0.6);
  });

  it('opens the next window a window before the usual hold after the last sighting, and keeps it to its end', () => {
    const starts = dailyAt4(10, () => 0);
    const last = starts[9]!;
    const window = 0.1 * D;
    const soon = forecastFamily(4, runsAt(starts, last + H), last + H, 'UTC', english);
    // The previous address was last seen a minute before the change.
    expect(soon.next).toMatchObject({ at: last + D, from: last - MIN + D - window, to: last + D + window });
    const atEnd = last + D + window;
    const late = forecastFamily(4, runsAt(starts, atEnd), atEnd, 'UTC', english);
    expect(late.next).toMatchObject({ at: last + D, from: atEnd, overdue: false });
  });

  it('held longer than usual: the next window of the cycle, marked overdue', () => {
    const starts = dailyAt4(10, () => 0);
    // Three days and two hours on: inside the third day's window (±2h 24min), still open.
    const now = starts[9]! + 3 * D + 2 * H;
    const f = forecastFamily(4, runsAt(starts, now), now, 'UTC', english);
    expect(f.next!.overdue).toBe(true);
    expect(f.next!.at).toBe(starts[9]! + 3 * D);
    expect(f.next!.to).toBe(starts[9]! + 3 * D + f.period!.windowMs);
    expect(f.next!.from).toBeGreaterThanOrEqual(now);
    expect(f.reason).toMatch(/held longer than usual now/);
  });

  it.each([
    [Array<number>(24).fill(0), null],
    [[...Array<number>(23).fill(0), 5], { hour: 23, share: 1 }],
    // Split over 23:00 and 00:00, the neighbourhood wraps around midnight.
    [[3, ...Array<number>(22).fill(0), 3], { hour: 0, share: 1 }],
    [Array<number>(24).fill(1), null],
    // Fewer changes than holds needed: no usual hour; as many: one.
    [hoursWith({ 5: 2 }), null],
    [hoursWith({ 5: 3 }), { hour: 5, share: 1 }],
    // Split over 04:00 and 05:00: the first hour of the two.
    [hoursWith({ 4: 3, 5: 3 }), { hour: 4, share: 1 }],
    // The busiest neighbourhood wins over the busiest single hour, at exactly the share needed.
    [hoursWith({ 1: 2, 2: 5, 3: 2, 12: 6 }), { hour: 2, share: 0.6 }],
  ])('the usual hour of %j is %j', (hours, want) => {
    expect(usualHour(hours)).toEqual(want);
  });
});

describe('the forecast over a history query', () => {
  it('reads every page of runs (newest first) and forecasts each family', () => {
    const starts = dailyAt4(2500, () => 0).map((t) => t - 3000 * D);
    const runs = runsAt(starts, starts[2499]! + H).reverse();
    const asked: number[] = [];
    const history: RunsQuery = (q) => {
      asked.push(q.offset);
      const items = q.family === 4 ? runs.filter((r) => r.lastSeen >= q.from) : [];
      return { items: items.slice(q.offset, q.offset + q.limit), total: items.length };
    };
    const now = starts[2499]! + H;
    const read = runsOf(history, 4, now);
    expect(read).toHaveLength(366);
    expect(read[0]!.firstSeen).toBeLessThan(read[365]!.firstSeen);
    const answer = forecastHistory(history, now, 'UTC', english);
    expect(answer.families.map((f) => [f.family, f.verdict])).toEqual([
      [4, 'forecast'],
      [6, 'too-short'],
    ]);
    expect(forecastAnswerSchema.parse(answer)).toEqual(answer);
    expect(asked.every((o) => o % 1000 === 0)).toBe(true);
  });

  /** A history of `count` runs an hour apart, all in the last year, answering newest first; the offsets asked kept. */
  const hourly = (count: number, now: number) => {
    const runs = runsAt(
      Array.from({ length: count }, (_, i) => now - (count - i) * H),
      now,
    ).reverse();
    const asked: number[] = [];
    const history: RunsQuery = (q) => {
      asked.push(q.offset);
      return { items: runs.slice(q.offset, q.offset + q.limit), total: runs.length };
    };
    return { history, asked };
  };

  it.each<[string, number, number, number[]]>([
    ['one page short of full: one question', 999, 999, [0]],
    ['two full pages exactly: no third question', 2000, 2000, [0, 1000]],
    ['two and a half pages: three questions', 2500, 2500, [0, 1000, 2000]],
    [`more than MAX_RUNS (${MAX_RUNS}): the newest ${MAX_RUNS}`, 5000, MAX_RUNS, [0, 1000, 2000, 3000]],
  ])('reads the pages it needs: %s', (_name, count, read, offsets) => {
    const now = T0 + 400 * D;
    const { history, asked } = hourly(count, now);
    const runs = runsOf(history, 4, now);
    expect(runs).toHaveLength(read);
    expect(asked).toEqual(offsets);
    expect(runs.at(-1)!.lastSeen).toBe(now);
  });

  it("takes the newest run by the query's order as current, though a clock set back stamped it before the older one", () => {
    const now = T0 + 10 * D;
    // Newest first, as the store answers (by its sequence): the last change came after a step back of a day.
    const newest = { firstSeen: now - D + H, lastSeen: now - D + 2 * H };
    const older = { firstSeen: now - 12 * H, lastSeen: now };
    const oldest = { firstSeen: now - 5 * D, lastSeen: now - 12 * H - MIN };
    const history: RunsQuery = (q) => ({ items: q.family === 4 ? [newest, older, oldest] : [], total: 3 });
    expect(runsOf(history, 4, now)).toEqual([oldest, older, newest]);
    const f = forecastFamily(4, runsOf(history, 4, now), now, 'UTC', english);
    expect(f.current?.since).toBe(newest.firstSeen);
    // The hold across the step has no known length: it is left out, not counted as negative.
    expect(f.holds).toBeNull();
  });

  it('forecasts the family asked alone', () => {
    const now = T0 + 400 * D;
    expect(forecastHistory(hourly(10, now).history, now, 'UTC', english, 6).families.map((f) => f.family)).toEqual([6]);
  });

  it("counts hours in the zone configured, else this machine's", () => {
    expect(zoneOrLocal('Europe/Berlin')).toBe('Europe/Berlin');
    expect(zoneOrLocal(undefined)).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
    expect(zoneOrLocal('')).toBe(zoneOrLocal(undefined));
  });
});
