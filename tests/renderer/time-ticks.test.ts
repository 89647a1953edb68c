import { describe, expect, it } from 'vitest';

import {
  axisTicks,
  chooseStep,
  LABEL_PX,
  ticksFor,
  tickTimes,
  timeTicks,
  type Zone,
} from '../../renderer/src/charts/time-ticks';

const H = 3_600_000;
const D = 86_400_000;
const utc: Zone = { timeZone: 'UTC', clock: '24', locale: 'en-GB' };
const stockholm: Zone = { timeZone: 'Europe/Stockholm', clock: '24', locale: 'en-GB' };
const iso = (ts: number[]) => ts.map((t) => new Date(t).toISOString().slice(0, 16));

describe('chooseStep', () => {
  it.each([
    [6 * H, 8, 'hour', 1],
    [24 * H, 8, 'hour', 3],
    [24 * H, 4, 'hour', 6],
    [7 * D, 8, 'day', 1],
    [30 * D, 8, 'week', 1],
    [30 * D, 10, 'day', 3],
    [30 * D, 3, 'week', 2],
    [90 * D, 8, 'week', 2],
    [365 * D, 13, 'month', 1],
    [365 * D, 8, 'month', 3],
    [10 * 365 * D, 2, 'month', 12],
  ] as const)('%d ms with room for %d labels: every %s x%d', (span, max, unit, n) => {
    expect(chooseStep(span, max)).toMatchObject({ unit, n });
  });
});

describe('tickTimes', () => {
  it.each([
    [
      'hours on the hour',
      Date.UTC(2026, 10, 25, 9, 20),
      Date.UTC(2026, 10, 25, 13),
      utc,
      { unit: 'hour', n: 1, ms: H },
      ['2026-11-25T10:00', '2026-11-25T11:00', '2026-11-25T12:00', '2026-11-25T13:00'],
    ],
    [
      "midnights of the user's zone, not of UTC",
      Date.UTC(2026, 10, 24, 12),
      Date.UTC(2026, 10, 27, 12),
      stockholm,
      { unit: 'day', n: 1, ms: D },
      ['2026-11-24T23:00', '2026-11-25T23:00', '2026-11-26T23:00'],
    ],
    [
      'Mondays',
      Date.UTC(2026, 10, 1),
      Date.UTC(2026, 10, 30),
      utc,
      { unit: 'week', n: 1, ms: 7 * D },
      ['2026-11-02T00:00', '2026-11-09T00:00', '2026-11-16T00:00', '2026-11-23T00:00', '2026-11-30T00:00'],
    ],
    [
      'quarters across a new year',
      Date.UTC(2026, 5, 15),
      Date.UTC(2027, 6, 2),
      utc,
      { unit: 'month', n: 3, ms: 91 * D },
      ['2026-07-01T00:00', '2026-10-01T00:00', '2027-01-01T00:00', '2027-04-01T00:00', '2027-07-01T00:00'],
    ],
    [
      'a first of the month exactly at the start is a tick',
      Date.UTC(2026, 0, 1),
      Date.UTC(2026, 1, 15),
      utc,
      { unit: 'month', n: 1, ms: 30 * D },
      ['2026-01-01T00:00', '2026-02-01T00:00'],
    ],
    [
      'across the autumn clock change, still at midnight',
      Date.UTC(2026, 9, 24, 12),
      Date.UTC(2026, 9, 26, 12),
      stockholm,
      { unit: 'day', n: 1, ms: D },
      ['2026-10-24T22:00', '2026-10-25T23:00'],
    ],
  ] as const)('%s', (_name, from, to, zone, step, expected) => {
    expect(iso(tickTimes(from, to, zone, step))).toEqual(expected);
  });
});

