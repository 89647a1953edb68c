/**
 * Uptime's figures and words, the one source for the API, the CLI's `stats`, the bot's /stats
 * and /status, and the dashboard's Uptime card: each computes nothing of its own, so the same
 * moment reads the same everywhere. The store measures monitored and offline time
 * (electron/engine/store/uptime.ts); everything after that is here. Pure.
 *
 * uptimePercent (offline clamped to monitored, rounded down to 0.01, so anything short of
 * every moment online reads below 100):
 *
 *   monitored | offline          | percent
 *   ----------+------------------+--------
 *   0         | any              | null (nothing monitored)
 *   m > 0     | 0                | 100
 *   m > 0     | >= m             | 0 (offline never exceeds monitored)
 *   10 000    | 1                | 99.99
 *   1 000 000 | 1                | 99.99 (rounded down, not up to 100)
 *   300 000   | 258 000          | 14
 */
import { formatNumber } from './i18n/format';
import type { Translator } from './i18n/translator';
import { formatDuration } from './words/duration';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Offline time within monitored time: never negative, never more than monitored. */
export const offlineWithin = (offlineMs: number, monitoredMs: number): number =>
  Math.min(Math.max(0, offlineMs), Math.max(0, monitoredMs));

/** Share of the monitored time online, 0 to 100 in steps of 0.01 (rounded down); null when nothing was monitored. */
export function uptimePercent(offlineMs: number, monitoredMs: number): number | null {
  if (!(monitoredMs > 0)) return null;
  const online = monitoredMs - offlineWithin(offlineMs, monitoredMs);
  // Whole milliseconds times 10 000 stay exact integers: ten years is 3.2e15, below 2^53.
  return Math.floor((online * 10_000) / monitoredMs) / 100;
}

/**
 * "99.95 %", "100 %" ("99,95 %" in German); `none` when nothing was monitored. Rounded down to
 * 0.01 (a hair above, for binary fractions: 95.83 * 100 is 9582.999...), so short of every moment
 * never reads 100.
 */
export function uptimeText(percent: number | null, words: Translator, none = '—'): string {
  if (percent === null) return none;
  const value =
    percent >= 100
      ? formatNumber(100, words.language)
      : formatNumber(Math.floor(percent * 100 + 1e-6) / 100, words.language, FIGURE);
  return words.t('uptime.percent', { value });
}

/** Two decimals, never grouped: "99.95", as toFixed(2) wrote it. */
const FIGURE: Intl.NumberFormatOptions = { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false };

/**
 * What a figure covers, both times in the same words: "over 4 min 59 s monitored · offline
 * 4 min 18 s". Offline is clamped to monitored and both are rounded down alike, so offline
 * never reads longer than monitored.
 */
export function uptimeCover(monitoredMs: number, offlineMs: number, words: Translator): string {
  if (!(monitoredMs > 0)) return words.t('uptime.notMonitored');
  const off = offlineWithin(offlineMs, monitoredMs);
  const over =
    monitoredMs < 1000
      ? words.t('uptime.overUnderSecond')
      : words.t('uptime.over', { duration: formatDuration(monitoredMs, 2, words) });
  return off > 0 ? words.t('uptime.offline', { over, duration: spanWords(off, words) }) : over;
}

/** formatDuration, but a time under a second is "under 1 s", not "0 s" (a fresh install's first moments). */
export const spanWords = (ms: number, words: Translator): string =>
  ms < 1000 ? words.t('uptime.underSecond') : formatDuration(ms, 2, words);

/** One window's figures, as the API's insight and stats give them. */
export interface UptimeFigures {
  percent: number | null;
  monitoredMs: number;
  offlineMs: number;
}

/**
 * "98.50 % over 4 min 59 s monitored · offline 4 s": the CLI's and the bot's line; `none` (else
 * "not monitored in this time") when nothing was monitored.
 */
