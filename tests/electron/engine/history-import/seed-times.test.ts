/**
 * Times in the other programs' files, read from samples those programs' own code wrote
 * (tests/fixtures/store/imports/generate.py):
 * - the seed bot, froghouse/Discord-IP-Monitor-Bot ip_monitor/storage.py: `timestamp =
 *   datetime.now().isoformat()` (local, no zone) beside `created_at DEFAULT CURRENT_TIMESTAMP`
 *   (UTC); its migration copies older rows with the migration's created_at; the older
 *   ip_history.json holds `{ip, timestamp}` only;
 * - ddns-updater, qdm12/ddns-updater internal/models/history.go and persistence/json: Go
 *   RFC 3339 times with the zone's offset and nanoseconds.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { beforeEach, describe, expect, it } from 'vitest';

import { ImportError, importHistoryFile } from '../../../../electron/engine/history-import';
import { resolveTimes, wallToUtc, zoneOffset } from '../../../../electron/engine/history-import/times';
import type { HistoryStore } from '../../../../electron/engine/store';
import { change, HOUR, openTest, tempDir } from '../store/helpers';

const FIXTURES = join(__dirname, '../../../fixtures/store/imports');
const fixture = (name: string) => join(FIXTURES, name);
const iso = (t: number) => new Date(t).toISOString();

let store: HistoryStore;
beforeEach(async () => {
  ({ store } = await openTest({ dataDir: ':memory:' }));
  store.recordChange(change(4, null, '192.0.2.200', Date.UTC(2026, 0, 1)));
});

/** The imported IPv4 runs, oldest first, as [ip, first seen, last seen, trigger of the change that opened it]. */
const runs = (family: 4 | 6 = 4) =>
  store
    .history({ family, to: Date.UTC(2025, 11, 31), limit: 100 })
    .items.reverse()
    .map((r) => [r.ip, iso(r.firstSeen), iso(r.lastSeen), r.change?.trigger ?? null]);

describe('seed bot database: each row keeps its own UTC offset', () => {
  it('orders rows across the autumn clock change (Stockholm) by created_at - timestamp', async () => {
    const r = await importHistoryFile(store, fixture('seed-stockholm-autumn.sqlite'), undefined, {
      tz: 'America/New_York',
    });
    expect(r.times).toMatchObject({ fromCreatedAt: 4, inZone: 0, withOffset: 0 });
    // .2 was written at 02:40 summer time and .3 at 02:20 winter time, forty minutes later.
    expect(runs()).toEqual([
      ['198.51.100.1', '2024-10-26T16:00:00.166Z', '2024-10-27T00:40:00.142Z', null],
      ['198.51.100.2', '2024-10-27T00:40:00.142Z', '2024-10-27T01:20:00.124Z', 'import'],
      ['198.51.100.3', '2024-10-27T01:20:00.124Z', '2024-10-27T02:30:00.086Z', 'import'],
      ['198.51.100.4', '2024-10-27T02:30:00.086Z', '2024-10-27T02:30:00.086Z', 'import'],
    ]);
    expect(store.history({ ip: '198.51.100.3' }).items[0]?.change?.from).toBe('198.51.100.2');
    expect(r.changes).toEqual({ added: 3, skipped: 0, setAside: 0 });
  });

  it("reads the migration's rows in the --tz zone, and the bot's own later row by its created_at", async () => {
    const r = await importHistoryFile(store, fixture('seed-migrated.sqlite'), 'seed', { tz: 'America/New_York' });
    expect(r.times).toEqual({
      fromCreatedAt: 1,
      inZone: 3,
      withOffset: 0,
      zone: 'America/New_York',
      zoneFrom: 'option',
    });
    // 01:30 EDT, then 01:10 EST: the clock showed both twice; row order picks the right reading.
    expect(runs().map((x) => [x[0], x[1]])).toEqual([
      ['203.0.113.20', '2024-11-02T12:00:00.121Z'],
      ['203.0.113.21', '2024-11-03T05:30:00.177Z'],
      ['203.0.113.22', '2024-11-03T06:10:00.124Z'],
      ['203.0.113.23', '2025-07-12T09:00:00.270Z'],
    ]);
  });

  it("without --tz the machine's zone is used and named", async () => {
    const r = await importHistoryFile(store, fixture('seed-migrated.sqlite'));
    const machine = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(r.times).toMatchObject({ fromCreatedAt: 1, inZone: 3, zone: machine, zoneFrom: 'machine' });
    const [first] = runs();
    expect(first?.[1]).toBe(iso(wallToUtc(Date.UTC(2024, 10, 2, 8, 0, 0, 121), machine)));
  });

  it('an unknown --tz is a clear error and changes nothing', async () => {
    const before = store.revision();
    const attempt = importHistoryFile(store, fixture('seed-migrated.sqlite'), undefined, { tz: 'Mars/Olympus' });
    await expect(attempt).rejects.toBeInstanceOf(ImportError);
    await expect(attempt).rejects.toThrow(/unknown time zone: "Mars\/Olympus"/);
    expect(store.revision()).toBe(before);
  });
});

