/**
 * A loop in the audit log on one row (issues 50 and 58): the same who doing the same thing again
 * within a minute of the last time counts on the row already written (its detail says how many
 * times, over how long) instead of adding one, so a client in a loop cannot fill the log and push
 * older rows past its bound (store/audit.ts). A minute without it starts a new row. The rows being
 * counted are kept in memory, at most MAX_COUNTED_ROWS; past it the one repeated longest ago is
 * forgotten, and its next time writes a new row. The minute and the span are measured on the
 * monotonic clock, so a wall clock set back or forward neither splits a loop nor joins two
 * (docs/development.md "Two clocks"). Refused requests (refusals.ts), sign-ins,
 * sign-outs and sign-outs everywhere (sign-in-log.ts, issue 73) are counted so.
 */
import type { WireReason } from '../../../../shared/contract/reason';
import { english } from '../../../../shared/i18n/translators';
import { type Repeated, type RepeatVerb, repeatWords } from '../../../../shared/words/audit-repeated';
import type { Clock } from '../../clock';
import type { Logger } from '../../logger';

/** A repeat within this long of the last one of the same who and what counts on its row. */
export const REPEAT_MS = 60_000;
/** Rows being counted (who and what pairs) kept in memory: a few dozen in a home; about 100 KB at most. */
export const MAX_COUNTED_ROWS = 256;

/** A row: `reason`, when given, the detail as a code (`detail` its English, as first written). */
export interface AuditRow {
  actor: string;
  action: string;
  /** null: the row has none of its own (a sign-out), only its count once repeated. */
  detail: string | null;
  result: string;
  reason?: WireReason;
}

/** Where the rows go: the history's audit log (services.ts HistoryService). */
export interface AuditRows {
  /** Writes a row; its id. */
  write(e: AuditRow): number;
  /** Writes a row's detail again, and its count (said in the reader's language); false when the row is gone (a restore). */
  redetail(id: number, detail: string, repeated?: Repeated): boolean;
}

/** A row's words once repeated: the first detail, how many times (`verb`: "refused"), over how long. */
export type RepeatWords = (detail: string | null, times: number, spanMs: number) => string;

export interface RepeatedRows {
  /** Writes this row, or counts it on the row of the same `key` (who and what) written within a minute. */
  write(key: string, e: AuditRow): void;
}

interface Counted {
  id: number;
  detail: string | null;
  /** Monotonic readings (Clock.monotonic) of the first and the last time. */
  first: number;
  last: number;
  times: number;
}

/** Pure: does a repeat at monotonic `monotonic` count on this row (the last of the same who and what, if any)? */
export const countsOn = (row: Pick<Counted, 'last'> | undefined, monotonic: number): boolean =>
  row !== undefined && monotonic >= row.last && monotonic - row.last < REPEAT_MS;

/** Pure: a row's detail: as first written, and once repeated what was done how many times over how long. */
export function repeatDetail(detail: string | null, verb: RepeatVerb, times: number, spanMs: number): string {
  if (times <= 1) return detail ?? '';
  const count = repeatWords(verb, { times, spanMs }, english);
  return detail ? `${detail} ${count}` : count;
}

/** Rows counted so over these; a row that cannot be written is logged, and the caller goes on all the same. */
export function createRepeatedRows(
  rows: AuditRows,
  clock: Pick<Clock, 'monotonic'>,
  logger: Logger,
  words: RepeatWords,
): RepeatedRows {
  const counted = new Map<string, Counted>();
  const keep = (key: string, row: Counted) => {
    // Map order is the order of last repeat: the first key is the one repeated longest ago.
    counted.delete(key);
    counted.set(key, row);
    while (counted.size > MAX_COUNTED_ROWS) counted.delete(counted.keys().next().value!);
  };
  return {
    write(key, e) {
      const at = clock.monotonic();
      const row = counted.get(key);
      try {
        if (row && countsOn(row, at)) {
          const next = { ...row, last: at, times: row.times + 1 };
          const repeated = { times: next.times, spanMs: at - row.first };
          if (rows.redetail(row.id, words(row.detail, repeated.times, repeated.spanMs), repeated))
            return keep(key, next);
        }
        const id = rows.write(e);
        keep(key, { id, detail: e.detail, first: at, last: at, times: 1 });
      } catch (err) {
        logger.error('cannot write the audit log', { error: String(err) });
      }
    },
  };
}
