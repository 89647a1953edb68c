/**
 * Uptime over monitored time: the spans the monitor watched (sessions) and the part of them
 * offline (outages), for any window. The stats (per day) and the dashboard's insight (24 h,
 * 30 d, 1 y) both measure these.
 *
 * Monitored time starts at the first check the history holds: before it nothing was known,
 * so a fresh install's first seconds (or an install that never got to check) are neither
 * online nor offline. Time while stopped or paused lies outside every session (both end it).
 * The percentage and every word about it come from shared/uptime.ts, for every reader alike.
 */
import { intersectSpans, measure, type Span } from '../../../shared/spans';
import { uptimePercent } from '../../../shared/uptime';
import { monitoredSpans } from './sessions';
import { all, type Database, num, numOrNull, one } from './sqlite';

export interface WatchedSpans {
  /** Merged: sorted and disjoint. */
  monitored: Span[];
  /** The monitored time offline, merged. */
  offline: Span[];
}

/**
 * What was watched of [from, end], and offline of that. `liveStart`: start of the session
 * running in this process, which lasts until `now`; an outage still open lasts until `now`.
 */
export function watchedSpans(
  db: Database,
  from: number,
  end: number,
  now: number,
  liveStart: number | null,
): WatchedSpans {
  const first = firstCheckOnClock(db);
  const sessions = first === null ? [] : monitoredSpans(db, from, end, now, liveStart);
  const monitored = intersectSpans(sessions, [[first ?? 0, Number.MAX_SAFE_INTEGER]]);
  // Moved as the sessions are (sessions.ts, clock-steps.ts): an outage and its session share every step since.
  const outages = all(
    db,
    `SELECT start_at, end_at, shift_ms FROM outages
     WHERE start_at + shift_ms <= ? AND (end_at IS NULL OR end_at + shift_ms >= ?)`,
    [end, from],
  ).map((r): Span => {
    const shift = num(r.shift_ms);
    return [num(r.start_at) + shift, r.end_at == null ? now : num(r.end_at) + shift];
  });
  return { monitored, offline: intersectSpans(outages, monitored) };
}

/**
 * The first check the history records: the first address seen (a run's start) or the first
 * check no source answered (an outage's start); null before any.
 */
export function firstCheckAt(db: Database): number | null {
  const r = one(
    db,
    'SELECT min(t) AS t FROM (SELECT min(first_seen) AS t FROM runs UNION ALL SELECT min(start_at) FROM outages)',
  );
  return numOrNull(r?.t);
}

/**
 * firstCheckAt on the present clock, as the spans are measured (clock-steps.ts): an outage moves by
 * its own shift, the first address by the shift of the session it was seen in (the one that ran
 * first, should steps back make two of them cover its stamp).
 */
function firstCheckOnClock(db: Database): number | null {
  const run = numOrNull(one(db, 'SELECT min(first_seen) AS t FROM runs')?.t);
  const outage = numOrNull(one(db, 'SELECT min(start_at + shift_ms) AS t FROM outages')?.t);
  const shift =
    run === null
      ? 0
      : num(
          one(
            db,
            `SELECT shift_ms FROM sessions WHERE start_at <= ?1 AND coalesce(end_at, last_alive) >= ?1
             ORDER BY start_at + shift_ms LIMIT 1`,
            [run],
          )?.shift_ms ?? 0,
        );
  const times = [run === null ? null : run + shift, outage].filter((t): t is number => t !== null);
  return times.length ? Math.min(...times) : null;
}

/** Uptime over [from, end]: monitored and offline time, and the percentage. */
export function uptimeOver(
  db: Database,
  from: number,
  end: number,
  now: number,
  liveStart: number | null,
): { percent: number | null; monitoredMs: number; offlineMs: number } {
  const { monitored, offline } = watchedSpans(db, from, end, now, liveStart);
  const monitoredMs = measure(monitored, from, end);
  const offlineMs = measure(offline, from, end);
  return { percent: uptimePercent(offlineMs, monitoredMs), monitoredMs, offlineMs };
}
