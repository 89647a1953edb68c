/**
 * Prepared statements kept for reuse. sql.js compiles the SQL again on every run(), and the
 * same dozen statements run at every counters journal (every few minutes while checks only
 * bump counters): compiling them again each time would be much of a journal's work.
 *
 * Tied to one database: a restore replaces it, and then the cache starts over. sql.js's
 * export() (a full save) frees every statement of its database, so clear() comes first.
 * Every use resets its statement, so none is ever left open across a transaction or a save.
 */
import type { Database, SqlValue, Statement } from 'sql.js';

export class Statements {
  private db: Database | null = null;
  private readonly cache = new Map<string, Statement>();
  /** Column names per SQL, read once. */
  private readonly names = new Map<string, string[]>();

  constructor(private readonly current: () => Database) {}

  /** Runs a statement that returns nothing. */
  run(sql: string, params: SqlValue[]): void {
    this.prepared(sql).run(params);
  }

  /** The first row's values in column order, or null when there is none. */
  first(sql: string, params: SqlValue[]): SqlValue[] | null {
    const stmt = this.prepared(sql);
    try {
      stmt.bind(params);
      return stmt.step() ? stmt.get() : null;
    } finally {
      stmt.reset();
    }
  }

  /** The first row as an object, or null when there is none. */
  firstObject(sql: string, params: SqlValue[]): Record<string, SqlValue> | null {
    const values = this.first(sql, params);
    if (!values) return null;
    let names = this.names.get(sql);
    if (!names) this.names.set(sql, (names = this.prepared(sql).getColumnNames()));
    const row: Record<string, SqlValue> = {};
    for (let i = 0; i < names.length; i++) row[names[i]!] = values[i] ?? null;
    return row;
  }

  /** Frees every kept statement: before export(), and when the database goes. */
  clear(): void {
    for (const stmt of this.cache.values()) stmt.free();
    this.cache.clear();
    this.names.clear();
  }

  private prepared(sql: string): Statement {
    const db = this.current();
    if (db !== this.db) {
      // A replaced database: its statements went with it (sql.js frees them on close).
      this.clear();
      this.db = db;
    }
    let stmt = this.cache.get(sql);
    if (!stmt) this.cache.set(sql, (stmt = db.prepare(sql)));
    return stmt;
  }
}
