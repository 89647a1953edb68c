import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { parseKey, WrongKeyError } from '../../../../electron/engine/store';
import { seeded } from '../../../helpers/random';
import { change, DAY, openTest } from './helpers';

const { bytes: randomBytes } = seeded('encryption test');

const KEY = randomBytes(32);

describe('encryption at rest', () => {
  it('encrypts the file and its backups, and reopens with the key', async () => {
    const { store, clock, dataDir } = await openTest({ key: () => KEY });
    store.recordChange(change(4, null, '203.0.113.77', clock.now()));
    await store.close();
    const file = await readFile(join(dataDir, 'history.sqlite'));
    expect(file.subarray(0, 8).toString()).toBe('IPWENC01');
    expect(file.includes(Buffer.from('203.0.113.77'))).toBe(false);
    const [backup] = await readdir(join(dataDir, 'backups'));
    expect((await readFile(join(dataDir, 'backups', backup ?? ''))).subarray(0, 8).toString()).toBe('IPWENC01');
    const again = await openTest({ dataDir, clock, key: async () => KEY });
    expect(again.store.status().encrypted).toBe(true);
    expect(again.store.current(4)?.ip).toBe('203.0.113.77');
    await again.store.close();
  });

  it.each([
    ['a wrong key', () => randomBytes(32), /different key/],
    ['no key', () => null, /encrypted but no key/],
  ])('with %s: a clear error and the file untouched', async (_name, key, message) => {
    const first = await openTest({ key: () => KEY });
    first.store.recordChange(change(4, null, '203.0.113.77', first.clock.now()));
    await first.store.close();
    const path = join(first.dataDir, 'history.sqlite');
    const before = await readFile(path);
    const attempt = openTest({ dataDir: first.dataDir, clock: first.clock, key });
    await expect(attempt).rejects.toBeInstanceOf(WrongKeyError);
    await expect(attempt).rejects.toThrow(message);
    expect(await readFile(path)).toEqual(before);
    expect((await readdir(first.dataDir)).filter((n) => n.includes('.corrupt-'))).toEqual([]);
  });

  it('encrypts a plain file on the first save once a key is given', async () => {
    const first = await openTest();
    first.store.recordChange(change(4, null, '203.0.113.77', first.clock.now()));
    await first.store.close();
    const { store } = await openTest({ dataDir: first.dataDir, clock: first.clock, key: () => KEY });
    await store.close();
    expect((await readFile(join(first.dataDir, 'history.sqlite'))).subarray(0, 8).toString()).toBe('IPWENC01');
  });

  it('treats a damaged encrypted file (right key) as corruption and recovers', async () => {
    const first = await openTest({ key: () => KEY });
    first.store.recordChange(change(4, null, '203.0.113.77', first.clock.now()));
    await first.store.close();
    await first.clock.advance(DAY);
    const path = join(first.dataDir, 'history.sqlite');
    const bytes = await readFile(path);
    bytes[bytes.length - 10] = (bytes[bytes.length - 10] ?? 0) ^ 0xff;
    await writeFile(path, bytes);
    const { store } = await openTest({ dataDir: first.dataDir, clock: first.clock, key: () => KEY });
    expect(store.status().recovered?.reason).toMatch(/authentication failed/);
    expect(store.current(4)?.ip).toBe('203.0.113.77');
    await store.close();
  });

  it('parses IPWATCH_DB_KEY as hex or base64 and rejects other lengths', () => {
    expect(parseKey(KEY.toString('hex'))).toEqual(KEY);
    expect(parseKey(KEY.toString('base64'))).toEqual(KEY);
    expect(parseKey('')).toBeNull();
    expect(parseKey(undefined)).toBeNull();
    expect(() => parseKey('abcd')).toThrow(/32 bytes/);
  });
});
