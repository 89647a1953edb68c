/**
 * Refused requests in the audit log (issue 50): a viewer's or a metrics token's change (or a
 * request sent outside) refused at the door (auth-hook.ts), and a dangerous change refused by its
 * rule (guards.ts dangerRefusal, through routes.ts), and a person sign-in with Discord refuses
 * (discord-sign-in/callback.ts, as `session.sign-in`). Each is a `refused` row: who (auth-hook.ts
 * actorOf, or the Discord name and id), what (the contract method) and why, in the words the
 * caller was given.
 *
 * A client retrying a refused request in a loop must not fill the log: the same who and what
 * refused again within a minute of its last refusal counts on the row already written (its detail
 * says how many times, over how long) instead of adding one. A minute without it starts a new
 * row. The rows being counted are kept in memory, at most MAX_COUNTED_REFUSALS; past it the one
 * refused longest ago is forgotten, and its next refusal writes a new row. A refused read writes
 * nothing (a metrics token polling the status is no attempt at anything), and nor does a wrong
 * token: the limit on failures and its count say that (auth-hook.ts).
 */
import { formatDuration } from '../../../shared/words/duration';
import type { Clock } from '../clock';
import type { Logger } from '../logger';

/** A refusal within this long of the last one of the same who and what counts on its row. */
export const REFUSAL_REPEAT_MS = 60_000;
/** Rows being counted (who and what pairs) kept in memory: a few dozen in a home; about 100 KB at most. */
export const MAX_COUNTED_REFUSALS = 256;

/** Where the rows go: the history's audit log (services.ts HistoryService). */
export interface RefusalRows {
  /** Writes a row; its id. */
  write(e: { actor: string; action: string; detail: string; result: 'refused' }): number;
  /** Writes a row's detail again; false when the row is gone (a restore). */
  redetail(id: number, detail: string): boolean;
}

export interface RefusalLog {
  /** A refused request: who (actorOf), what (the contract method's name) and why in words. */
  refused(actor: string, action: string, why: string): void;
}

interface Counted {
  id: number;
  why: string;
  first: number;
  last: number;
  times: number;
}

/** Pure: does a refusal at `now` count on this row (the last of the same who and what, if any)? */
export const countsOn = (row: Pick<Counted, 'last'> | undefined, now: number): boolean =>
  row !== undefined && now >= row.last && now - row.last < REFUSAL_REPEAT_MS;

/** Pure: a row's detail: why, and once repeated how many times over how long. */
export function refusalDetail(why: string, times: number, spanMs: number): string {
  if (times <= 1) return why;
  const over = spanMs < 1000 ? 'under a second' : formatDuration(spanMs);
  return `${why} (refused ${times} times in ${over}, each within a minute of the one before)`;
}

/** The log of refusals over these rows; a row that cannot be written is logged, and the request is refused all the same. */
export function createRefusalLog(rows: RefusalRows, clock: Pick<Clock, 'now'>, logger: Logger): RefusalLog {
  const counted = new Map<string, Counted>();
  const keep = (key: string, row: Counted) => {
    // Map order is the order of last refusal: the first key is the one refused longest ago.
    counted.delete(key);
    counted.set(key, row);
    while (counted.size > MAX_COUNTED_REFUSALS) counted.delete(counted.keys().next().value!);
  };
  return {
    refused(actor, action, why) {
      const key = `${actor}\n${action}`;
      const now = clock.now();
      const row = counted.get(key);
      try {
        if (row && countsOn(row, now)) {
          const next = { ...row, last: now, times: row.times + 1 };
          if (rows.redetail(row.id, refusalDetail(row.why, next.times, now - row.first))) return keep(key, next);
        }
        const id = rows.write({ actor, action, detail: why, result: 'refused' });
        keep(key, { id, why, first: now, last: now, times: 1 });
      } catch (err) {
        logger.error('cannot write the audit log', { error: String(err) });
      }
    },
  };
}
