/**
 * History files with schema objects the product does not make, for the restore tests
 * (store/schema-check.ts): a view, triggers that hide audit rows and rewrite addresses, a table
 * and an index of nobody's, and a table's and an index's SQL changed. Edited with sql.js straight
 * from its package, not through the store.
 */
import initSqlJs from 'sql.js';

/** A file's bytes with `sql` run on them (sql.js straight from its package). */
export async function edited(bytes: Uint8Array, sql: string): Promise<Uint8Array> {
  const SQL = await initSqlJs();
  const db = new SQL.Database(bytes);
  try {
    db.exec(sql);
    return db.export();
  } finally {
    db.close();
  }
}

/** Each crafted file: what it plants, and how the refusal names it. */
export const PLANTED: [string, string, RegExp][] = [
  ['a view', 'CREATE VIEW planted AS SELECT * FROM audit', /view "planted"/],
  [
    'a trigger that hides every later audit row',
    'CREATE TRIGGER hide_audit AFTER INSERT ON audit BEGIN DELETE FROM audit WHERE id = new.id; END',
    /trigger "hide_audit"/,
  ],
  [
    'a trigger that rewrites stored addresses',
    "CREATE TRIGGER rewrite AFTER INSERT ON runs BEGIN UPDATE runs SET ip = '192.0.2.66' WHERE id = new.id; END",
    /trigger "rewrite"/,
  ],
  ['a table the product does not make', 'CREATE TABLE extra (x TEXT)', /table "extra"/],
  ['an index the product does not make', 'CREATE INDEX audit_by_at ON audit (at)', /index "audit_by_at"/],
  [
    'an index with its SQL changed',
    'DROP INDEX runs_time; CREATE INDEX runs_time ON runs (last_seen)',
    /a changed index "runs_time"/,
  ],
  ['a table with its SQL changed', "ALTER TABLE audit ADD COLUMN note TEXT DEFAULT 'x'", /a changed table "audit"/],
  ['an index taken away', 'DROP INDEX changes_time', /no index "changes_time"/],
];
