import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { beforeEach, describe, expect, it } from 'vitest';

import { ImportError, importHistoryFile } from '../../../../electron/engine/history-import';
import type { HistoryStore } from '../../../../electron/engine/store';
import { newDatabase } from '../../../../electron/engine/store/sqlite';
import { change, openTest, tempDir } from '../store/helpers';

let dir: string;
let store: HistoryStore;
beforeEach(async () => {
  dir = await tempDir();
  ({ store } = await openTest({ dataDir: ':memory:' }));
  store.recordChange(change(4, null, '203.0.113.1', Date.UTC(2025, 0, 1)));
});

const file = async (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
};

const validExport = (over: Record<string, unknown> = {}) => ({
  format: 'ipwatch-history',
  version: 1,
  runs: [{ family: 4, ip: '198.51.100.1', firstSeen: 1000, lastSeen: 2000, checks: 2, sources: ['a'] }],
  changes: [{ family: 4, from: null, to: '198.51.100.1', at: 1000, sources: ['a'], trigger: 'start' }],
  outages: [],
  ...over,
});

const run0 = validExport().runs[0];

describe('bad imports give a clear error and change nothing', () => {
  it.each<[string, string | Uint8Array, RegExp]>([
    ['truncated JSON', JSON.stringify(validExport()).slice(0, 80), /not valid JSON/],
    ['not JSON at all', 'hello', /not valid JSON/],
    ['a wrong schema', JSON.stringify({ hello: 'world' }), /not an IPWatch history export: format/],
    ['a newer export version', JSON.stringify(validExport({ version: 2 })), /version/],
    ['a huge timestamp', JSON.stringify(validExport({ runs: [{ ...run0, lastSeen: 1e300 }] })), /runs\.0\.lastSeen/],
    ['a huge check count', JSON.stringify(validExport({ runs: [{ ...run0, checks: 1e20 }] })), /runs\.0\.checks/],
    ['a huge string', JSON.stringify(validExport({ runs: [{ ...run0, ip: '1'.repeat(1_000_000) }] })), /runs\.0\.ip/],
    [
      'a non-address',
      JSON.stringify(validExport({ runs: [{ ...run0, ip: 'example.com' }] })),
      /runs\.0\.ip: not an IPv4 address/,
    ],
    [
      'a family mismatch',
      JSON.stringify(validExport({ runs: [{ ...run0, ip: '2001:db8::1' }] })),
      /not an IPv4 address/,
    ],
    [
      'a run ending before it starts',
      JSON.stringify(validExport({ runs: [{ ...run0, lastSeen: 10 }] })),
      /lastSeen is before firstSeen/,
    ],
    [
      'an unknown trigger',
      JSON.stringify(validExport({ changes: [{ ...validExport().changes[0], trigger: 'magic' }] })),
      /changes\.0\.trigger/,
    ],
    [
      'ddns-updater with a bad date',
      JSON.stringify({ records: [{ domain: 'x', host: '@', ips: [{ ip: '198.51.100.1', time: 'yesterday' }] }] }),
      /not a date/,
    ],
    [
      'a session ending before it starts',
      JSON.stringify(validExport({ sessions: [{ start: 5000, end: 4000, lastAlive: 4000, clean: true }] })),
      /sessions\.0: ends before it starts/,
    ],
    ['a damaged SQLite file', new TextEncoder().encode('SQLite format 3\0garbage'), /not an SQLite database/],
  ])('%s', async (_name, content, message) => {
    const before = { revision: store.revision(), total: store.history().total };
    const attempt = importHistoryFile(store, await file('in.json', content));
    await expect(attempt).rejects.toBeInstanceOf(ImportError);
    await expect(attempt).rejects.toThrow(message);
    expect({ revision: store.revision(), total: store.history().total }).toEqual(before);
  });

  it('a valid file after a bad row in the same batch changes nothing either', async () => {
    const runs = [run0, { ...run0, firstSeen: 3000, lastSeen: 4000 }, { ...run0, ip: 'nope' }];
    await expect(
      importHistoryFile(store, await file('in.json', JSON.stringify(validExport({ runs })))),
    ).rejects.toThrow(/runs\.2\.ip/);
    expect(store.history().total).toBe(1);
  });

  it('a missing file and a folder are clear errors', async () => {
    await expect(importHistoryFile(store, join(dir, 'missing.json'))).rejects.toThrow(/cannot read .*ENOENT/);
    await expect(importHistoryFile(store, dir)).rejects.toThrow(/not a file/);
  });
});

