/**
 * The dashboard's insight (shared/contract/insight.ts) from the store: uptime over the last
 * day, month and year, each family's recent checks, the mean time an address is held and the
 * latest outages. Each part reads a few rows: sessions and outages of the window, one
 * aggregate over a family's runs, the recent checks from memory.
 */
import { UPTIME_WINDOWS } from '../../../shared/contract/insight';
import type { Family } from '../../../shared/types';
import { meanHeld } from '../../../shared/uptime';
import { DAY_MS } from './context';
import type { Insight, InsightQuery } from './history-types';
import { outageReason } from './outage-cause';
import type { RecentChecks } from './recent-checks';
import { all, type Database, num, numOrNull, one, str } from './sqlite';
import { firstCheckAt, uptimeOver } from './uptime';

/**
 * An address is held from its first sighting until the next address's first sighting: the
 * mean over a family's runs but the last (still held) is the span from the first run's start
 * to the last run's start, over the number of changes between.
 */
function heldOf(db: Database, family: Family): Insight['held']['v4'] {
  const r = one(db, 'SELECT count(*) AS n, min(first_seen) AS lo, max(first_seen) AS hi FROM runs WHERE family = ?', [
    family,
  ]);
  return meanHeld(num(r?.n), num(r?.lo), num(r?.hi));
}

function outagesOf(db: Database, now: number, limit: number): Insight['outages'] {
  const items = all(db, 'SELECT start_at, end_at, cause FROM outages ORDER BY start_at DESC LIMIT ?', [limit]).map(
    (r) => {
      const start = num(r.start_at);
      const end = numOrNull(r.end_at);
      const cause = str(r.cause);
      const reason = outageReason(cause);
      return { start, end, durationMs: Math.max(0, (end ?? now) - start), cause, ...(reason ? { reason } : {}) };
    },
  );
  return { items, total: num(one(db, 'SELECT count(*) AS n FROM outages')?.n) };
}

/** `liveStart`: start of the session running in this process, which lasts until `now`. */
export function queryInsight(
  db: Database,
  now: number,
  recent: RecentChecks,
  q: InsightQuery = {},
  liveStart: number | null = null,
): Insight {
  const checks = q.checks ?? 50;
  return {
    at: now,
    firstCheckAt: firstCheckAt(db),
    uptime: UPTIME_WINDOWS.map(({ label, days }) => {
      const from = now - days * DAY_MS;
      return { label, days, from, ...uptimeOver(db, from, now, now, liveStart) };
    }),
    checks: { v4: recent.list(4, checks), v6: recent.list(6, checks) },
    held: { v4: heldOf(db, 4), v6: heldOf(db, 6) },
    outages: outagesOf(db, now, q.outages ?? 10),
  };
}
