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
 * "99.95 %", "100 %"; `none` when nothing was monitored. Rounded down to 0.01 (a hair above, for
 * binary fractions: 95.83 * 100 is 9582.999...), so short of every moment never reads 100.
 */
export function uptimeText(percent: number | null, none = '—'): string {
  if (percent === null) return none;
  if (percent >= 100) return '100 %';
  return `${(Math.floor(percent * 100 + 1e-6) / 100).toFixed(2)} %`;
}

/**
 * What a figure covers, both times in the same words: "over 4 min 59 s monitored · offline
 * 4 min 18 s". Offline is clamped to monitored and both are rounded down alike, so offline
 * never reads longer than monitored.
 */
export function uptimeCover(monitoredMs: number, offlineMs: number): string {
  if (!(monitoredMs > 0)) return 'not monitored in this time';
  const off = offlineWithin(offlineMs, monitoredMs);
  const over = monitoredMs < 1000 ? 'under 1 s monitored' : `over ${formatDuration(monitoredMs)} monitored`;
  return `${over}${off > 0 ? ` · offline ${spanWords(off)}` : ''}`;
}

/** formatDuration, but a time under a second is "under 1 s", not "0 s" (a fresh install's first moments). */
const spanWords = (ms: number): string => (ms < 1000 ? 'under 1 s' : formatDuration(ms));

/** One window's figures, as the API's insight and stats give them. */
export interface UptimeFigures {
  percent: number | null;
  monitoredMs: number;
  offlineMs: number;
}

/** "98.50 % over 4 min 59 s monitored · offline 4 s": the CLI's and the bot's line. */
export const uptimeLine = (u: UptimeFigures, none = 'not monitored in this time'): string =>
  u.percent === null ? none : `${uptimeText(u.percent)} ${uptimeCover(u.monitoredMs, u.offlineMs)}`;

/** Why nothing is counted when no source is set up: no request was sent, so nothing is known of the network. */
export const NO_SOURCE = 'not monitored: no source';

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
  const { windows, firstCheckAt, now, sources, time } = input;
  if (firstCheckAt === null || windows.length === 0) {
    const covers = sources === 0 ? 'no source is set up, so no check is sent' : 'no check so far';
    return [{ value: '—', window: sources === 0 ? NO_SOURCE : 'not monitored yet', covers, days: 1 }];
  }
  const noSource = sources === 0 ? ` · now ${NO_SOURCE}` : '';
  const tile = (u: (typeof windows)[number], window: string): UptimeTile => ({
    value: uptimeText(u.percent),
    window,
    covers: `${uptimeCover(u.monitoredMs, u.offlineMs)}${noSource}`,
    days: u.days,
  });
  if (now - firstCheckAt < DAY_MS) return [tile(windows[0]!, `since ${time(firstCheckAt)}`)];
  return windows.map((u) => tile(u, `last ${u.label}`));
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