export const uptimeLine = (u: UptimeFigures, words: Translator, none?: string): string =>
  u.percent === null
    ? (none ?? words.t('uptime.notMonitored'))
    : words.t('uptime.line', {
        percent: uptimeText(u.percent, words),
        cover: uptimeCover(u.monitoredMs, u.offlineMs, words),
      });

/** Why nothing is counted when no source is set up: no request was sent, so nothing is known of the network. */
export const noSourceWords = (words: Translator): string => words.t('uptime.noSource');

export interface UptimeTile {
  /** "99.50 %", or a dash when nothing was monitored. */
  value: string;
  /** The window: "last 24 h", "since 26 Nov 2026, 08:46:12". */
  window: string;
  /** The time the figure covers: "over 12 min monitored · offline 39 s". */
  covers: string;
  /** The window's length in days (24 h: 1), for a test id. */
  days: number;
}

export interface UptimeTilesInput {
  /** The insight's windows, shortest first (24 h, 30 d, 1 y). */
  windows: readonly (UptimeFigures & { label: string; days: number })[];
  /** The first check the history holds; null before any. */
  firstCheckAt: number | null;
  now: number;
  /** Sources set up for the families watched now. */
  sources: number;
  /** How a time reads in the reader's zone. */
  time: (at: number) => string;
  /** The reader's language. */
  words: Translator;
}

/** "last 24 h", "last 30 d", "last 1 y": a window by its length (the API's label is English). */
function windowWords(days: number, words: Translator): string {
  if (days === 1) return words.t('uptime.tile.day');
  if (days === 365) return words.t('uptime.tile.year');
  return words.t('uptime.tile.days', { days });
}

/**
 * The tiles the Uptime card shows. Three windows only once they differ: until a day has been
 * watched, every window holds the same time, so one figure "since <first check>" says it once.
 *
 *   sources | first check      | tiles
 *   --------+------------------+---------------------------------------------
 *   0       | none             | one: "—", not monitored: no source
 *   0       | any              | as below, each window's cover names no source now
 *   > 0     | none             | one: "—", not monitored yet (no check so far)
 *   > 0     | < 24 h ago       | one: the 24 h window's figure, "since <first check>"
 *   > 0     | >= 24 h ago      | three: last 24 h, 30 d, 1 y
 */
export function uptimeTiles(input: UptimeTilesInput): UptimeTile[] {
  const { windows, firstCheckAt, now, sources, time, words } = input;
  const noSource = noSourceWords(words);
  if (firstCheckAt === null || windows.length === 0) {
    const covers = words.t(sources === 0 ? 'uptime.tile.noSourceCovers' : 'uptime.tile.noCheck');
    return [{ value: '—', window: sources === 0 ? noSource : words.t('uptime.tile.notYet'), covers, days: 1 }];
  }
  const tile = (u: (typeof windows)[number], window: string): UptimeTile => {
    const covers = uptimeCover(u.monitoredMs, u.offlineMs, words);
    return {
      value: uptimeText(u.percent, words),
      window,
      covers: sources === 0 ? words.t('uptime.tile.nowNoSource', { covers, noSource }) : covers,
      days: u.days,
    };
  };
  if (now - firstCheckAt < DAY_MS)
    return [tile(windows[0]!, words.t('uptime.tile.since', { time: time(firstCheckAt) }))];
  return windows.map((u) => tile(u, windowWords(u.days, words)));
}

/**
 * The mean time an address is held: from a family's first sighting to its last new one, over
 * the changes between (each address but the one still held).
 *
 *   runs | first .. last sighting | meanMs          | addresses
 *   -----+------------------------+-----------------+----------
 *   0, 1 | any                    | null            | 0
 *   n    | lo .. hi               | (hi - lo)/(n-1) | n - 1
 */
export function meanHeld(
  runs: number,
  firstSeen: number,
  lastSeen: number,
): { meanMs: number | null; addresses: number } {
  const addresses = Math.max(0, runs - 1);
  return { meanMs: addresses > 0 ? Math.round((lastSeen - firstSeen) / addresses) : null, addresses };
}
