/**
 * Per-source success rate and latency for a period. With the hourly series (by default
 * for periods up to a month) totals add up the hours, and days before the hourly window;
 * without it they add up whole UTC days of the daily table, because a year of hours is
 * thousands of rows that no screen shows and that cost most of the query.
 */
import { DAY_MS, HOUR_MS } from './context';
import type { SourceStatsReport } from './history-types';
import { all, type Database, num, str } from './sqlite';

/** Periods up to this long get the hourly series unless told otherwise. */
export const HOURLY_MAX_DAYS = 31;

export const round = (x: number): number => Math.round(x * 1000) / 1000;
const mean = (sum: number, n: number) => (n ? Math.round(sum / n) : null);

interface Acc {
  ok: number;
  fail: number;
  latencySum: number;
  latencyMax: number;
  hours: SourceStatsReport['hours'];
}

export function sourceReport(db: Database, from: number, to: number, hourly: boolean): SourceStatsReport[] {
  const names = new Map(all(db, 'SELECT id, name FROM sources').map((r) => [num(r.id), str(r.name)]));
  const acc = new Map<number, Acc>();
  const add = (source: number, ok: number, fail: number, sum: number, max: number): Acc => {
    let a = acc.get(source);
    if (!a) acc.set(source, (a = { ok: 0, fail: 0, latencySum: 0, latencyMax: 0, hours: [] }));
    a.ok += ok;
    a.fail += fail;
    a.latencySum += sum;
    // latency_max is 0 for a bucket without successes, so max() over buckets stays right.
    a.latencyMax = Math.max(a.latencyMax, max);
    return a;
  };
  const dayRange = [Math.floor(from / DAY_MS), Math.floor(to / DAY_MS)];
  const daily = (lastDay: number) => {
    const rows = all(
      db,
      `SELECT source, sum(ok) AS ok, sum(fail) AS fail, sum(latency_sum) AS ls, max(latency_max) AS lm
       FROM source_days WHERE day BETWEEN ? AND ? GROUP BY source`,
      [dayRange[0] ?? 0, lastDay],
    );
    for (const r of rows) add(num(r.source), num(r.ok), num(r.fail), num(r.ls), num(r.lm));
  };
  if (!hourly) {
    // Whole UTC days: the daily table holds every day, so this is a few hundred rows a year.
    daily(dayRange[1] ?? 0);
  } else {
    // Hours where they are kept, days before that: never the same attempt twice.
    const first = all(db, 'SELECT min(hour) AS h FROM source_hours')[0]?.h;
    const hoursFromDay = first == null ? Infinity : Math.floor(num(first) / 24);
    if (hoursFromDay > (dayRange[0] ?? 0)) daily(Math.min(dayRange[1] ?? 0, hoursFromDay - 1));
    const stmt = db.prepare(
      'SELECT hour, source, ok, fail, latency_sum, latency_max FROM source_hours WHERE hour BETWEEN ? AND ?',
    );
    try {
      stmt.bind([Math.floor(from / HOUR_MS), Math.floor(to / HOUR_MS)]);
      while (stmt.step()) {
        const v = stmt.get();
        const [hour, ok, fail, sum, max] = [num(v[0]), num(v[2]), num(v[3]), num(v[4]), num(v[5])];
        add(num(v[1]), ok, fail, sum, max).hours.push({
          hour: hour * HOUR_MS,
          ok,
          fail,
          meanLatencyMs: mean(sum, ok),
          maxLatencyMs: ok ? max : null,
        });
      }
    } finally {
      stmt.free();
    }
  }
  return [...acc.entries()]
    .map(([id, a]) => ({
      source: names.get(id) ?? `#${id}`,
      ok: a.ok,
      fail: a.fail,
      successRate: a.ok + a.fail ? round(a.ok / (a.ok + a.fail)) : null,
      meanLatencyMs: mean(a.latencySum, a.ok),
      maxLatencyMs: a.ok ? a.latencyMax : null,
      hours: a.hours,
    }))
    .sort((x, y) => x.source.localeCompare(y.source));
}
