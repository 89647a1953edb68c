/**
 * Statistics over a period, computed from the compact tables at query time. Days, weeks
 * (ISO, starting Monday) and months are UTC so figures agree between machines. Uptime is
 * measured over monitored time only (the sessions): while the monitor did not run, the
 * connection was neither online nor offline.
 */
import { FAMILIES } from '../../../shared/types';
import { DAY_MS } from './context';
import type { FamilyStats, PeriodCount, StatsQuery, StatsReport } from './history-types';
import { monitoredSpans } from './sessions';
import { HOURLY_MAX_DAYS, round, sourceReport } from './source-report';
import { intersectSpans, measure, mergeSpans, type Span } from './spans';
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

/** `liveStart`: start of the session running in this process, which lasts until `now`. */
export function queryStats(
  db: Database,
  now: number,
  q: StatsQuery = {},
  liveStart: number | null = null,
): StatsReport {
  const to = q.to ?? now;
  const from = Math.max(q.from ?? to - (q.days ?? 30) * DAY_MS, to - MAX_DAYS * DAY_MS);
  if (!(from <= to)) throw new Error('stats period: "from" must be before "to"');

  const changeRows = all(db, 'SELECT family, at FROM changes WHERE at BETWEEN ? AND ? ORDER BY at', [from, to]);
  const times = changeRows.map((r) => num(r.at));
  const perDay = buckets(from, to, dayStart, (t) => t + DAY_MS, isoDay, times);
  const perWeek = buckets(from, to, weekStart, (t) => t + 7 * DAY_MS, isoDay, times);
  const perMonth = buckets(from, to, monthStart, nextMonth, (t) => isoDay(t).slice(0, 7), times);

  // Per day: the monitored time, and the part of it offline, clipped to [from, min(to, now)].
  const end = Math.min(to, now);
  const monitored = mergeSpans(monitoredSpans(db, from, end, now, liveStart));
  const outages = all(
    db,
    'SELECT start_at, end_at FROM outages WHERE start_at <= ? AND (end_at IS NULL OR end_at >= ?)',
    [end, from],
  ).map((r): Span => [num(r.start_at), r.end_at == null ? now : num(r.end_at)]);
  const offline = intersectSpans(outages, monitored);
  const uptimeDays = perDay.map((d) => {
    const lo = Math.max(d.start, from);
    const hi = Math.min(d.start + DAY_MS, end);
    const offlineMs = measure(offline, lo, hi);
    const monitoredMs = measure(monitored, lo, hi);
    return { start: d.start, label: d.label, offlineMs, monitoredMs, percent: uptime(offlineMs, monitoredMs) };
  });
  const offlineMs = uptimeDays.reduce((s, d) => s + d.offlineMs, 0);
  const monitoredMs = uptimeDays.reduce((s, d) => s + d.monitoredMs, 0);

  return {
    from,
    to,
    changes: { total: times.length, perDay, perWeek, perMonth },
    uptime: { percent: uptime(offlineMs, monitoredMs), offlineMs, monitoredMs, perDay: uptimeDays },
    families: {
      v4: familyStats(db, 4, from, to, changeRows),
      v6: familyStats(db, 6, from, to, changeRows),
    },
    sources: sourceReport(db, from, to, q.hourly ?? to - from <= HOURLY_MAX_DAYS * DAY_MS),
  };
}

/** Share of the monitored time online, or null when nothing was monitored. */
const uptime = (offlineMs: number, monitoredMs: number): number | null =>
  monitoredMs > 0 ? round(100 * (1 - offlineMs / monitoredMs)) : null;

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
