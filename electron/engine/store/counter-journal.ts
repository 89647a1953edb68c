/**
 * The counters' journal, DATA_DIR/history.sqlite.counters. sql.js can only save by rewriting
 * the whole file, too much work for what one check changes. So a few minutes of counters (checks
 * extending a run, the session's last sign of life, source attempts) goes to this small file
 * instead: every row written since the last full save, as it is now. A full save still comes
 * for every event, at least once an hour, and on a clean stop; it makes the journal obsolete.
 *
 * The journal names the file it extends (a hash of its bytes) and its schema version. At open,
 * before migrations, it is replayed only onto that very file: after a full save, a recovery
 * from a backup or a restore, it no longer matches and is ignored. Rows hold absolute values, so
 * replaying twice changes nothing. It is encrypted like the history when the history is.
 */
import { createHash } from 'node:crypto';

import type { Database, SqlValue } from './sqlite';
import type { Statements } from './statements';

export type Cell = number | string | null | { b64: string };
/** A row as it is now (`row`), or deleted (no `row`). */
export interface JournalRow {
  t: string;
  id: number;
  row?: Record<string, Cell>;
}
export interface Journal {
  v: 1;
  /** baseId() of the history file this journal extends. */
  base: string;
  schema: number;
  at: number;
  rows: JournalRow[];
}

export const baseId = (fileBytes: Uint8Array): string =>
  createHash('sha256').update(fileBytes).digest('hex').slice(0, 32);

const key = (t: string, id: number) => `${t}\u0000${id}`;
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

const toCell = (v: SqlValue): Cell => (v instanceof Uint8Array ? { b64: Buffer.from(v).toString('base64') } : v);
const fromCell = (c: Cell): SqlValue => (c !== null && typeof c === 'object' ? Buffer.from(c.b64, 'base64') : c);

/** Every row written since the last full save, from SQLite's update hook. */
export class RowTracker {
  private touched = new Map<string, { t: string; id: number }>();
  private saving: Map<string, { t: string; id: number }> | null = null;

  attach(db: Database): void {
    this.touched.clear();
    db.updateHook((_op, _db, t, id) => void this.touched.set(key(t, id), { t, id }));
  }

  get size(): number {
    return this.touched.size + (this.saving?.size ?? 0);
  }

  /** A full save snapshots now: what it holds is no longer the journal's. */
  saveStarted(): void {
    this.saving = this.touched;
    this.touched = new Map();
  }

  /** A failed save gives its rows back. */
  saveEnded(ok: boolean): void {
    if (!ok && this.saving) for (const [k, v] of this.saving) if (!this.touched.has(k)) this.touched.set(k, v);
    this.saving = null;
  }

  /** The touched rows as they are now. */
  rows(stmts: Statements): JournalRow[] {
    const all = new Map([...(this.saving ?? []), ...this.touched]);
    const out: JournalRow[] = [];
    for (const { t, id } of all.values()) {
      const found = stmts.firstObject(`SELECT * FROM ${quote(t)} WHERE rowid = ?`, [id]);
      if (!found) {
        out.push({ t, id });
        continue;
      }
      const row: Record<string, Cell> = {};
      for (const c in found) row[c] = toCell(found[c]!);
      out.push({ t, id, row });
    }
    return out;
  }
}

/** The journal from its (decrypted) bytes, or why it cannot be used. Pure. */
export function parseJournal(text: string): Journal | string {
  let j: unknown;
  try {
    j = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  const o = j as Partial<Journal>;
  if (o?.v !== 1 || typeof o.base !== 'string' || typeof o.schema !== 'number' || !Array.isArray(o.rows))
    return 'not a counters journal of this version';
  for (const r of o.rows as unknown[]) {
    const row = r as Partial<JournalRow>;
    if (typeof row?.t !== 'string' || !Number.isSafeInteger(row.id)) return 'a row without table or id';
    if (row.row !== undefined && (typeof row.row !== 'object' || row.row === null))
      return 'a row that is not an object';
  }
  return o as Journal;
}

/**
 * Puts the journal's rows into the database, in one transaction: all or nothing. Tables and
 * columns must exist (a journal is never trusted to name them). Returns the rows applied.
 */
export function replayJournal(db: Database, journal: Journal): number {
  const columns = new Map<string, Set<string>>();
  const colsOf = (t: string): Set<string> => {
    let cols = columns.get(t);
    if (!cols) {
      const info = db.exec(`PRAGMA table_info(${quote(t)})`)[0];
      if (!info) throw new Error(`no table ${t}`);
      cols = new Set(info.values.map((v) => String(v[1])));
      columns.set(t, cols);
    }
    return cols;
  };
  db.run('BEGIN');
  try {
    for (const r of journal.rows) {
      const cols = colsOf(r.t);
      if (!r.row) {
        db.run(`DELETE FROM ${quote(r.t)} WHERE rowid = ?`, [r.id]);
        continue;
      }
      const names = Object.keys(r.row);
      for (const n of names) if (!cols.has(n)) throw new Error(`no column ${r.t}.${n}`);
      const values = names.map((n) => fromCell(r.row![n]!));
      db.run(`UPDATE ${quote(r.t)} SET ${names.map((n) => `${quote(n)} = ?`).join(', ')} WHERE rowid = ?`, [
        ...values,
        r.id,
      ]);
      if (db.getRowsModified() === 0)
        db.run(
          `INSERT INTO ${quote(r.t)} (rowid, ${names.map(quote).join(', ')}) VALUES (?, ${names.map(() => '?').join(', ')})`,
          [r.id, ...values],
        );
    }
    db.run('COMMIT');
  } catch (err) {
    db.run('ROLLBACK');
    throw err;
  }
  return journal.rows.length;
}
