/**
 * The history's one sequence. Every event it keeps (an address run, a change, an outage's start
 * and its end) takes the next number when it is written, so "newest", "current" and a timeline's
 * order are the order things happened here, whatever the wall clock said: a clock set back a day
 * stamps a new change a day before the old one, and its number is still the larger. The stamps
 * (first_seen, at, start_at) stay wall times, to be shown.
 *
 * A new event table adds a seq column in a migration, its [table, column] to SEQUENCED, and takes
 * each row's number from nextSeq (in the same transaction as its insert, as the recorders do).
 */
import { mergeInOrder } from '../../../shared/merge-in-order';
import { all, type Database, num, one } from './sqlite';

/** Every column that holds a number of the sequence. */
export const SEQUENCED: readonly (readonly [table: string, column: string])[] = [
  ['runs', 'seq'],
  ['changes', 'seq'],
  ['outages', 'seq'],
  ['outages', 'end_seq'],
  ['clock_steps', 'seq'],
];

/** The next number of the history's sequence: one past the largest held (each an index's last entry). */
export function nextSeq(db: Database): number {
  const tops = SEQUENCED.map(([table, column]) => `SELECT max(${column}) AS m FROM ${table}`).join(' UNION ALL ');
  return num(one(db, `SELECT coalesce(max(m), 0) + 1 AS n FROM (${tops})`)?.n);
}

/** One numbered event: the row (by its key column) and the column holding its number. */
interface Numbered {
  table: string;
  key: string;
  id: number;
  column: string;
  /** The wall stamp, only to place rows that have no number yet among those that do. */
  t: number;
}

/**
 * Each event's row, stamp and number (null: not numbered yet); changes before the runs they
 * open at the same time, outages' starts before ends. Migration 23 numbered the rows of
 * its day by this order, with its own copy of it (a shipped migration never changes).
 */
const EVENTS = `
  SELECT 'changes' AS tbl, 'id' AS keycol, id, 'seq' AS col, at AS t, seq, 0 AS kind FROM changes
  UNION ALL SELECT 'runs', 'id', id, 'seq', first_seen, seq, 1 FROM runs
  UNION ALL SELECT 'outages', 'start_at', start_at, 'seq', start_at, seq, 2 FROM outages
  UNION ALL SELECT 'outages', 'start_at', start_at, 'end_seq', end_at, end_seq, 3 FROM outages
    WHERE end_at IS NOT NULL
  UNION ALL SELECT 'clock_steps', 'id', id, 'seq', at, seq, 4 FROM clock_steps`;

const toNumbered = (r: Record<string, unknown>): Numbered => ({
  table: String(r.tbl),
  key: String(r.keycol),
  id: num(r.id as number),
  column: String(r.col),
  t: num(r.t as number),
});

/**
 * Numbers the rows an import added (no number yet): among themselves in their time order, and
 * among the numbered ones where their times fall, keeping the numbered rows' own order, so a
 * history's newest stays its newest unless the import brings something later. Renumbers the
 * whole sequence from 1; returns how many rows it numbered. Run inside the import's transaction.
 */
export function numberImported(db: Database): number {
  const kept = all(db, `SELECT * FROM (${EVENTS}) WHERE seq IS NOT NULL ORDER BY seq`).map(toNumbered);
  const added = all(db, `SELECT * FROM (${EVENTS}) WHERE seq IS NULL ORDER BY t, kind, id`).map(toNumbered);
  if (added.length === 0) return 0;
  const order = mergeInOrder([kept, added], (a, b) => a.t - b.t);
  order.forEach((e, i) => db.run(`UPDATE ${e.table} SET ${e.column} = ? WHERE ${e.key} = ?`, [i + 1, e.id]));
  return added.length;
}
