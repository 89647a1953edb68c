/**
 * Statistics over a period, computed from the compact tables at query time. Days, weeks
 * (ISO, starting Monday) and months are UTC so figures agree between machines, or the wall
 * clock of the zone asked for (calendar.ts). Uptime is
 * measured over monitored time only (the sessions): while the monitor did not run, the
 * connection was neither online nor offline.
 */
import { measureWindows } from '../../../shared/spans';
import { FAMILIES, type Family } from '../../../shared/types';
import { uptimePercent } from '../../../shared/uptime';
import { calendarOf } from './calendar';
import { DAY_MS } from './context';
import type { FamilyStats, PeriodCount, StatsQuery, StatsReport } from './history-types';
import { HOURLY_MAX_DAYS, sourceReport } from './source-report';
import { type Database, each, num, one, str } from './sqlite';
import { watchedSpans } from './uptime';

/** Longest period answered: ten years of daily rows is still small. */
const MAX_DAYS = 3660;

function buckets(
  from: number,
  to: number,
  start: (t: number) => number,
  next: (t: number) => number,
  label: (t: number) => string,
  timesOf: Record<Family, number[]>,
  /** Fixed-length buckets (days, weeks): found by arithmetic, not a lookup. */
  stepMs?: number,
): PeriodCount[] {
  const out: PeriodCount[] = [];
  const index = stepMs ? null : new Map<number, PeriodCount>();
  for (let t = start(from); t <= to; t = next(t)) {
    const b = { start: t, label: label(t), count: 0, v4: 0, v6: 0 };
    out.push(b);
    index?.set(t, b);
  }
  const first = out[0]?.start ?? 0;
  for (const family of FAMILIES) {
    const key = family === 4 ? 'v4' : 'v6';
    for (const t of timesOf[family]) {
      const b = index ? index.get(start(t)) : out[Math.floor((t - first) / stepMs!)];
      if (!b) continue;
      b.count += 1;
      b[key] += 1;
    }
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

  // In table order: nothing below needs the times sorted, and a sort costs more than the scan.
  // A change is a new address that replaced a known one: the first sighting of a family (no
  // `old`, no run before it) starts the history and is no change, as the dashboard says ("no
  // change seen yet"). A sighting without `old` that a run precedes (history imported after
  // the monitor's first check) did replace an address: it counts, as the runs count it.
  const timesOf: Record<Family, number[]> = { 4: [], 6: [] };
  each(
    db,
    `SELECT family, at FROM changes c WHERE at BETWEEN ? AND ?
     AND (old IS NOT NULL OR EXISTS (SELECT 1 FROM runs r WHERE r.family = c.family AND r.first_seen < c.at))`,
    [from, to],
    ([family, at]) => {
      timesOf[num(family) === 6 ? 6 : 4].push(num(at));
    },
  );
  const cal = calendarOf(q.tz);
  const step = (ms: number) => (cal.fixed ? ms : undefined);
  const perDay = buckets(from, to, cal.dayStart, cal.nextDay, cal.dayLabel, timesOf, step(DAY_MS));
  const perWeek = buckets(from, to, cal.weekStart, cal.nextWeek, cal.dayLabel, timesOf, step(7 * DAY_MS));
  const perMonth = buckets(from, to, cal.monthStart, cal.nextMonth, (t) => cal.dayLabel(t).slice(0, 7), timesOf);

  // Per day: the monitored time, and the part of it offline, clipped to [from, min(to, now)].
  const end = Math.min(to, now);
  const { monitored, offline } = watchedSpans(db, from, end, now, liveStart);
  // Each day's window, clipped to [from, end]: a day past `end` is an empty window.
  const clip = (t: number) => Math.min(Math.max(t, from), end);
  const edges = perDay.map((d) => clip(d.start));
  if (perDay.length) edges.push(clip(cal.nextDay(perDay[perDay.length - 1]!.start)));
  const offlinePerDay = measureWindows(offline, edges);
  const monitoredPerDay = measureWindows(monitored, edges);
  const uptimeDays = perDay.map((d, i) => {
    const offlineMs = offlinePerDay[i]!;
    const monitoredMs = monitoredPerDay[i]!;
    return { start: d.start, label: d.label, offlineMs, monitoredMs, percent: uptimePercent(offlineMs, monitoredMs) };
  });
  const offlineMs = uptimeDays.reduce((s, d) => s + d.offlineMs, 0);
  const monitoredMs = uptimeDays.reduce((s, d) => s + d.monitoredMs, 0);

  return {
    from,
    to,
    changes: { total: timesOf[4].length + timesOf[6].length, perDay, perWeek, perMonth },
    uptime: {
      percent: uptimePercent(offlineMs, monitoredMs),
      offlineMs,
      monitoredMs,
      until: monitored.length ? Math.min(end, monitored[monitored.length - 1]![1]) : null,
      perDay: uptimeDays,
    },
    families: {
      v4: familyStats(db, 4, from, to, timesOf[4]),
      v6: familyStats(db, 6, from, to, timesOf[6]),
    },
    sources: sourceReport(db, from, to, q.hourly ?? to - from <= HOURLY_MAX_DAYS * DAY_MS),
  };
}

function familyStats(
  db: Database,
  family: (typeof FAMILIES)[number],
  from: number,
  to: number,
  at: number[],
): FamilyStats {
  let first = Infinity;
  let last = -Infinity;
  for (const t of at) {
    first = Math.min(first, t);
    last = Math.max(last, t);
  }
  // A bare column beside max(): SQLite gives the row of the max in one pass, no sort.
  const longest = one(
    db,
    `SELECT ip, first_seen, last_seen, max(last_seen - first_seen) AS span FROM runs
     WHERE family = ? AND last_seen >= ? AND first_seen <= ?`,
    [family, from, to],
  );
  return {
    changes: at.length,
    meanTimeBetweenChangesMs: at.length >= 2 ? Math.round((last - first) / (at.length - 1)) : null,
    longestRun:
      longest && longest.span !== null
        ? {
            ip: str(longest.ip),
            firstSeen: num(longest.first_seen),
            lastSeen: num(longest.last_seen),
            durationMs: num(longest.last_seen) - num(longest.first_seen),
          }
        : null,
  };
}
