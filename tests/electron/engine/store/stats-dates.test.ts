import { describe, expect, it } from 'vitest';

import { calendarOf, isoDay } from '../../../../electron/engine/store/calendar';
import { seeded } from '../../../helpers/random';

const DAY = 86_400_000;

describe('isoDay (arithmetic UTC calendar)', () => {
  it.each([
    [0, '1970-01-01'],
    [Date.UTC(2000, 1, 29), '2000-02-29'],
    [Date.UTC(2100, 1, 28, 23, 59), '2100-02-28'],
    [Date.UTC(2024, 11, 31, 23, 59, 59, 999), '2024-12-31'],
    [Date.UTC(2025, 0, 1), '2025-01-01'],
  ])('%i is %s', (t, label) => {
    expect(isoDay(t)).toBe(label);
  });

  it('agrees with Date for every day from 1970 to 2100', () => {
    const wrong: string[] = [];
    for (let t = 0; t < Date.UTC(2100, 0, 1); t += DAY) {
      const want = new Date(t + 12 * 3_600_000).toISOString().slice(0, 10);
      if (isoDay(t + 12 * 3_600_000) !== want) wrong.push(want);
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with Date in any order (the month it remembers never leaks into another)', () => {
    const { random } = seeded('isoDay in any order');
    const next = () => Math.floor(random() * 2 ** 32);
    const wrong: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      // Mostly neighbours (the same month, the month before or after), sometimes far away.
      const day = i % 10 === 0 ? next() % 60_000 : 20_000 + (next() % 90);
      const t = day * DAY + (next() % DAY);
      const want = new Date(t).toISOString().slice(0, 10);
      if (isoDay(t) !== want) wrong.push(want);
    }
    expect(wrong).toEqual([]);
  });
});

describe("calendarOf: days, weeks and months on a zone's wall clock", () => {
  const H = 3_600_000;
  // Europe/Berlin: CET (+1) until 2025-03-30 02:00, CEST (+2) after; America/New_York: EST (-5), EDT (-4) from 2025-03-09.
  it.each([
    ['UTC: a day is the UTC day', undefined, Date.UTC(2025, 10, 25, 23, 30), Date.UTC(2025, 10, 25), '2025-11-25'],
    [
      'New York: 23:30 local is still that day there (04:30 UTC the next)',
      'America/New_York',
      Date.UTC(2025, 10, 26, 4, 30),
      Date.UTC(2025, 10, 25, 5),
      '2025-11-25',
    ],
    [
      'Berlin: 00:30 local is the new day there (23:30 UTC the day before)',
      'Europe/Berlin',
      Date.UTC(2025, 10, 24, 23, 30),
      Date.UTC(2025, 10, 24, 23),
      '2025-11-25',
    ],
    [
      'Berlin, the day the clocks go forward: it starts at 00:00 CET',
      'Europe/Berlin',
      Date.UTC(2025, 2, 30, 12),
      Date.UTC(2025, 2, 29, 23),
      '2025-03-30',
    ],
  ])('%s', (_name, tz, t, start, label) => {
    const cal = calendarOf(tz);
    expect(cal.dayStart(t)).toBe(start);
    expect(cal.dayLabel(t)).toBe(label);
    expect(cal.dayLabel(cal.dayStart(t))).toBe(label);
  });

  it.each([
    ['UTC', undefined, 24],
    ['Berlin, clocks forward (23 h)', 'Europe/Berlin', 23],
    ['New York, clocks forward on 9 March', 'America/New_York', 24],
  ])('%s: the day of 30 March 2025 lasts %d h', (_name, tz, hours) => {
    const cal = calendarOf(tz);
    const start = cal.dayStart(Date.UTC(2025, 2, 30, 12));
    expect(cal.nextDay(start) - start).toBe(hours * H);
  });

  it('starts weeks on Monday and months on the 1st at local midnight, across a clock change', () => {
    const cal = calendarOf('America/New_York');
    // Wednesday 12 March 2025, noon in New York: the week began Monday 10 March 00:00 EDT.
    const t = Date.UTC(2025, 2, 12, 16);
    expect(cal.weekStart(t)).toBe(Date.UTC(2025, 2, 10, 4));
    expect(cal.nextWeek(cal.weekStart(t))).toBe(Date.UTC(2025, 2, 17, 4));
    // The month began 1 March 00:00 EST (before the change), the next 1 April 00:00 EDT.
    expect(cal.monthStart(t)).toBe(Date.UTC(2025, 2, 1, 5));
    expect(cal.nextMonth(cal.monthStart(t))).toBe(Date.UTC(2025, 3, 1, 4));
    expect(calendarOf().fixed).toBe(true);
    expect(cal.fixed).toBe(false);
  });
});