async function seedDb(create: string, rows: unknown[][]): Promise<Uint8Array> {
  const db = await newDatabase();
  db.run(create);
  const cols = rows[0]?.length ?? 0;
  for (const r of rows)
    db.run(`INSERT INTO ip_history VALUES (${Array(cols).fill('?').join(',')})`, r as (string | number | null)[]);
  const bytes = db.export();
  db.close();
  return bytes;
}

describe('seed bot import', () => {
  it('turns ip_history rows into runs and changes, and a second import adds nothing', async () => {
    const bytes = await seedDb('CREATE TABLE ip_history (id INTEGER PRIMARY KEY, ip TEXT, timestamp TEXT)', [
      [1, '198.51.100.1', '2024-03-01 10:00:00'],
      [2, '198.51.100.1', '2024-03-01T11:00:00Z'],
      [3, '198.51.100.2', 1709373600], // 2024-03-02 10:00 UTC, seconds
      [4, '2001:4860:0:1::5', '2024-03-03 09:00:00.123456'],
    ]);
    const path = await file('bot.db', bytes);
    // No created_at column: the zone-less times are read in the --tz zone.
    const r = await importHistoryFile(store, path, undefined, { tz: 'UTC' });
    expect(r).toMatchObject({ format: 'seed', runs: { added: 3, skipped: 0 }, changes: { added: 1, skipped: 0 } });
    const v4 = store.history({ family: 4, from: 0, to: Date.UTC(2024, 11, 31) }).items;
    expect(v4.map((x) => [x.ip, new Date(x.firstSeen).toISOString(), x.checks])).toEqual([
      ['198.51.100.2', '2024-03-02T10:00:00.000Z', 1],
      ['198.51.100.1', '2024-03-01T10:00:00.000Z', 2],
    ]);
    expect(v4[0]?.change).toMatchObject({ from: '198.51.100.1', sources: ['import:seed'] });
    expect(store.current(4)?.ip).toBe('203.0.113.1'); // older history does not replace the current address
    expect(store.history({ family: 6 }).items[0]).toMatchObject({
      ip: '2001:4860:0:1::5',
      prefix: '2001:4860:0:1::/64',
    });
    expect((await importHistoryFile(store, path, 'seed', { tz: 'UTC' })).runs).toEqual({
      added: 0,
      grown: 0,
      skipped: 3,
      setAside: 0,
      trimmed: 0,
    });
  });

  it.each<[string, string, unknown[][], RegExp]>([
    [
      'no time column',
      'CREATE TABLE ip_history (id INTEGER PRIMARY KEY, ip TEXT)',
      [[1, '198.51.100.1']],
      /has no time column \(looked for .*\); its columns are: id, ip/,
    ],
    [
      'no address column',
      'CREATE TABLE ip_history (id INTEGER PRIMARY KEY, timestamp TEXT)',
      [[1, '2024-01-01']],
      /has no address column \(looked for .*\); its columns are: id, timestamp/,
    ],
    [
      'an unreadable time',
      'CREATE TABLE ip_history (id INTEGER PRIMARY KEY, ip TEXT, timestamp TEXT)',
      [[7, '198.51.100.1', 'soon']],
      /row 7: unreadable time/,
    ],
    [
      'a bad address',
      'CREATE TABLE ip_history (id INTEGER PRIMARY KEY, ip TEXT, timestamp TEXT)',
      [[1, 'router', '2024-01-01']],
      /not an IP address: "router"/,
    ],
    ['another table', 'CREATE TABLE ips (id INTEGER PRIMARY KEY)', [], /no ip_history table .*tables: ips/],
  ])('%s: a clear error', async (_name, create, rows, message) => {
    const db = await newDatabase();
    db.run(create);
    for (const r of rows)
      db.run(`INSERT INTO ip_history VALUES (${r.map(() => '?').join(',')})`, r as (string | number)[]);
    const path = await file('bot.db', db.export());
    db.close();
    await expect(importHistoryFile(store, path, 'seed')).rejects.toThrow(message);
    expect(store.history().total).toBe(1);
  });

  it('rejects a file that is not SQLite, and SQLite given as another format', async () => {
    await expect(importHistoryFile(store, await file('x.db', 'plain text'), 'seed')).rejects.toThrow(
      /not an SQLite database/,
    );
    const sqlite = await file(
      'bot.db',
      await seedDb('CREATE TABLE ip_history (id INTEGER PRIMARY KEY, ip TEXT, timestamp TEXT)', []),
    );
    await expect(importHistoryFile(store, sqlite, 'ipwatch')).rejects.toThrow(/use --from seed/);
  });

  it.each([
    ['a view', 'CREATE VIEW planted AS SELECT * FROM ip_history', /view "planted"/],
    ['a trigger', 'CREATE TRIGGER t AFTER INSERT ON ip_history BEGIN DELETE FROM ip_history; END', /trigger "t"/],
  ])('refuses a seed database with %s in words: the seed bot makes none', async (_what, sql, named) => {
    const create = 'CREATE TABLE ip_history (id INTEGER PRIMARY KEY, ip TEXT, timestamp TEXT)';
    const path = await file('bot.db', await seedDb(`${create}; ${sql}`, [[1, '198.51.100.9', '2025-01-02T00:00:00']]));
    const refused = importHistoryFile(store, path, 'seed', { tz: 'UTC' });
    await expect(refused).rejects.toThrow(/the seed bot's database holds no views or triggers, this one does/);
    await expect(refused).rejects.toThrow(named);
    expect(store.history().total).toBe(1);
  });
});

describe('ddns-updater import', () => {
  it('merges the address histories of all records', async () => {
    const updates = {
      records: [
        {
          domain: 'example.com',
          host: '@',
          ips: [
            { ip: '198.51.100.1', time: '2024-05-01T10:00:00Z' },
            { ip: '198.51.100.2', time: '2024-05-03T08:30:00+02:00' },
          ],
        },
        {
          domain: 'example.com',
          host: 'www',
          ips: [
            { ip: '198.51.100.1', time: '2024-05-01T10:00:00Z' },
            { ip: '198.51.100.2', time: '2024-05-03T06:31:00Z' },
            { ip: '2001:4860:0:1::1', time: '2024-05-04T00:00:00Z' },
          ],
        },
      ],
    };
    const r = await importHistoryFile(store, await file('updates.json', JSON.stringify(updates)));
    expect(r).toMatchObject({ format: 'ddns-updater', runs: { added: 3 }, changes: { added: 1 } });
    const [second] = store.history({ family: 4, ip: '198.51.100.2' }).items;
    expect(second).toMatchObject({
      firstSeen: Date.UTC(2024, 4, 3, 6, 30),
      lastSeen: Date.UTC(2024, 4, 3, 6, 31),
      checks: 2,
    });
    expect(second?.change).toMatchObject({ from: '198.51.100.1', sources: ['import:ddns-updater'] });
    const [first] = store.history({ family: 4, ip: '198.51.100.1' }).items;
    expect(first).toMatchObject({ firstSeen: Date.UTC(2024, 4, 1, 10), lastSeen: Date.UTC(2024, 4, 3, 6, 30) });
    expect(store.stats({ from: Date.UTC(2024, 4, 1), to: Date.UTC(2024, 4, 5) }).changes.total).toBe(1);
    expect(store.history().total).toBe(4);
  });

  it('rejects a file without records', async () => {
    await expect(importHistoryFile(store, await file('u.json', '{"recs":[]}'), 'ddns-updater')).rejects.toThrow(
      /not a ddns-updater updates.json: records/,
    );
  });
});
