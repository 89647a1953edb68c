/** The age of a lock or marker from another clock's stamp: never negative, watched on the monotonic clock (issue 74). */
import { describe, expect, it } from 'vitest';

import { ageOf, FileWatch, pastItsTime } from '../../../../electron/engine/store/lock-ages';
import type { Standing } from '../../../../electron/engine/store/owner-process';

const NOW = Date.UTC(2025, 0, 1);
const HOUR = 3_600_000;
const YEAR = 365 * 24 * HOUR;

describe('ageOf', () => {
  it.each([
    ['a file stamped 5 s ago', NOW - 5_000, 5_000],
    ['a file stamped now', NOW, 0],
    ['a file stamped an hour ahead is of now', NOW + HOUR, 0],
    ['a file stamped a year ahead is of now', NOW + YEAR, 0],
    ['a file stamped a year ago', NOW - YEAR, YEAR],
    ['no time at all', Number.NaN, 0],
  ])('%s -> %d', (_, mtimeMs, age) => {
    expect(ageOf(mtimeMs, NOW)).toBe(age);
  });
});

describe('pastItsTime', () => {
  it.each<[string, Standing, number, number, boolean]>([
    ['a live owner on this host, however old its file', 'live', YEAR, YEAR, false],
    ['a live owner on this host, its file just touched', 'live', 0, 0, false],
    ['an owner gone from this host, its file just touched', 'gone', 0, 0, true],
    ['an owner gone from this host, its file from the future', 'gone', 0, 0, true],
    ['another host, touched within the limit', 'elsewhere', 9_000, 0, false],
    ['another host, not touched for longer', 'elsewhere', 10_001, 0, true],
    ['another host, exactly at the limit', 'elsewhere', 10_000, 0, false],
    ['dated in the future (age 0), watched unchanged past the limit', 'elsewhere', 0, 10_001, true],
    ['dated in the future (age 0), watched only briefly', 'elsewhere', 0, 500, false],
  ])('%s', (_, standing, ageHintMs, watchedMs, passed) => {
    expect(pastItsTime(standing, ageHintMs, watchedMs, 10_000)).toBe(passed);
  });
});

describe('FileWatch', () => {
  it('counts monotonic time from the first look at a file, anew when its time changes', () => {
    let mono = 1_000;
    const watch = new FileWatch(() => mono);
    expect(watch.watchedFor('m.1', NOW + HOUR)).toBe(0);
    mono += 4_000;
    expect([watch.watchedFor('m.1', NOW + HOUR), watch.watchedFor('m.2', NOW)]).toEqual([4_000, 0]);
    mono += 7_000;
    expect(watch.watchedFor('m.1', NOW + HOUR)).toBe(11_000);
    // Made again or touched: watched anew.
    expect(watch.watchedFor('m.1', NOW + HOUR + 1)).toBe(0);
    mono += 1;
    expect([watch.watchedFor('m.1', NOW + HOUR + 1), watch.watchedFor('m.2', NOW)]).toEqual([1, 7_001]);
  });
});
