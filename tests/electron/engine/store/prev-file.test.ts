import { randomBytes } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { keepPrevious } from '../../../../electron/engine/store/atomic-file';
import { change, MIN, openTest, tempDir } from './helpers';

const ADDRESSES = ['203.0.113.1', '203.0.113.2', '203.0.113.3', '203.0.113.4', '203.0.113.5'];

describe('the copy kept by each save (history.sqlite.prev)', () => {
  it('a file damaged after several saves of one day is recovered losing at most the last save', async () => {
    const { store, clock, dataDir } = await openTest();
    let from: string | null = null;
    for (const ip of ADDRESSES) {
      store.recordChange(change(4, from, ip, clock.now()));
      await store.flush();
      from = ip;
      clock.advance(10 * MIN);
    }
    await store.close();
    const file = join(dataDir, 'history.sqlite');
    await writeFile(file, randomBytes(6000));

    const { store: again } = await openTest({ dataDir, clock });
    expect(again.status().recovered?.from).toBe(join(dataDir, 'history.sqlite.prev'));
    const ips = again.history({ limit: 100 }).items.map((r) => r.ip);
    // Everything but the last save is there.
    expect(ips).toEqual(expect.arrayContaining(ADDRESSES.slice(0, -1)));
    await again.close();
  });

  it('is a whole file equal to the previous save, and no temp file is left', async () => {
    const { store, clock, dataDir } = await openTest();
    store.recordChange(change(4, null, ADDRESSES[0]!, clock.now()));
    await store.flush();
    const first = await readFile(join(dataDir, 'history.sqlite'));
    store.recordChange(change(4, ADDRESSES[0]!, ADDRESSES[1]!, clock.now() + MIN));
    await store.flush();
    expect(await readFile(join(dataDir, 'history.sqlite.prev'))).toEqual(first);
    expect((await readdir(dataDir)).filter((n) => n.includes('.tmp-'))).toEqual([]);
    await store.close();
  });
});

describe('keepPrevious', () => {
  it('over a copy that is already a link to the file (the save after a failed one) leaves no temp link', async () => {
    const dataDir = await tempDir();
    const file = join(dataDir, 'history.sqlite');
    const prev = join(dataDir, 'history.sqlite.prev');
    await writeFile(file, 'saved');
    // Each failed save on a full disk keeps the unchanged file again: rename(2) of a link over a
    // link to the same file does nothing and leaves the temp name, an old history's second name.
    for (let i = 0; i < 3; i++) await keepPrevious(file, prev);
    expect((await readdir(dataDir)).sort()).toEqual(['history.sqlite', 'history.sqlite.prev']);
    expect((await stat(file)).nlink).toBe(2);
    expect(await readFile(prev, 'utf8')).toBe('saved');
  });
});