describe('timeTicks', () => {
  it('stays within the period and labels by the step', () => {
    const from = Date.UTC(2026, 10, 18, 9);
    const to = Date.UTC(2026, 10, 25, 9);
    const ticks = timeTicks(from, to, utc, 8);
    expect(ticks.every((t) => t.at >= from && t.at <= to)).toBe(true);
    expect(ticks.map((t) => t.label)).toEqual(['19 Nov', '20 Nov', '21 Nov', '22 Nov', '23 Nov', '24 Nov', '25 Nov']);
  });

  it('gives the time of day within a day, and the year on the first month and on January', () => {
    expect(timeTicks(Date.UTC(2026, 10, 25, 0, 30), Date.UTC(2026, 10, 25, 4), utc, 8).map((t) => t.label)).toEqual([
      '01:00',
      '02:00',
      '03:00',
      '04:00',
    ]);
    const months = timeTicks(Date.UTC(2026, 9, 15), Date.UTC(2027, 2, 15), utc, 6).map((t) => t.label);
    expect(months).toEqual(['Nov 2026', 'Dec', 'Jan 2027', 'Feb', 'Mar']);
  });

  it('follows a 12-hour clock when asked', () => {
    const labels = timeTicks(Date.UTC(2026, 10, 25, 12, 30), Date.UTC(2026, 10, 25, 14), { ...utc, clock: '12' }, 8);
    expect(labels.map((t) => t.label.toLowerCase().replace(/\s/g, ' '))).toEqual(['01:00 pm', '02:00 pm']);
  });
});

/** Each label's room inside the axis, at its tick (centred unless at an end), none touching the next. */
function expectPlaced(ticks: ReturnType<typeof axisTicks>, px: number) {
  const boxes = ticks.map((t) => {
    const left = t.align === 'start' ? 0 : t.align === 'end' ? px - LABEL_PX : t.x - LABEL_PX / 2;
    expect(t.left).toBe(left);
    expect(t.x >= left && t.x <= left + LABEL_PX, `tick ${t.x} in its room`).toBe(true);
    return [left, left + LABEL_PX] as const;
  });
  for (const [l, r] of boxes) expect(l >= 0 && r <= px, `${l}..${r} inside 0..${px}`).toBe(true);
  for (let i = 1; i < boxes.length; i++) expect(boxes[i]![0]).toBeGreaterThanOrEqual(boxes[i - 1]![1]);
}

describe('axisTicks', () => {
  const to = Date.UTC(2026, 10, 25, 21, 30);
  const from = to - 30 * D;
  // The timeline's axis at a 360 px window is about 250 px wide; at 1280 about 1100.
  it.each([
    [250, 4, 7],
    [300, 4, 7],
    [1100, 10, 3],
  ])('30 days on %d px: at least %d ticks, at most %d days apart, no two labels touching', (px, least, days) => {
    const ticks = axisTicks(from, to, utc, px);
    expect(ticks.length).toBeGreaterThanOrEqual(least);
    expect(ticks.length).toBeLessThanOrEqual(ticksFor(px));
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.at - ticks[i - 1]!.at).toBeLessThanOrEqual(days * D);
    expectPlaced(ticks, px);
  });

  // The time of day moves where the first Monday falls: one start-aligned label 23 px in pushed the
  // next week's out at 272 px (the e2e timeline at 360 px, at 11:25 UTC). Every minute of a week.
  // At 250 px a Monday within 14 px of each end leaves room for three (58 px a week, 48 a label).
  it.each([
    [250, 3],
    [272, 4],
    [300, 4],
  ])('30 days on %d px at any time of day: a tick a week, %d at least', (px, least) => {
    for (let m = 0; m < 7 * 24 * 60; m += 7) {
      const end = to + m * 60_000;
      const ticks = axisTicks(end - 30 * D, end, utc, px);
      expect(ticks.length, `ending ${new Date(end).toISOString()}`).toBeGreaterThanOrEqual(least);
      for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.at - ticks[i - 1]!.at).toBeLessThanOrEqual(7 * D);
      expectPlaced(ticks, px);
    }
  });

  it('keeps a label at either end inside the axis instead of dropping it', () => {
    // Midnights of 19 and 25 Nov are within half a label of the ends of this 300 px axis.
    const ticks = axisTicks(Date.UTC(2026, 10, 18, 23), Date.UTC(2026, 10, 25, 1), utc, 300);
    expect(ticks[0]).toMatchObject({ label: '19 Nov', align: 'start' });
    expect(ticks[ticks.length - 1]).toMatchObject({ label: '25 Nov', align: 'end' });
  });

  it('draws nothing before the axis has a width', () => {
    expect(axisTicks(from, to, utc, 0)).toEqual([]);
  });
});
