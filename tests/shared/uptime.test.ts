/** Uptime's one set of figures and words (shared/uptime.ts): the truth tables of its doc comment. */
import { describe, expect, it } from 'vitest';

import { english } from '../../shared/i18n/translators';
import {
  meanHeld,
  offlineWithin,
  uptimeCover,
  uptimeLine,
  uptimePercent,
  uptimeText,
  uptimeTiles,
  type UptimeTilesInput,
} from '../../shared/uptime';
import { formatDuration } from '../../shared/words/duration';

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;
const DAY = 24 * H;

describe('uptimePercent', () => {
  it.each<[number, number, number | null]>([
    [0, 0, null],
    [0, 5000, null],
    [-1, 0, null],
    [MIN, 0, 100],
    [MIN, MIN, 0],
    [5 * MIN, 4 * MIN + 18 * S, 14],
    [4 * MIN, 4 * MIN + 18 * S, 0],
    [10_000, 1, 99.99],
    [1_000_000, 1, 99.99],
    [3 * H, 10 * MIN, 94.44],
    [3660 * DAY, 1, 99.99],
    [3660 * DAY, 3660 * DAY - 1, 0],
  ])('monitored %d, offline %d -> %s', (monitored, offline, want) => {
    expect(uptimePercent(offline, monitored)).toBe(want);
  });

  it('never reads 100 while any time was offline, and never below 0 (seeded sweep)', () => {
    // A small LCG: the same draws on every run (seed 48).
    let x = 48;
    const next = () => (x = (x * 1_103_515_245 + 12_345) % 2 ** 31);
    for (let i = 0; i < 2000; i++) {
      const monitored = 1 + (next() % (400 * DAY));
      const offline = next() % (monitored + 10);
      const p = uptimePercent(offline, monitored)!;
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(100);
      if (offline > 0) expect(p).toBeLessThan(100);
    }
  });
});

describe('uptimeText', () => {
  it.each<[number | null, string]>([
    [null, '—'],
    [100, '100 %'],
    [99.999, '99.99 %'],
    [99.95, '99.95 %'],
    [95.83, '95.83 %'],
    [95.833, '95.83 %'],
    [0.02, '0.02 %'],
    [0, '0.00 %'],
  ])('%s reads %s', (percent, text) => {
    expect(uptimeText(percent, english)).toBe(text);
  });
});

describe('uptimeCover: offline never reads longer than monitored', () => {
  it.each<[number, number, string]>([
    [0, 0, 'not monitored in this time'],
    [12 * MIN + 59 * S, 0, 'over 12 min 59 s monitored'],
    [4 * MIN + 59 * S, 4 * MIN + 18 * S, 'over 4 min 59 s monitored · offline 4 min 18 s'],
    // Today's bug: "Over the 4 minutes monitored · offline 4 min 18 s". Offline beyond monitored is clamped.
    [4 * MIN + 10 * S, 4 * MIN + 18 * S, 'over 4 min 10 s monitored · offline 4 min 10 s'],
    [DAY + 500, 39 * S, 'over 1 d monitored · offline 39 s'],
    [700, 300, 'under 1 s monitored · offline under 1 s'],
    [1500, 300, 'over 1 s monitored · offline under 1 s'],
    [1000, 1000, 'over 1 s monitored · offline 1 s'],
  ])('monitored %d, offline %d -> %s', (monitored, offline, want) => {
    expect(uptimeCover(monitored, offline, english)).toBe(want);
  });

  it('reads offline no longer than monitored for any pair (seeded sweep)', () => {
    let x = 7;
    const next = () => (x = (x * 1_103_515_245 + 12_345) % 2 ** 31);
    const seconds = (words: string) =>
      [...words.matchAll(/(\d+) (d|h|min|s)\b/g)].reduce(
        (sum, [, n, u]) => sum + Number(n) * { d: 86_400, h: 3600, min: 60, s: 1 }[u as 'd' | 'h' | 'min' | 's'],
        0,
      );
    for (let i = 0; i < 2000; i++) {
      const monitored = 1 + (next() % (40 * DAY));
      const offline = next() % (monitored * 2);
      const [over, off = '0 s'] = uptimeCover(monitored, offline, english)
        .replaceAll('under 1 s', '0 s')
        .split(' · offline ');
      expect(over).toMatch(/monitored$/);
      expect(seconds(off)).toBeLessThanOrEqual(seconds(over!));
    }
    expect(offlineWithin(5, 3)).toBe(3);
    expect(offlineWithin(-5, 3)).toBe(0);
  });
});

