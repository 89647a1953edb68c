import { describe, expect, it } from 'vitest';

import { defaultPeriodDays, PERIODS } from '../../renderer/src/charts/default-period';
import { english } from '../../shared/i18n/translators';

const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;
const NOW = Date.UTC(2026, 10, 26, 8, 50);

describe('the period the Charts page opens on: the smallest that holds all the data', () => {
  it.each([
    ['no data yet (before the first check)', null, 1],
    ['a fresh install: minutes of data', NOW - 4 * MIN, 1],
    ['a day old to the minute', NOW - D, 1],
    ['a day and a minute', NOW - D - MIN, 7],
    ['3 days', NOW - 3 * D, 7],
    ['20 days', NOW - 20 * D, 30],
    ['30 days to the minute', NOW - 30 * D, 30],
    ['31 days', NOW - 31 * D, 365],
    ['2 years (no period holds it all: the largest)', NOW - 730 * D, 365],
    ['imported history of 200 days, ended 100 days ago', NOW - 200 * D, 365],
    ['imported history of the last 5 days', NOW - 5 * D + 3 * H, 7],
    ['a clock ahead of the data (the first sighting after now)', NOW + 5 * MIN, 1],
  ])('%s: %d days', (_name, oldest, days) => {
    expect(defaultPeriodDays(oldest, NOW)).toBe(days);
  });

  it('offers 24 hours, 7 days, 30 days and a year, smallest first', () => {
    expect(PERIODS.map((p) => [p.days, english.t(p.label)])).toEqual([
      [1, 'Last 24 hours'],
      [7, 'Last 7 days'],
      [30, 'Last 30 days'],
      [365, 'Last year'],
    ]);
  });
});
