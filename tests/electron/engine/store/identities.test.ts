/**
 * The network identity kept beside each run: stamped when a run starts, filled in for runs of a
 * store made by the previous schema, for imported runs and for a restored file; with the real
 * lookup over the shipped databases.
 */
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';

import { afterAll, describe, expect, it } from 'vitest';

import { importHistoryFile } from '../../../../electron/engine/history-import';
import { createIdentityLookup } from '../../../../electron/engine/identity';
import { migrate, SCHEMA_VERSION } from '../../../../electron/engine/store/migrations';
import { newDatabase } from '../../../../electron/engine/store/sqlite';
import { change, DAY, openTest, tempDir } from './helpers';

const lookup = createIdentityLookup();
afterAll(() => lookup.close());
const identify = (ip: string) => lookup.lookup(ip);

const DTAG = { asn: 3320, org: 'Deutsche Telekom AG', country: 'DE', vpn: null, block: '79.192.0.0/10' };
const DTAG6 = { ...DTAG, block: '2003::/23' };
const GOOGLE = { asn: 15169, org: 'Google LLC', country: 'US', vpn: 'hosting-asn', block: '8.8.8.0/24' };

describe('identity beside the address', () => {
  it('stamps each run as it starts; an address nothing is known of stays without one', async () => {
    const { store, clock } = await openTest({ identify });
    store.recordChange(change(4, null, '79.192.1.1', clock.now()));
    await clock.advance(DAY);
    store.recordChange(change(4, '79.192.1.1', '8.8.8.8', clock.now()));
    store.recordChange(change(6, null, '2003::1', clock.now()));
    store.recordChange(change(4, '8.8.8.8', '203.0.113.9', clock.now() + 1));
    const items = Object.fromEntries(store.history().items.map((e) => [e.ip, e.identity]));
    expect(items).toEqual({ '203.0.113.9': null, '8.8.8.8': GOOGLE, '2003::1': DTAG6, '79.192.1.1': DTAG });
    await store.close();
  });

  it('fills in the runs of a store made by the previous schema, and keeps every row', async () => {
    const dataDir = await tempDir();
    const db = await newDatabase();
    migrate(db, SCHEMA_VERSION - 1);
    const rows = [
      [4, '79.192.1.1', 1_000, 2_000],
      [4, '8.8.8.8', 3_000, 4_000],
      [6, '2003::1', 1_000, 4_000],
      [4, '203.0.113.1', 5_000, 6_000],
    ] as const;
    for (const [family, ip, first, last] of rows)
      db.run('INSERT INTO runs (family, ip, first_seen, last_seen, checks) VALUES (?, ?, ?, ?, 2)', [
        family,
        ip,
        first,
        last,
      ]);
    await writeFile(join(dataDir, 'history.sqlite'), db.export());
    db.close();

    const { store } = await openTest({ dataDir, identify });
    expect(store.status().schemaVersion).toBe(SCHEMA_VERSION);
    const byIp = Object.fromEntries(store.history().items.map((e) => [e.ip, e]));
    expect(Object.keys(byIp).sort()).toEqual(['2003::1', '203.0.113.1', '79.192.1.1', '8.8.8.8']);
    expect(byIp['79.192.1.1']).toMatchObject({ firstSeen: 1_000, lastSeen: 2_000, checks: 2, identity: DTAG });
    expect(byIp['2003::1']?.identity).toEqual(DTAG6);
    expect(byIp['8.8.8.8']?.identity).toEqual(GOOGLE);
    expect(byIp['203.0.113.1']?.identity).toBeNull();
    await store.close();

    // Saved: a store opened without a lookup reads the identities back from the file.
    const again = await openTest({ dataDir, readOnly: true });
    expect(again.store.history().items.find((e) => e.ip === '79.192.1.1')?.identity).toEqual(DTAG);
    await again.store.close();
  });

  it('reads the flags kept from an older list again when it opens: HE is no longer flagged, WARP and Google stay', async () => {
    const dataDir = await tempDir();
    const db = await newDatabase();
    migrate(db, SCHEMA_VERSION);
    const he = identify('2001:470::1');
    expect(he).toMatchObject({ asn: 6939, vpn: null });
    const rows = [
      [6, '2001:470::1', 1_000, 6939, 'Hurricane Electric LLC', 'hosting-asn'],
      [4, '8.8.8.8', 2_000, 15169, 'Google LLC', 'hosting-asn'],
      [4, '79.192.1.1', 3_000, 3320, 'Deutsche Telekom AG', 'warp'],
    ] as const;
    for (const [family, ip, at, asn, org, vpn] of rows)
      db.run(
        'INSERT INTO runs (family, ip, first_seen, last_seen, checks, asn, org, country, vpn) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?)',
        [family, ip, at, at + 500, asn, org, 'US', vpn],
      );
    await writeFile(join(dataDir, 'history.sqlite'), db.export());
    db.close();

    const { store } = await openTest({ dataDir, identify });
    const flags = Object.fromEntries(store.history().items.map((e) => [e.ip, e.identity?.vpn]));
    expect(flags).toEqual({ '2001:470::1': null, '8.8.8.8': 'hosting-asn', '79.192.1.1': 'warp' });
    await store.close();
  });

  it('gives imported runs their identity', async () => {
    const source = await openTest();
    source.store.recordChange(change(4, null, '79.192.1.1', source.clock.now()));
    source.store.recordChange(change(4, '79.192.1.1', '8.8.8.8', source.clock.now() + DAY));
    expect(source.store.history().items.every((e) => e.identity === null)).toBe(true);
    const file = join(source.dataDir, 'export.json');
    const out = createWriteStream(file);
    await source.store.exportTo(out, 'json');
    out.end();
    await finished(out);
    await source.store.close();

    const target = await openTest({ identify });
    const result = await importHistoryFile(target.store, file);
    expect(result).toMatchObject({ format: 'ipwatch' });
    const identities = target.store.history().items.map((e) => [e.ip, e.identity]);
    expect(identities).toEqual([
      ['8.8.8.8', GOOGLE],
      ['79.192.1.1', DTAG],
    ]);
    await target.store.close();
  });

  it('gives the runs of a restored backup their identity', async () => {
    const source = await openTest();
    source.store.recordChange(change(6, null, '2003::1', source.clock.now()));
    const backup = join(source.dataDir, 'backup.sqlite');
    await source.store.backupTo(backup);
    await source.store.close();

    const target = await openTest({ identify });
    await target.store.restoreFrom(backup);
    expect(target.store.history().items.map((e) => e.identity)).toEqual([DTAG6]);
    await target.store.close();
  });

  it('fills in the announced prefix of runs kept with their AS but no block, where the table still gives that AS', async () => {
    const dataDir = await tempDir();
    const db = await newDatabase();
    migrate(db, SCHEMA_VERSION);
    const rows = [
      [4, '79.192.1.1', 1_000, 3320],
      [4, '8.8.8.8', 2_000, 64512], // the AS an online answer gave: not the table's, so no block of the table's
    ] as const;
    for (const [family, ip, at, asn] of rows)
      db.run(
        "INSERT INTO runs (family, ip, first_seen, last_seen, checks, asn, country) VALUES (?, ?, ?, ?, 1, ?, 'DE')",
        [family, ip, at, at + 500, asn],
      );
    await writeFile(join(dataDir, 'history.sqlite'), db.export());
    db.close();

    const { store } = await openTest({ dataDir, identify });
    const blocks = Object.fromEntries(store.history().items.map((e) => [e.ip, e.identity?.block ?? null]));
    expect(blocks).toEqual({ '79.192.1.1': '79.192.0.0/10', '8.8.8.8': null });
    await store.close();
  });

  it('says what changed in the network with each change, in the history and the recent events alike', async () => {
    const { store, clock } = await openTest({ identify });
    store.recordChange(change(4, null, '79.192.1.1', clock.now()));
    store.recordChange(change(4, '79.192.1.1', '79.192.7.7', clock.now() + 1)); // same AS, same block: nothing
    store.recordChange(change(4, '79.192.7.7', '80.187.0.1', clock.now() + 2)); // same AS, another block
    store.recordChange(change(4, '80.187.0.1', '8.8.8.8', clock.now() + 3)); // another AS
    store.recordChange(change(4, '8.8.8.8', '203.0.113.9', clock.now() + 4)); // unknown after: nothing
    const shifts = store.history().items.map((e) => [e.ip, e.change?.network ?? null]);
    expect(shifts).toEqual([
      ['203.0.113.9', null],
      ['8.8.8.8', { kind: 'network', fromAsn: 3320, toAsn: 15169 }],
      ['80.187.0.1', { kind: 'block', asn: 3320, fromBlock: '79.192.0.0/10', toBlock: '80.187.0.0/16' }],
      ['79.192.7.7', null],
      ['79.192.1.1', null],
    ]);
    const events = store.recentEvents(20).flatMap((e) => (e.type === 'change' ? [[e.to, e.network ?? null]] : []));
    expect(events).toEqual(shifts);
    await store.close();
  });
});