describe('uptimeLine: the CLI and the bot', () => {
  it.each<[Parameters<typeof uptimeLine>[0], string]>([
    [{ percent: null, monitoredMs: 0, offlineMs: 0 }, 'none'],
    [{ percent: 98.5, monitoredMs: 5 * MIN, offlineMs: 4500 }, '98.50 % over 5 min monitored · offline 4 s'],
    [{ percent: 100, monitoredMs: 2 * H, offlineMs: 0 }, '100 % over 2 h monitored'],
  ])('%j -> %s', (u, want) => {
    expect(uptimeLine(u, english, 'none')).toBe(want);
  });

  it('says, by default, that nothing was monitored', () => {
    expect(uptimeLine({ percent: null, monitoredMs: 0, offlineMs: 0 }, english)).toBe('not monitored in this time');
  });
});

describe('uptimeTiles', () => {
  const NOW = Date.UTC(2026, 10, 26, 12);
  const win = (label: string, days: number, monitoredMs: number, offlineMs: number) => ({
    label,
    days,
    monitoredMs,
    offlineMs,
    percent: uptimePercent(offlineMs, monitoredMs),
  });
  const input = (over: Partial<UptimeTilesInput>): UptimeTilesInput => ({
    windows: [win('24 h', 1, 5 * MIN, 0), win('30 d', 30, 5 * MIN, 0), win('1 y', 365, 5 * MIN, 0)],
    firstCheckAt: NOW - 5 * MIN,
    now: NOW,
    sources: 6,
    time: (at) => new Date(at).toISOString(),
    words: english,
    ...over,
  });
  const shown = (t: ReturnType<typeof uptimeTiles>) => t.map((x) => [x.value, x.window, x.covers]);

  it.each<[string, Partial<UptimeTilesInput>, string[][]]>([
    [
      'no source, no check: not monitored, never offline',
      { sources: 0, firstCheckAt: null, windows: [win('24 h', 1, 0, 0)] },
      [['—', 'not monitored: no source', 'no source is set up, so no check is sent']],
    ],
    [
      'a first check but no window yet: not monitored yet',
      { firstCheckAt: NOW - 5 * MIN, windows: [] },
      [['—', 'not monitored yet', 'no check so far']],
    ],
    [
      'sources, no check yet',
      { firstCheckAt: null, windows: [win('24 h', 1, 0, 0)] },
      [['—', 'not monitored yet', 'no check so far']],
    ],
    [
      'five minutes: one figure since the first check, not three equal tiles',
      {},
      [['100 %', `since ${new Date(NOW - 5 * MIN).toISOString()}`, 'over 5 min monitored']],
    ],
    [
      'five minutes, sources since removed',
      { sources: 0 },
      [
        [
          '100 %',
          `since ${new Date(NOW - 5 * MIN).toISOString()}`,
          'over 5 min monitored · now not monitored: no source',
        ],
      ],
    ],
    [
      'a day exactly: the three windows',
      { firstCheckAt: NOW - DAY },
      [
        ['100 %', 'last 24 h', 'over 5 min monitored'],
        ['100 %', 'last 30 d', 'over 5 min monitored'],
        ['100 %', 'last 1 y', 'over 5 min monitored'],
      ],
    ],
    [
      'two days: the three windows',
      {
        firstCheckAt: NOW - 2 * DAY,
        windows: [win('24 h', 1, DAY, 36 * S), win('30 d', 30, 2 * DAY, 36 * S), win('1 y', 365, 2 * DAY, 36 * S)],
      },
      [
        ['99.95 %', 'last 24 h', 'over 1 d monitored · offline 36 s'],
        ['99.97 %', 'last 30 d', 'over 2 d monitored · offline 36 s'],
        ['99.97 %', 'last 1 y', 'over 2 d monitored · offline 36 s'],
      ],
    ],
  ])('%s', (_name, over, want) => {
    expect(shown(uptimeTiles(input(over)))).toEqual(want);
  });
});

describe('meanHeld', () => {
  it.each<[number, number, number, ReturnType<typeof meanHeld>]>([
    [0, 0, 0, { meanMs: null, addresses: 0 }],
    [1, 5, 5, { meanMs: null, addresses: 0 }],
    [2, 0, DAY, { meanMs: DAY, addresses: 1 }],
    [4, 0, 3 * H + 2, { meanMs: H + 1, addresses: 3 }],
    [3, 5 * DAY, 7 * DAY, { meanMs: DAY, addresses: 2 }],
  ])('%d runs from %d to %d -> %j', (runs, lo, hi, want) => {
    expect(meanHeld(runs, lo, hi)).toEqual(want);
  });
});

describe('formatDuration: rounded down, the two largest units', () => {
  it.each<[number, string]>([
    [-1, '—'],
    [0, '0 s'],
    [999, '0 s'],
    [4 * MIN + 18 * S + 999, '4 min 18 s'],
    [H, '1 h'],
    [3 * DAY + 4 * H + 5 * MIN, '3 d 4 h'],
  ])('%d -> %s', (ms, want) => {
    expect(formatDuration(ms)).toBe(want);
  });
});
