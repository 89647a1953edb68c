/**
 * The one place that loads sql.js. The wasm is located through Node's resolver so the same
 * code runs under tsx, plain node and the bundled app; the init promise is cached because
 * compiling the wasm costs tens of milliseconds and every store in a process can share it.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

import initSqlJs from 'sql.js';
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';

export type { Database, SqlValue };

let loading: Promise<SqlJsStatic> | null = null;
/** SQLite's wasm memory once loaded: it only grows, so its size is what the store has ever needed at once. */
let memory: { buffer: ArrayBuffer } | null = null;

/** The two WebAssembly calls used here: the Node side's TypeScript libs do not declare them (the DOM lib does). */
interface Wasm {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: Record<string, unknown> } }>;
  Memory: abstract new (...args: never[]) => { buffer: ArrayBuffer };
}
const wasm = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;

/** The size of the store's wasm memory in bytes (reserved, not all of it resident); 0 before the first store opens. */
export function wasmMemoryBytes(): number {
  return memory?.buffer.byteLength ?? 0;
}

export function loadSql(): Promise<SqlJsStatic> {
  if (!loading) {
    loading = (async () => {
      const wasmPath = createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm');
      const bytes = await readFile(wasmPath);
      // Instantiated here rather than by sql.js only to keep a handle on its memory, for the status.
      let failed: (err: unknown) => void = () => undefined;
      const failure = new Promise<never>((_, reject) => (failed = reject));
      const instantiateWasm = (imports: object, done: (instance: never) => void) => {
        wasm.instantiate(bytes, imports).then(({ instance }) => {
          memory = Object.values(instance.exports).find((e) => e instanceof wasm.Memory) ?? null;
          done(instance as never);
        }, failed);
        return undefined;
      };
      return Promise.race([initSqlJs({ instantiateWasm }), failure]);
    })();
    // A failed load must not poison every later attempt in a long-lived process.
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

/** A configured database: empty, or opened from file bytes. */
export async function newDatabase(bytes?: Uint8Array): Promise<Database> {
  const SQL = await loadSql();
  return configure(new SQL.Database(bytes ?? null));
}

export type Row = Record<string, SqlValue>;

/**
 * Connection settings, applied to every database opened (they are not stored in the file).
 * The rollback journal and temp tables stay in memory: the database lives in memory anyway,
 * durability comes from the atomic file write, and MEMFS journal files cost a file
 * create/delete per transaction.
 */
export function configure(db: Database): Database {
  db.run('PRAGMA journal_mode = MEMORY');
  db.run('PRAGMA temp_store = MEMORY');
  return db;
}

/** Runs a query and returns every row as an object (small result sets only). */
export function all(db: Database, sql: string, params: SqlValue[] = []): Row[] {
  const stmt = db.prepare(sql);
  try {
    stmt.bind(params);
    const rows: Row[] = [];
    // get() plus names read once: getAsObject() asks sqlite for the names on every row,
    // which made a few thousand rows cost tens of milliseconds.
    let names: string[] | null = null;
    while (stmt.step()) {
      names ??= stmt.getColumnNames();
      const values = stmt.get();
      const row: Row = {};
      for (let i = 0; i < names.length; i++) row[names[i] ?? ''] = values[i] ?? null;
      rows.push(row);
    }
    return rows;
  } finally {
    stmt.free();
  }
}

/** Runs a query and hands each row's values to `fn` in column order (no object per row). */
export function each(db: Database, sql: string, params: SqlValue[], fn: (values: SqlValue[]) => void): void {
  const stmt = db.prepare(sql);
  try {
    stmt.bind(params);
    while (stmt.step()) fn(stmt.get());
  } finally {
    stmt.free();
  }
}

export function one(db: Database, sql: string, params: SqlValue[] = []): Row | undefined {
  return all(db, sql, params)[0];
}

/**
 * Another program's database from its bytes, to read (the history importer's seed reader);
 * null when the bytes are not an SQLite database. The caller closes it.
 */
export async function readForeignDatabase(
  bytes: Uint8Array,
): Promise<{ all(sql: string): Row[]; close(): void } | null> {
  const SQL = await loadSql();
  let db: Database | null = null;
  try {
    db = new SQL.Database(bytes);
    db.exec('SELECT count(*) FROM sqlite_master');
  } catch {
    db?.close();
    return null;
  }
  const open = db;
  return { all: (sql) => all(open, sql), close: () => open.close() };
}

/** Runs `fn` in a transaction; any throw rolls everything back, so a failed import changes nothing. */
export function transaction<T>(db: Database, fn: () => T): T {
  db.run('BEGIN');
  try {
    const out = fn();
    db.run('COMMIT');
    return out;
  } catch (err) {
    db.run('ROLLBACK');
    throw err;
  }
}

export const num = (v: SqlValue | undefined): number => (typeof v === 'number' ? v : Number(v ?? 0));
export const str = (v: SqlValue | undefined): string => (v == null ? '' : String(v));
export const strOrNull = (v: SqlValue | undefined): string | null => (v == null ? null : String(v));
export const numOrNull = (v: SqlValue | undefined): number | null => (v == null ? null : Number(v));
