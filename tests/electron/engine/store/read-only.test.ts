import { randomBytes } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { importHistoryFile } from '../../../../electron/engine/history-import';
import { HistoryDamagedError } from '../../../../electron/engine/store';
import { migrate, SCHEMA_VERSION } from '../../../../electron/engine/store/migrations';
import { newDatabase } from '../../../../electron/engine/store/sqlite';
import { change, openTest, tempDir, twoDays } from './helpers';

const listing = async (dir: string) => {
  const names = (await readdir(dir, { recursive: true })).sort();
  return Promise.all(names.map(async (n) => [n, (await stat(join(dir, n))).mtimeMs] as const));
};

describe('read-only store', () => {
  it('answers queries, export and backup and leaves every file in the folder as it was', async () => {
    const { clock, dataDir } = await twoDays();
    const before = await listing(dataDir);
    const { store } = await openTest({ dataDir, clock, readOnly: true });
    expect(store.history().items.map((r) => r.ip)).toEqual(['198.51.100.1', '203.0.113.7']);
    // Two rows in the table; the first address is no change.
    expect(store.stats({ days: 30 }).changes.total).toBe(1);
    const copy = join(await tempDir(), 'copy.sqlite');
    await store.backupTo(copy);
    expect((await newDatabase(await readFile(copy))).exec('SELECT count(*) FROM changes')[0]?.values).toEqual([[2]]);
    await store.close();
    expect(await listing(dataDir)).toEqual(before);
  });

  it('refuses every write with a clear message, and close saves nothing', async () => {
    const { clock, dataDir, file } = await twoDays();
    const bytes = await readFile(file);
    const { store } = await openTest({ dataDir, clock, readOnly: true });
    expect(() => store.recordChange(change(4, '198.51.100.1', '192.0.2.9', clock.now()))).toThrow(/read-only/);
    expect(() => store.audit({ actor: 'cli', action: 'x', result: 'ok' })).toThrow(/read-only/);
    await expect(importHistoryFile(store, join(dataDir, 'none.json'))).rejects.toThrow(/read-only/);
    await expect(store.restoreFrom(file)).rejects.toThrow(/read-only/);
    await store.close();
    expect(await readFile(file)).toEqual(bytes);
  });

  it('reports a damaged file and leaves it where it is, instead of recovering it', async () => {
    const { clock, dataDir, file } = await twoDays();
    const bad = randomBytes(8000);
    await writeFile(file, bad);
    const before = await listing(dataDir);
    const err = await openTest({ dataDir, clock, readOnly: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HistoryDamagedError);
    expect(String(err)).toContain(file);
    expect(await readFile(file)).toEqual(bad);
    expect(await listing(dataDir)).toEqual(before);
  });

  it('upgrades an older schema in memory only', async () => {
    const dataDir = await tempDir();
    const file = join(dataDir, 'history.sqlite');
    const db = await newDatabase();
    migrate(db, 1);
    const old = db.export();
    await writeFile(file, old);
    const { store } = await openTest({ dataDir, readOnly: true });
    expect(store.status().schemaVersion).toBe(SCHEMA_VERSION);
    await store.close();
    expect(await readFile(file)).toEqual(Buffer.from(old));
  });

  it('does not create a missing folder', async () => {
    const dataDir = join(await tempDir(), 'absent');
    const { store } = await openTest({ dataDir, readOnly: true });
    expect(store.history().total).toBe(0);
    await store.close();
    await expect(stat(dataDir)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
