import { readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { NewerSchemaError } from '../../../../electron/engine/store';
import { newDatabase } from '../../../../electron/engine/store/sqlite';
import { seeded } from '../../../helpers/random';
import { change, DAY, openTest, twoDays } from './helpers';

const { bytes: randomBytes } = seeded('recovery test');

const damage: [string, (file: string) => Promise<void>][] = [
  ['a truncated file', async (file) => truncate(file, Math.floor((await readFile(file)).length / 3))],
  ['a file of random bytes', async (file) => writeFile(file, randomBytes(20_000))],
  ['an empty file', async (file) => writeFile(file, '')],
];

describe('corruption', () => {
  it.each(damage)('%s falls back to the newest good backup and keeps the bad file', async (_name, spoil) => {
    const { clock, dataDir, file } = await twoDays();
    await spoil(file);
    const bad = await readFile(file);
    const { store, records } = await openTest({ dataDir, clock });
    const recovered = store.status().recovered;
    expect(recovered?.from).toMatch(/backups[\\/]history-2025-01-02\.sqlite$/);
    expect(recovered?.movedTo).toMatch(/history\.sqlite\.corrupt-/);
    expect(await readFile(recovered?.movedTo ?? '')).toEqual(bad);
    expect(store.history().items.map((r) => r.ip)).toEqual(['198.51.100.1', '203.0.113.7']);
    expect(records.some((r) => r.level === 'error' && /moved aside/.test(r.message))).toBe(true);
    // The recovered history is written back at once.
    await store.close();
    expect((await readFile(file)).length).toBeGreaterThan(0);
  });

  it('skips a damaged backup and uses an older one', async () => {
    const { clock, dataDir, file } = await twoDays();
    await clock.advance(DAY);
    const reopened = await openTest({ dataDir, clock });
    reopened.store.recordChange(change(4, '198.51.100.1', '192.0.2.5', clock.now()));
    await reopened.store.close();
    const backups = (await readdir(join(dataDir, 'backups'))).sort();
    expect(backups).toHaveLength(3);
    await writeFile(join(dataDir, 'backups', backups[2] ?? ''), randomBytes(5000));
    await writeFile(file, randomBytes(5000));
    const { store } = await openTest({ dataDir, clock });
    expect(store.status().recovered?.from).toMatch(/history-2025-01-02\.sqlite$/);
    expect(store.history().total).toBe(2);
    await store.close();
  });

  it('starts empty when no backup is usable, still keeping the bad file', async () => {
    const { store: s0, dataDir, clock } = await openTest();
    await s0.close();
    await rm(join(dataDir, 'backups'), { recursive: true });
    const file = join(dataDir, 'history.sqlite');
    await writeFile(file, randomBytes(4096));
    const { store } = await openTest({ dataDir, clock });
    expect(store.status().recovered).toMatchObject({ from: null });
    expect(store.history().total).toBe(0);
    expect((await readdir(dataDir)).filter((n) => n.includes('.corrupt-'))).toHaveLength(1);
    await store.close();
  });

  it('refuses a file from a newer IPWatch and leaves it alone', async () => {
    const { store: s0, dataDir, clock } = await openTest();
    await s0.close();
    const file = join(dataDir, 'history.sqlite');
    const db = await newDatabase(await readFile(file));
    db.run('PRAGMA user_version = 99');
    await writeFile(file, db.export());
    const before = await readFile(file);
    await expect(openTest({ dataDir, clock })).rejects.toBeInstanceOf(NewerSchemaError);
    expect(await readFile(file)).toEqual(before);
    expect((await readdir(dataDir)).filter((n) => n.includes('.corrupt-'))).toEqual([]);
  });
});
