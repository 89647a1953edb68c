/** The store's wasm memory as the status reports it: known once SQLite is loaded, and it grows with what SQLite holds. */
import { describe, expect, it } from 'vitest';

import { newDatabase, wasmMemoryBytes } from '../../../../electron/engine/store/sqlite';

const WASM_PAGE = 64 * 1024;

describe('wasmMemoryBytes', () => {
  it('reports the loaded memory in whole wasm pages, and its growth when SQLite needs more at once', async () => {
    const db = await newDatabase();
    const before = wasmMemoryBytes();
    expect(before).toBeGreaterThan(1024 * 1024);
    expect(before % WASM_PAGE).toBe(0);
    // A value larger than the whole memory, built inside SQLite (a database's pages live in JS buffers, not here).
    expect(db.exec('SELECT length(randomblob(?))', [2 * before])[0]?.values).toEqual([[2 * before]]);
    expect(wasmMemoryBytes()).toBeGreaterThan(before);
    expect(wasmMemoryBytes() % WASM_PAGE).toBe(0);
    db.close();
  });
});
