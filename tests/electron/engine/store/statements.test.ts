/** Kept statements: reused across calls, never left open, and safe across export() and a replaced database. */
import { describe, expect, it } from 'vitest';

import { newDatabase } from '../../../../electron/engine/store/sqlite';
import { Statements } from '../../../../electron/engine/store/statements';

async function seeded() {
  const db = await newDatabase();
  db.run('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, n INTEGER)');
  db.run("INSERT INTO t (name, n) VALUES ('a', 1), ('b', 2)");
  return db;
}

describe('Statements', () => {
  it('runs, reads the first row and names its columns', async () => {
    const db = await seeded();
    const stmts = new Statements(() => db);
    stmts.run('UPDATE t SET n = ? WHERE id = ?', [5, 1]);
    expect(stmts.first('SELECT name, n FROM t WHERE id = ?', [1])).toEqual(['a', 5]);
    expect(stmts.firstObject('SELECT * FROM t WHERE id = ?', [2])).toEqual({ id: 2, name: 'b', n: 2 });
    expect(stmts.first('SELECT name FROM t WHERE id = ?', [9])).toBeNull();
    expect(stmts.firstObject('SELECT * FROM t WHERE id = ?', [9])).toBeNull();
  });

  it('leaves no statement open: the table it read can be dropped at once', async () => {
    const db = await seeded();
    const stmts = new Statements(() => db);
    // A two-row result read for its first row only: a statement left stepping would lock t.
    expect(stmts.first('SELECT id FROM t ORDER BY id', [])).toEqual([1]);
    expect(() => db.run('DROP TABLE t')).not.toThrow();
  });

  it('prepares again after export(), which frees every statement', async () => {
    const db = await seeded();
    const stmts = new Statements(() => db);
    expect(stmts.first('SELECT n FROM t WHERE id = ?', [1])).toEqual([1]);
    stmts.clear();
    const bytes = db.export();
    expect(bytes.byteLength).toBeGreaterThan(0);
    stmts.run('UPDATE t SET n = ? WHERE id = ?', [7, 1]);
    expect(stmts.first('SELECT n FROM t WHERE id = ?', [1])).toEqual([7]);
  });

  it('follows a replaced database', async () => {
    let db = await seeded();
    const stmts = new Statements(() => db);
    expect(stmts.first('SELECT name FROM t WHERE id = ?', [1])).toEqual(['a']);
    const other = await seeded();
    other.run("UPDATE t SET name = 'z' WHERE id = 1");
    db.close();
    db = other;
    expect(stmts.first('SELECT name FROM t WHERE id = ?', [1])).toEqual(['z']);
  });

  it("throws SQLite's error for bad SQL and keeps working", async () => {
    const db = await seeded();
    const stmts = new Statements(() => db);
    expect(() => stmts.run('UPDATE nope SET n = 1', [])).toThrow(/no such table: nope/);
    expect(stmts.first('SELECT COUNT(*) FROM t', [])).toEqual([2]);
  });
});
