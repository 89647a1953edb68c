/**
 * The recent events the history keeps (shared/contract/events.ts), newest first: each
 * family's last checks (from memory, recent-checks.ts), the last address changes and the last
 * outages (an outage gives its start, and its end once over), the steps of the wall clock. Notices come from the outbox,
 * read by the caller (runtime/services.ts), which redacts them. Each part reads at most
 * `limit` rows, then the newest `limit` of them all are kept. The history's events keep the
 * order of their sequence (sequence.ts); checks are in the order they were made, and the two
 * lists meet by time (shared/merge-in-order.ts), so a clock set back reorders neither.
 */
import { newestEvents, type RecentEvent } from '../../../shared/contract/events';
import { mergeInOrder, newestAtFirst } from '../../../shared/merge-in-order';
import type { Trigger } from '../../../shared/types';
import { changeShift } from './history-query';
import { outageReason } from './outage-cause';
import type { RecentChecks } from './recent-checks';
import { all, type Database, num, str, strOrNull } from './sqlite';

export function queryRecentEvents(db: Database, recent: RecentChecks, limit: number): RecentEvent[] {
  const checks = mergeInOrder(
    ([4, 6] as const).map((family) =>
      // A check that sent no request for want of a source stays `no-source` (not monitored), as on the strip.
      recent
        .list(family, limit)
        .map((c): RecentEvent => ({ type: 'check', at: c.at, family, result: c.result }))
        .reverse(),
    ),
    newestAtFirst,
  );
  // Changes, outages' starts and outages' ends, newest first by the history's sequence (sequence.ts).
  const history = all(
    db,
    `SELECT * FROM (SELECT 'change' AS type, seq AS n, at, family, old, new, trigger, NULL AS start_at, NULL AS cause,
         NULL AS lasted FROM changes ORDER BY seq DESC LIMIT ?1)
     UNION ALL SELECT * FROM (SELECT 'offline', seq, start_at, NULL, NULL, NULL, NULL, start_at, cause, NULL
         FROM outages WHERE offline_before_ms IS NULL ORDER BY seq DESC LIMIT ?1)
     UNION ALL SELECT * FROM (SELECT 'online', end_seq, end_at, NULL, NULL, NULL, NULL, start_at, cause,
         offline_before_ms FROM outages WHERE end_seq IS NOT NULL AND split_end = 0 ORDER BY end_seq DESC LIMIT ?1)
     UNION ALL SELECT * FROM (SELECT 'clockStep', seq, at, NULL, step_ms, NULL, NULL, NULL, NULL, NULL
         FROM clock_steps ORDER BY seq DESC LIMIT ?1)
     ORDER BY n DESC LIMIT ?1`,
    [limit],
  ).map((r): RecentEvent => {
    const at = num(r.at);
    if (r.type === 'offline') {
      const cause = str(r.cause);
      const why = outageReason(cause);
      return why ? { type: 'offline', at, cause, reason: why } : { type: 'offline', at, cause };
    }
    // An outage a clock step cut in two reads as one: its part before the step is not "back
    // online", its part after not a new "offline", and its end counts both parts (clock-steps.ts).
    if (r.type === 'online') return { type: 'online', at, offlineMs: num(r.lasted ?? 0) + at - num(r.start_at) };
    if (r.type === 'clockStep') return { type: 'clockStep', at, stepMs: num(r.old) };
    const family = num(r.family) === 6 ? 6 : 4;
    const [from, to] = [strOrNull(r.old), str(r.new)];
    const network = changeShift(db, family, at, from, to);
    return {
      type: 'change',
      at,
      family,
      from,
      to,
      trigger: str(r.trigger) as Trigger,
      ...(network ? { network } : {}),
    };
  });
  // A change ends the check that found it: at the same time, the change reads first.
  return newestEvents([history, checks], limit);
}