describe("the seed bot's older ip_history.json", () => {
  it.each([undefined, 'seed'] as const)('imports with --from %s, times in the --tz zone', async (from) => {
    const r = await importHistoryFile(store, fixture('seed-ip_history.json'), from, { tz: 'America/New_York' });
    expect(r).toMatchObject({ format: 'seed', runs: { added: 3 }, changes: { added: 2 } });
    expect(r.times).toMatchObject({ fromCreatedAt: 0, inZone: 3, withOffset: 0, zoneFrom: 'option' });
    expect(runs()).toEqual([
      ['203.0.113.20', '2024-11-02T12:00:00.121Z', '2024-11-03T05:30:00.177Z', null],
      ['203.0.113.21', '2024-11-03T05:30:00.177Z', '2024-11-03T06:10:00.124Z', 'import'],
      ['203.0.113.22', '2024-11-03T06:10:00.124Z', '2024-11-03T06:10:00.124Z', 'import'],
    ]);
  });

  it("a list that is not the bot's is refused with what was expected", async () => {
    const path = join(await tempDir(), 'ip_history.json');
    await writeFile(path, JSON.stringify([{ address: '203.0.113.1' }]));
    await expect(importHistoryFile(store, path, 'seed')).rejects.toThrow(
      /ip_history\.json \(a list of \{ip, timestamp\}\)/,
    );
  });
});

describe('ddns-updater updates.json', () => {
  it('reads offsets and nanoseconds, the old host field, and marks changes as imported', async () => {
    const r = await importHistoryFile(store, fixture('ddns-updates.json'));
    expect(r).toMatchObject({ format: 'ddns-updater', runs: { added: 4 }, changes: { added: 2, setAside: 0 } });
    expect(r.times).toMatchObject({ fromCreatedAt: 0, inZone: 0, withOffset: 6 });
    expect(runs()).toEqual([
      ['198.51.100.1', '2024-10-26T16:00:00.123Z', '2024-10-27T00:40:05.500Z', null],
      ['198.51.100.2', '2024-10-27T00:40:05.500Z', '2024-10-27T01:20:00.000Z', 'import'],
      ['198.51.100.3', '2024-10-27T01:20:00.000Z', '2024-10-27T01:20:00.000Z', 'import'],
    ]);
    expect(runs(6)).toEqual([['2001:db8:1:2::1', '2024-10-27T02:00:00.000Z', '2024-10-27T02:00:00.000Z', null]]);
  });

  it('a zero-byte file is an empty import, as ddns-updater itself reads it', async () => {
    const path = join(await tempDir(), 'updates.json');
    await writeFile(path, '');
    const total = store.history().total;
    for (const from of [undefined, 'ddns-updater'] as const) {
      const r = await importHistoryFile(store, path, from);
      expect(r).toMatchObject({ format: 'ddns-updater', runs: { added: 0 }, changes: { added: 0 } });
    }
    expect(store.history().total).toBe(total);
    await expect(importHistoryFile(store, path, 'ipwatch')).rejects.toThrow(/not valid JSON/);
  });
});

