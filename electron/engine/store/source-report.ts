/**
 * Per-source success rate and latency for a period. With the hourly series (by default
 * for periods up to a month) totals add up the hours, and days before the hourly window;
 * without it they add up whole UTC days of the daily table, because a year of hours is
 * thousands of rows that no screen shows and that cost most of the query.
 */
import { DAY_MS, HOUR_MS } from './context';
import type { SourceStatsReport } from './history-types';
import { addCount, type CountsBySource, decodeCounts, forEachCount, splitDays } from './source-counts';
import { all, type Database, each, num, type SqlValue, str } from './sqlite';

/** Periods up to this long get the hourly series unless told otherwise. */
export const HOURLY_MAX_DAYS = 31;

export const round = (x: number): number => Math.round(x * 1000) / 1000;
const mean = (sum: number, n: number) => (n ? Math.round(sum / n) : null);

export function sourceReport(db: Database, from: number, to: number, hourly: boolean): SourceStatsReport[] {
  const names = new Map(all(db, 'SELECT id, name FROM sources').map((r) => [num(r.id), str(r.name)]));
  const totals: CountsBySource = new Map();
  const series = new Map<number, SourceStatsReport['hours']>();
  const dayRange = [Math.floor(from / DAY_MS), Math.floor(to / DAY_MS)] as const;
  // Whole UTC days: whole months from the monthly table, the edges from the daily one.
  const add = (table: string, unit: string, range: [number, number]) =>
    each(db, `SELECT counts FROM ${table} WHERE ${unit} BETWEEN ? AND ?`, range, ([counts]) =>
      decodeCounts(blob(counts), totals),
    );
  const daily = (lastDay: number) => {
    const { months, days } = splitDays(dayRange[0], lastDay);
    if (months) add('source_months', 'month', months);
    for (const range of days) add('source_days', 'day', range);
  };
  if (!hourly) {
    daily(dayRange[1]);
  } else {
    // Hours where they are kept, days before that: never the same attempt twice.
    const first = all(db, 'SELECT min(hour) AS h FROM source_hours')[0]?.h;
    const hoursFromDay = first == null ? Infinity : Math.floor(num(first) / 24);
    if (hoursFromDay > dayRange[0]) daily(Math.min(dayRange[1], hoursFromDay - 1));
    const range = [Math.floor(from / HOUR_MS), Math.floor(to / HOUR_MS)];
    each(db, 'SELECT hour, counts FROM source_hours WHERE hour BETWEEN ? AND ?', range, ([hour, counts]) => {
      const at = num(hour) * HOUR_MS;
      forEachCount(blob(counts), (id, ok, fail, latencySum, latencyMax) => {
        addCount(totals, id, ok, fail, latencySum, latencyMax);
        let hours = series.get(id);
        if (!hours) series.set(id, (hours = []));
        hours.push({
          hour: at,
          ok,
          fail,
          meanLatencyMs: mean(latencySum, ok),
          maxLatencyMs: ok ? latencyMax : null,
        });
      });
    });
  }
  return [...totals.entries()]
    .map(([id, a]) => ({
      source: names.get(id) ?? `#${id}`,
      ok: a.ok,
      fail: a.fail,
      successRate: a.ok + a.fail ? round(a.ok / (a.ok + a.fail)) : null,
      meanLatencyMs: mean(a.latencySum, a.ok),
      // latency_max is 0 for a bucket without successes, so max() over buckets stays right.
      maxLatencyMs: a.ok ? a.latencyMax : null,
      hours: series.get(id) ?? [],
    }))
    .sort((x, y) => x.source.localeCompare(y.source));
}

function blob(v: SqlValue | undefined): Uint8Array {
  if (v instanceof Uint8Array) return v;
  throw new Error('damaged source statistics: a row holds no counters');
}
