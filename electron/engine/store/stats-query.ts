/**
 * Statistics over a period, computed from the compact tables at query time. Days, weeks
 * (ISO, starting Monday) and months are UTC so figures agree between machines.
 */
import { FAMILIES } from '../../../shared/types';
import { DAY_MS, HOUR_MS } from './context';
import type { FamilyStats, PeriodCount, SourceStatsReport, StatsQuery, StatsReport } from './history-types';
import { all, type Database, num, type Row, str } from './sqlite';

/** Longest period answered: ten years of daily rows is still small. */
const MAX_DAYS = 3660;

const dayStart = (t: number) => Math.floor(t / DAY_MS) * DAY_MS;
const weekStart = (t: number) => {
  const d = dayStart(t);
  return d - ((new Date(d).getUTCDay() + 6) % 7) * DAY_MS;
};
const monthStart = (t: number) => {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
};
const nextMonth = (t: number) => {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
};
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

function buckets(
  from: number,
  to: number,
  start: (t: number) => number,
  next: (t: number) => number,
  label: (t: number) => string,
  times: number[],
): PeriodCount[] {
  const out: PeriodCount[] = [];
  const index = new Map<number, PeriodCount>();
  for (let t = start(from); t <= to; t = next(t)) {
    const b = { start: t, label: label(t), count: 0 };
    out.push(b);
    index.set(t, b);
  }
  for (const t of times) {
    const b = index.get(start(t));
    if (b) b.count += 1;
  }
  return out;
}

export function queryStats(db: Database, now: number, q: StatsQuery = {}): StatsReport {
  const to = q.to ?? now;
  const from = Math.max(q.from ?? to - (q.days ?? 30) * DAY_MS, to - MAX_DAYS * DAY_MS);
  if (!(from <= to)) throw new Error('stats period: "from" must be before "to"');

  const changeRows = all(db, 'SELECT family, at FROM changes WHERE at BETWEEN ? AND ? ORDER BY at', [from, to]);
  const times = changeRows.map((r) => num(r.at));
  const perDay = buckets(from, to, dayStart, (t) => t + DAY_MS, isoDay, times);
  const perWeek = buckets(from, to, weekStart, (t) => t + 7 * DAY_MS, isoDay, times);
  const perMonth = buckets(from, to, monthStart, nextMonth, (t) => isoDay(t).slice(0, 7), times);

  // Offline time per day: each outage span clipped to the day and to [from, min(to, now)].
  const end = Math.min(to, now);
  const spans = all(
    db,
    'SELECT start_at, end_at FROM outages WHERE start_at <= ? AND (end_at IS NULL OR end_at >= ?)',
    [end, from],
  ).map((r) => [num(r.start_at), r.end_at == null ? now : num(r.end_at)] as const);
  const uptimeDays = perDay.map((d) => {
    const lo = Math.max(d.start, from);
    const hi = Math.min(d.start + DAY_MS, end);
    const offlineMs = spans.reduce((sum, [s, e]) => sum + Math.max(0, Math.min(e, hi) - Math.max(s, lo)), 0);
    const length = Math.max(hi - lo, 0);
    return { start: d.start, label: d.label, offlineMs, percent: length ? round(100 * (1 - offlineMs / length)) : 100 };
  });
  const offlineMs = uptimeDays.reduce((s, d) => s + d.offlineMs, 0);
  const length = Math.max(end - from, 0);

  return {
    from,
    to,
    changes: { total: times.length, perDay, perWeek, perMonth },
    uptime: { percent: length ? round(100 * (1 - offlineMs / length)) : 100, offlineMs, perDay: uptimeDays },
    families: {
      v4: familyStats(db, 4, from, to, changeRows),
      v6: familyStats(db, 6, from, to, changeRows),
    },
    sources: sourceStats(db, from, to),
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function familyStats(
  db: Database,
  family: (typeof FAMILIES)[number],
  from: number,
  to: number,
  changes: Row[],
): FamilyStats {
  const at = changes.filter((r) => num(r.family) === family).map((r) => num(r.at));
  const first = at[0];
  const last = at[at.length - 1];
  const longest = all(
    db,
    `SELECT ip, first_seen, last_seen FROM runs WHERE family = ? AND last_seen >= ? AND first_seen <= ?
     ORDER BY last_seen - first_seen DESC LIMIT 1`,
    [family, from, to],
  )[0];
  return {
    changes: at.length,
    meanTimeBetweenChangesMs:
      at.length >= 2 && first !== undefined && last !== undefined ? Math.round((last - first) / (at.length - 1)) : null,
    longestRun: longest
      ? {
          ip: str(longest.ip),
          firstSeen: num(longest.first_seen),
          lastSeen: num(longest.last_seen),
          durationMs: num(longest.last_seen) - num(longest.first_seen),
        }
      : null,
  };
}

const mean = (sum: number, n: number) => (n ? Math.round(sum / n) : null);

function sourceStats(db: Database, from: number, to: number): SourceStatsReport[] {
  const fromHour = Math.floor(from / HOUR_MS);
  const toHour = Math.floor(to / HOUR_MS);
  const bySource = new Map<string, SourceStatsReport & { latencySum: number }>();
  const get = (name: string) => {
    let s = bySource.get(name);
    if (!s) {
      s = {
        source: name,
        ok: 0,
        fail: 0,
        successRate: null,
        meanLatencyMs: null,
        maxLatencyMs: null,
        hours: [],
        latencySum: 0,
      };
      bySource.set(name, s);
    }
    return s;
  };
  const add = (s: SourceStatsReport & { latencySum: number }, ok: number, fail: number, sum: number, max: number) => {
    s.ok += ok;
    s.fail += fail;
    s.latencySum += sum;
    if (ok) s.maxLatencyMs = Math.max(s.maxLatencyMs ?? 0, max);
  };
  // Plain columns and a name map: the join and wide rows cost more than the rows themselves.
  const names = new Map(all(db, 'SELECT id, name FROM sources').map((r) => [num(r.id), str(r.name)]));
  const stmt = db.prepare(
    'SELECT hour, source, ok, fail, latency_sum, latency_max FROM source_hours WHERE hour BETWEEN ? AND ?',
  );
  try {
    stmt.bind([fromHour, toHour]);
    while (stmt.step()) {
      const [hour, source, ok, fail, sum, max] = stmt.get().map(num) as [
        number,
        number,
        number,
        number,
        number,
        number,
      ];
      const s = get(names.get(source) ?? `#${source}`);
      add(s, ok, fail, sum, max);
      s.hours.push({ hour: hour * HOUR_MS, ok, fail, meanLatencyMs: mean(sum, ok), maxLatencyMs: ok ? max : null });
    }
  } finally {
    stmt.free();
  }
  // Older days exist only as daily rows; they count toward the totals.
  const days = all(
    db,
    `SELECT d.*, s.name FROM source_days d JOIN sources s ON s.id = d.source WHERE d.day BETWEEN ? AND ?`,
    [Math.floor(from / DAY_MS), Math.floor(to / DAY_MS)],
  );
  for (const r of days) add(get(str(r.name)), num(r.ok), num(r.fail), num(r.latency_sum), num(r.latency_max));
  return [...bySource.values()]
    .map(({ latencySum, ...s }) => ({
      ...s,
      successRate: s.ok + s.fail ? round(s.ok / (s.ok + s.fail)) : null,
      meanLatencyMs: mean(latencySum, s.ok),
    }))
    .sort((a, b) => a.source.localeCompare(b.source));
}
