/**
 * Quiet windows' pure decision (electron/engine/notify/policy/quiet.ts): which window holds a
 * channel's notice now and until when, as its truth table says; and a daily 03:00-03:15 window
 * read by croner in Europe/Berlin and America/New_York right across both daylight-saving changes
 * of 2026 (Berlin: 29 March, 25 October; New York: 8 March, 1 November). A table each.
 */
import { describe, expect, it } from 'vitest';

import {
  changeExpected,
  holdingWindow,
  type OneOffWindow,
  quietWake,
  recurringOn,
  windowsOn,
} from '../../../../../electron/engine/notify/policy/quiet';
import { quietWindowSchema } from '../../../../../shared/settings/quiet';

const T = Date.UTC(2026, 10, 23, 12);
const once = (over: Partial<OneOffWindow> = {}): OneOffWindow => ({
  id: 'once-1',
  channels: [],
  start: T - 60_000,
  end: T + 60_000,
  expected: false,
  ...over,
});

describe('holdingWindow: the truth table', () => {
  const rows: [string, OneOffWindow[], string, string | null][] = [
    ['no window', [], 'a', null],
    ['on, every channel', [once()], 'a', 'once-1'],
    ['on, this channel named', [once({ channels: ['a'] })], 'a', 'once-1'],
    ['on, another channel named', [once({ channels: ['b'] })], 'a', null],
    ['ended (t >= end)', [once({ end: T })], 'a', null],
    ['not started yet', [once({ start: T + 1 })], 'a', null],
    [
      'two on: the later end holds',
      [once({ id: 'short', end: T + 10 }), once({ id: 'long', end: T + 99 })],
      'a',
      'long',
    ],
  ];
  it.each(rows)('%s', (_, windows, channel, holder) => {
    const on = windowsOn(windows, [], T);
    expect(holdingWindow(on, channel)?.id ?? null).toBe(holder);
    // Its wake is the soonest end of a window on now; none on, none planned.
    expect(quietWake(on)).toBe(on.length ? Math.min(...on.map((w) => w.end)) : null);
  });

  it('a change inside an expected window is expected, outside not', () => {
    expect(changeExpected(windowsOn([once({ expected: true })], [], T))).toBe(true);
    expect(changeExpected(windowsOn([once({ expected: true, end: T })], [], T))).toBe(false);
  });
});

const daily = (timezone: string, cron = '0 3 * * *') =>
  quietWindowSchema.parse({ id: 'night', cron, timezone, minutes: 15 });
const at = (iso: string) => Date.parse(iso);

