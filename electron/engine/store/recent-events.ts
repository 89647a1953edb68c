/**
 * The recent events the history keeps (shared/contract/events.ts), newest first: each
 * family's last checks (from memory, recent-checks.ts), the last address changes and the last
 * outages (an outage gives its start, and its end once over), the steps of the wall clock. Notices come from the outbox,
 * read by the caller (runtime/services.ts), which redacts them. Each part reads at most
 * `limit` rows, then the newest `limit` of them all are kept.
 */
import { newestEvents, type RecentEvent } from '../../../shared/contract/events';
import type { Trigger } from '../../../shared/types';
import { recentClockSteps } from './clock-steps';
import type { RecentChecks } from './recent-checks';
import { all, type Database, num, numOrNull, str, strOrNull } from './sqlite';

export function queryRecentEvents(db: Database, recent: RecentChecks, limit: number): RecentEvent[] {
  const checks = ([4, 6] as const).flatMap((family) =>
    // A check that sent no request for want of a source stays `no-source` (not monitored), as on the strip.
    recent.list(family, limit).map((c): RecentEvent => ({ type: 'check', at: c.at, family, result: c.result })),
  );
  const changes = all(db, 'SELECT family, old, new, at, trigger FROM changes ORDER BY at DESC LIMIT ?', [limit]).map(
    (r): RecentEvent => ({
      type: 'change',
      at: num(r.at),
      family: num(r.family) === 6 ? 6 : 4,
      from: strOrNull(r.old),
      to: str(r.new),
      trigger: str(r.trigger) as Trigger,
    }),
  );
  const outages = all(db, 'SELECT start_at, end_at, cause FROM outages ORDER BY start_at DESC LIMIT ?', [
    limit,
  ]).flatMap((r): RecentEvent[] => {
    const start = num(r.start_at);
    const end = numOrNull(r.end_at);
    const offline: RecentEvent = { type: 'offline', at: start, cause: str(r.cause) };
    return end === null ? [offline] : [{ type: 'online', at: end, offlineMs: end - start }, offline];
  });
  // A change ends the check that found it: at the same time, the change reads first.
  return newestEvents([changes, outages, recentClockSteps(db, limit), checks], limit);
}
