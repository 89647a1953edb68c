/**
 * The per-source counters of one hour or one day, packed into one blob: for each source,
 * in id order, five unsigned LEB128 varints (source id, ok, fail, latency sum, latency max).
 * A row per source and unit cost about 20 bytes plus its key; packed, a source costs about
 * 7 bytes and the unit's key is paid once. A year of history is mostly these counters, so
 * this is what keeps it small; reading them back is a plain loop, cheaper than SQL GROUP BY.
 */
import { pushVarint, varintReader } from './varint';

export interface SourceCounts {
  ok: number;
  fail: number;
  latencySum: number;
  latencyMax: number;
}

/** Counters by source id. */
export type CountsBySource = Map<number, SourceCounts>;

/** Adds `c` to the counters of `source` (sums add up, the max is the max). */
export function addCounts(into: CountsBySource, source: number, c: SourceCounts): void {
  addCount(into, source, c.ok, c.fail, c.latencySum, c.latencyMax);
}

/** addCounts() with the counters as arguments: nothing is allocated for a source already there. */
export function addCount(
  into: CountsBySource,
  source: number,
  ok: number,
  fail: number,
  latencySum: number,
  latencyMax: number,
): void {
  const a = into.get(source);
  if (!a) {
    into.set(source, { ok, fail, latencySum, latencyMax });
    return;
  }
  a.ok += ok;
  a.fail += fail;
  a.latencySum += latencySum;
  a.latencyMax = Math.max(a.latencyMax, latencyMax);
}

export function encodeCounts(counts: CountsBySource): Uint8Array {
  const out: number[] = [];
  for (const id of [...counts.keys()].sort((a, b) => a - b)) {
    const c = counts.get(id)!;
    for (const n of [id, c.ok, c.fail, c.latencySum, c.latencyMax]) pushVarint(out, n, 'source counter');
  }
  return Uint8Array.from(out);
}

/**
 * Calls `fn` with each source's counters in a blob written by encodeCounts(), allocating
 * nothing (a month of hourly rows is thousands of these); a damaged blob is an error that says so.
 */
export function forEachCount(
  bytes: Uint8Array,
  fn: (id: number, ok: number, fail: number, latencySum: number, latencyMax: number) => void,
): void {
  const { next, done } = varintReader(bytes, 'source statistics');
  while (!done()) {
    const id = next();
    const ok = next();
    const fail = next();
    const latencySum = next();
    fn(id, ok, fail, latencySum, next());
  }
}

/** Decodes a blob written by encodeCounts(), adding to `into`. */
export function decodeCounts(bytes: Uint8Array, into: CountsBySource = new Map()): CountsBySource {
  forEachCount(bytes, (id, ok, fail, latencySum, latencyMax) => addCount(into, id, ok, fail, latencySum, latencyMax));
  return into;
}

const DAY_MS = 86_400_000;

/** The UTC month of a day number (days since the epoch), as year * 12 + month. */
export function monthOfDay(day: number): number {
  const d = new Date(day * DAY_MS);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** The first day number of a month from monthOfDay(). */
export function firstDayOfMonth(month: number): number {
  return Date.UTC(Math.floor(month / 12), month % 12, 1) / DAY_MS;
}

/**
 * How to add up days `from`..`to` (inclusive) with the fewest rows: the whole months
 * inside from the monthly table, the days at either edge from the daily one.
 */
export function splitDays(from: number, to: number): { months: [number, number] | null; days: [number, number][] } {
  if (from > to) return { months: null, days: [] };
  const firstMonth = monthOfDay(from) + (firstDayOfMonth(monthOfDay(from)) === from ? 0 : 1);
  const lastMonth = monthOfDay(to) - (firstDayOfMonth(monthOfDay(to) + 1) - 1 === to ? 0 : 1);
  if (firstMonth > lastMonth) return { months: null, days: [[from, to]] };
  const days: [number, number][] = [];
  const monthsFrom = firstDayOfMonth(firstMonth);
  const monthsTo = firstDayOfMonth(lastMonth + 1) - 1;
  if (from < monthsFrom) days.push([from, monthsFrom - 1]);
  if (monthsTo < to) days.push([monthsTo + 1, to]);
  return { months: [firstMonth, lastMonth], days };
}