describe('a daily 03:00-03:15 window across daylight-saving changes', () => {
  // [zone, instant (UTC), on?, the window's start and end (UTC) when on]
  const rows: [string, string, string, boolean, string?, string?][] = [
    // Berlin, spring (29 March 2026: 02:00 CET -> 03:00 CEST): 03:00 local is 01:00Z that day.
    [
      'Europe/Berlin',
      'the day before, 03:05 CET',
      '2026-03-28T02:05:00Z',
      true,
      '2026-03-28T02:00:00Z',
      '2026-03-28T02:15:00Z',
    ],
    [
      'Europe/Berlin',
      'spring day, 03:05 CEST',
      '2026-03-29T01:05:00Z',
      true,
      '2026-03-29T01:00:00Z',
      '2026-03-29T01:15:00Z',
    ],
    ['Europe/Berlin', 'spring day, 01:05 CET (before)', '2026-03-29T00:05:00Z', false],
    ['Europe/Berlin', 'spring day, 04:05 CEST (an hour on)', '2026-03-29T02:05:00Z', false],
    ['Europe/Berlin', 'spring day, 03:15 CEST (ended)', '2026-03-29T01:15:00Z', false],
    [
      'Europe/Berlin',
      'the day after, 03:05 CEST',
      '2026-03-30T01:05:00Z',
      true,
      '2026-03-30T01:00:00Z',
      '2026-03-30T01:15:00Z',
    ],
    // Berlin, autumn (25 October 2026: 03:00 CEST -> 02:00 CET, 02:00-03:00 twice): 03:00 local is 02:00Z.
    ['Europe/Berlin', 'autumn day, first 02:05 (CEST)', '2026-10-25T00:05:00Z', false],
    ['Europe/Berlin', 'autumn day, second 02:05 (CET)', '2026-10-25T01:05:00Z', false],
    [
      'Europe/Berlin',
      'autumn day, 03:05 CET',
      '2026-10-25T02:05:00Z',
      true,
      '2026-10-25T02:00:00Z',
      '2026-10-25T02:15:00Z',
    ],
    [
      'Europe/Berlin',
      'the day after, 03:14 CET',
      '2026-10-26T02:14:00Z',
      true,
      '2026-10-26T02:00:00Z',
      '2026-10-26T02:15:00Z',
    ],
    // New York, spring (8 March 2026: 02:00 EST -> 03:00 EDT): 03:00 local is 07:00Z that day.
    [
      'America/New_York',
      'the day before, 03:05 EST',
      '2026-03-07T08:05:00Z',
      true,
      '2026-03-07T08:00:00Z',
      '2026-03-07T08:15:00Z',
    ],
    [
      'America/New_York',
      'spring day, 03:05 EDT',
      '2026-03-08T07:05:00Z',
      true,
      '2026-03-08T07:00:00Z',
      '2026-03-08T07:15:00Z',
    ],
    ['America/New_York', 'spring day, 04:05 EDT (an hour on)', '2026-03-08T08:05:00Z', false],
    // New York, autumn (1 November 2026: 02:00 EDT -> 01:00 EST): 03:00 local is 08:00Z.
    ['America/New_York', 'autumn day, 02:05 EST', '2026-11-01T07:05:00Z', false],
    [
      'America/New_York',
      'autumn day, 03:05 EST',
      '2026-11-01T08:05:00Z',
      true,
      '2026-11-01T08:00:00Z',
      '2026-11-01T08:15:00Z',
    ],
    [
      'America/New_York',
      'the day before, 03:05 EDT',
      '2026-10-31T07:05:00Z',
      true,
      '2026-10-31T07:00:00Z',
      '2026-10-31T07:15:00Z',
    ],
  ];
  it.each(rows)('%s, %s', (zone, _, now, on, start, end) => {
    const w = recurringOn(daily(zone), at(now));
    expect(w === null ? null : [w.start, w.end]).toEqual(on ? [at(start!), at(end!)] : null);
  });

  it('a start in the hour spring skips is at 03:00 that day; in the hour autumn repeats, once, at its first time', () => {
    // 02:30 does not exist on 29 March in Berlin: croner starts the window at 03:00 CEST.
    expect(recurringOn(daily('Europe/Berlin', '30 2 * * *'), at('2026-03-29T01:05:00Z'))?.start).toBe(
      at('2026-03-29T01:00:00Z'),
    );
    // 02:30 happens twice on 25 October: only the first (CEST) starts a window.
    const autumn = daily('Europe/Berlin', '30 2 * * *');
    expect(recurringOn(autumn, at('2026-10-25T00:35:00Z'))?.start).toBe(at('2026-10-25T00:30:00Z'));
    expect(recurringOn(autumn, at('2026-10-25T01:35:00Z'))).toBeNull();
  });

  it('occurrences that start before the last one ends are one window, ending with the last', () => {
    const w = quietWindowSchema.parse({ id: 'x', cron: '*/10 * * * *', timezone: 'UTC', minutes: 15 });
    // Every 10 minutes for 15: never a gap, so the window chains to the end of its bound (200 starts after the first).
    const on = recurringOn(w, at('2026-11-23T12:05:00Z'));
    expect(on!.start).toBe(at('2026-11-23T12:00:00Z'));
    expect(on!.end - on!.start).toBe(200 * 600_000 + 900_000);
  });
});