describe('time rules (pure)', () => {
  const stockholm = { zone: 'Europe/Stockholm', from: 'option' as const };
  it.each<[string, { time: unknown; createdAt?: unknown }[], string[], [number, number, number]]>([
    [
      'created_at gives each row its offset',
      [
        { time: '2024-10-27T02:40:00', createdAt: '2024-10-27 00:40:00' },
        { time: '2024-10-27T02:20:00', createdAt: '2024-10-27 01:20:01' },
      ],
      ['2024-10-27T00:40:00.000Z', '2024-10-27T01:20:00.000Z'],
      [2, 0, 0],
    ],
    [
      'a shared created_at (a bulk copy) falls back to the zone, row order settling the repeated hour',
      [
        { time: '2024-10-27T02:40:00', createdAt: '2025-01-01 10:00:00' },
        { time: '2024-10-27T02:20:00', createdAt: '2025-01-01 10:00:00' },
      ],
      ['2024-10-27T00:40:00.000Z', '2024-10-27T01:20:00.000Z'],
      [0, 2, 0],
    ],
    [
      'a created_at far from a quarter hour off is no evidence',
      [{ time: '2024-07-01T12:00:00', createdAt: '2024-07-01 10:07:30' }],
      ['2024-07-01T10:00:00.000Z'],
      [0, 1, 0],
    ],
    [
      'an offset beyond +14:00 is no evidence',
      [{ time: '2024-07-03T12:00:00', createdAt: '2024-07-01 12:00:00' }],
      ['2024-07-03T10:00:00.000Z'],
      [0, 1, 0],
    ],
    [
      'a half-hour zone (India) is a quarter-hour multiple',
      [{ time: '2024-07-01T17:30:00.5', createdAt: '2024-07-01 12:00:00' }],
      ['2024-07-01T12:00:00.500Z'],
      [1, 0, 0],
    ],
    [
      'times with an offset or epoch seconds keep them',
      [{ time: '2024-07-01T12:00:00+05:00' }, { time: 1719835200 }, { time: '2024-07-01 12:00:00Z' }],
      ['2024-07-01T07:00:00.000Z', '2024-07-01T12:00:00.000Z', '2024-07-01T12:00:00.000Z'],
      [0, 0, 3],
    ],
    [
      'a wall time the spring change skipped moves forward',
      [{ time: '2024-03-31T02:30:00' }],
      ['2024-03-31T01:30:00.000Z'],
      [0, 1, 0],
    ],
  ])('%s', (_name, rows, expected, [fromCreatedAt, inZone, withOffset]) => {
    const { at, report } = resolveTimes(
      rows.map((r, i) => ({ id: `row ${i}`, ...r })),
      stockholm,
    );
    expect(at.map(iso)).toEqual(expected);
    expect(report).toMatchObject({ fromCreatedAt, inZone, withOffset });
  });

  it('knows the offsets either side of a change', () => {
    expect(zoneOffset('Europe/Stockholm', Date.UTC(2024, 9, 27, 0, 59)) / HOUR).toBe(2);
    expect(zoneOffset('Europe/Stockholm', Date.UTC(2024, 9, 27, 1, 0)) / HOUR).toBe(1);
    expect(zoneOffset('Asia/Kolkata', 0) / HOUR).toBe(5.5);
  });

  it('an unreadable time names its row', () => {
    expect(() => resolveTimes([{ id: 'ip_history row 7', time: 'soon' }], stockholm)).toThrow(
      /ip_history row 7: unreadable time "soon"/,
    );
  });
});
