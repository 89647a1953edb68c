/**
 * Properties (fast-check, seeded by tests/helpers/properties.ts) of the seed bot's history readers
 * (history-import/seed.ts): its older ip_history.json and its SQLite database. A history written
 * as the bot writes it (`datetime.now().isoformat()`, zone-less, read in the zone given) reads back
 * as each address at its time, in order; any other JSON or bytes are a batch or an ImportError in
 * words, never a raw throw.
 */
import { BlockList, isIPv4 } from 'node:net';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { ImportError } from '../../../../electron/engine/history-import/batch';
import { parseSeedDatabase, parseSeedJson } from '../../../../electron/engine/history-import/seed';
import { newDatabase } from '../../../../electron/engine/store/sqlite';
import { propertyRun } from '../../../helpers/properties';

const UTC = { zone: 'UTC', from: 'option' as const };
// The oracle is independent of shared/ip.ts (ipaddr.js), which the readers use: the WHATWG URL
// parser's host serialiser (RFC 5952 for IPv6) spells an address, and Node's BlockList (inet_pton)
// says whether two IPv6 addresses share a /64. An IPv4-mapped address (RFC 4291 2.5.5.2) is its IPv4.
const MAPPED = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/;
const canonical = (ip: string): string => {
  if (isIPv4(ip)) return new URL(`http://${ip}/`).hostname;
  const v6 = new URL(`http://[${ip}]/`).hostname.slice(1, -1);
  const m = MAPPED.exec(v6);
  if (!m) return v6;
  const [hi, lo] = [parseInt(m[1]!, 16), parseInt(m[2]!, 16)];
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
};
/** The same address, or for IPv6 the same /64, as a change is judged. */
const sameKey = (a: string, b: string): boolean => {
  const [ca, cb] = [canonical(a), canonical(b)];
  if (isIPv4(ca) || isIPv4(cb)) return ca === cb;
  const net = new BlockList();
  net.addSubnet(ca, 64, 'ipv6');
  return net.check(cb, 'ipv6');
};
/** Whole ms from 1970 to 2100, as Python's isoformat prints them (microseconds, no zone). */
const at = fc.integer({ min: 0, max: 4_102_444_800_000 });
const isoformat = (ms: number) => new Date(ms).toISOString().replace('Z', '000');
const inWords = (err: unknown) => {
  expect(err).toBeInstanceOf(ImportError);
  expect((err as Error).message).toMatch(/[a-z]+ [a-z]+/);
};

describe("the seed bot's ip_history.json", () => {
  it('reads back each address at its time: every sighting in a run of its address, nothing made up', () => {
    const row = fc.record({ ip: fc.oneof(fc.ipV4(), fc.ipV6()), at });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), (rows) => {
        const sorted = [...rows].sort((a, b) => a.at - b.at);
        const file = sorted.map((r) => ({ ip: r.ip, timestamp: isoformat(r.at) }));
        const { batch, times } = parseSeedJson(JSON.parse(JSON.stringify(file)), UTC);
        expect(times).toMatchObject({ inZone: rows.length, fromCreatedAt: 0, withOffset: 0, zone: 'UTC' });
        for (const r of rows)
          expect(batch.runs.some((run) => sameKey(run.ip, r.ip) && run.firstSeen <= r.at && r.at <= run.lastSeen)).toBe(
            true,
          );
        for (const run of batch.runs) expect(rows.some((r) => canonical(r.ip) === run.ip)).toBe(true);
        const firsts = batch.runs.map((r) => r.firstSeen);
        expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
        for (const c of batch.changes) expect(c.from).not.toBe(c.to);
      }),
      propertyRun('seed json read back'),
    );
  });

  it('any JSON is a batch or an ImportError in words', () => {
    const item = fc.record({
      ip: fc.oneof(fc.ipV4(), fc.jsonValue()),
      timestamp: fc.oneof(at.map(isoformat), fc.jsonValue()),
    });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.array(item, { maxLength: 4 })), (data) => {
        try {
          parseSeedJson(data, UTC);
        } catch (err) {
          inWords(err);
        }
      }),
      propertyRun('seed json any JSON'),
    );
  });
});

const QUARTER = 15 * 60_000;
/**
 * What the bot writes for an address seen at `at` (ms) on a machine `offset` ms from UTC: its
 * wall clock's isoformat and, in created_at, SQLite's CURRENT_TIMESTAMP of the same moment (UTC,
 * whole seconds, truncated).
 */
const botRow = fc.record({
  ip: fc.oneof(fc.ipV4(), fc.ipV6()),
  ms: fc.integer({ min: 0, max: 999 }),
  offset: fc.integer({ min: -48, max: 56 }).map((q) => q * QUARTER),
});
/** One row a second at most, in time order, from 1970-01-02 to 2100: the bot writes on a change. */
const botRows = fc
  .uniqueArray(fc.integer({ min: 86_400, max: 4_102_444_800 }), { maxLength: 12 })
  .chain((secs) =>
    fc.tuple(...[...secs].sort((a, b) => a - b).map((sec) => botRow.map((r) => ({ ...r, at: sec * 1000 + r.ms })))),
  );

/** A database as the bot's SQLiteIPStorage writes it (seed.ts's header): real sql.js bytes. */
async function botDatabase(rows: readonly { ip: string; at: number; offset: number }[]): Promise<Uint8Array> {
  const db = await newDatabase();
  db.run(
    'CREATE TABLE ip_history (id INTEGER PRIMARY KEY AUTOINCREMENT, ip TEXT, timestamp TEXT, created_at DATETIME DEFAULT CURRENT_TIMESTAMP)',
  );
  for (const r of rows) {
    const created = new Date(Math.floor(r.at / 1000) * 1000).toISOString().replace('T', ' ').slice(0, 19);
    db.run('INSERT INTO ip_history (ip, timestamp, created_at) VALUES (?, ?, ?)', [
      r.ip,
      isoformat(r.at + r.offset),
      created,
    ]);
  }
  const bytes = db.export();
  db.close();
  return bytes;
}

describe("the seed bot's SQLite database", () => {
  it('reads back every row as a sighting at its UTC time, in order, nothing made up', async () => {
    await fc.assert(
      fc.asyncProperty(botRows, async (rows) => {
        const { batch, times } = await parseSeedDatabase(await botDatabase(rows), UTC);
        // Each row's offset came from its own created_at: no row was read in the zone given.
        expect(times).toMatchObject({ fromCreatedAt: rows.length, inZone: 0, withOffset: 0 });
        // Every row a sighting: the runs count each row once.
        expect(batch.runs.reduce((n, r) => n + r.checks, 0)).toBe(rows.length);
        // Each row in a run of its address (its /64 for IPv6) that spans its time.
        for (const r of rows)
          expect(
            batch.runs.some((run) => sameKey(run.ip, r.ip) && run.firstSeen <= r.at && r.at <= run.lastSeen),
            `${r.ip} at ${r.at}`,
          ).toBe(true);
        // Nothing made up: each run opens at a row, with that row's address; each change at a run.
        for (const run of batch.runs)
          expect(rows.some((r) => r.at === run.firstSeen && canonical(r.ip) === run.ip)).toBe(true);
        for (const c of batch.changes)
          expect(batch.runs.some((run) => run.firstSeen === c.at && run.ip === c.to && c.from !== c.to)).toBe(true);
        // In order: the runs as the rows came.
        const firsts = batch.runs.map((r) => r.firstSeen);
        expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
      }),
      propertyRun('seed database read back', 40),
    );
  });

  // The property's counterexample: the file opens, and SQLite finds the damaged page (the table's,
  // its type byte zeroed) only when the rows are read; that was a raw throw.
  it('an empty database whose table page is damaged is an ImportError in words', async () => {
    const bytes = Buffer.from(await botDatabase([]));
    bytes[4096] = 0;
    bytes[3845] = 0;
    const err = await parseSeedDatabase(bytes, UTC).catch((e: unknown) => e);
    inWords(err);
    expect((err as Error).message).toMatch(/^the database is damaged and cannot be read \(SQLite says: .+\)$/);
  });

  it('a real database with any bytes corrupted, or cut short, is a batch or an ImportError in words', async () => {
    // Most of a small database's pages is free space: a flip lands anywhere, or where SQLite
    // keeps what it reads (a page's header and cell pointers at its start, its cells at its end).
    const PAGE = 4096;
    const where = fc.oneof(
      fc.nat(),
      fc.record({ page: fc.nat(), k: fc.integer({ min: 0, max: 63 }) }).map(({ page, k }) => page * PAGE + k),
      fc.record({ page: fc.nat(), k: fc.integer({ min: 1, max: 600 }) }).map(({ page, k }) => (page + 1) * PAGE - k),
    );
    const corruption = fc.record({
      flips: fc.array(fc.record({ at: where, byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 6 }),
      cut: fc.option(fc.nat()),
    });
    await fc.assert(
      fc.asyncProperty(botRows, corruption, async (rows, { flips, cut }) => {
        const bytes = Buffer.from(await botDatabase(rows));
        for (const f of flips) bytes[f.at % bytes.length] = f.byte;
        const damaged = cut === null ? bytes : bytes.subarray(0, cut % bytes.length);
        try {
          await parseSeedDatabase(damaged, UTC);
        } catch (err) {
          inWords(err);
        }
      }),
      propertyRun('seed database corrupted', 60),
    );
  });

  it('any bytes, the SQLite header or not, are a batch or an ImportError in words', async () => {
    const header = Buffer.from('SQLite format 3\0', 'latin1');
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.uint8Array({ maxLength: 2048 }), async (withHeader, rest) => {
        const bytes = withHeader ? Buffer.concat([header, rest]) : Buffer.from(rest);
        try {
          await parseSeedDatabase(bytes, UTC);
        } catch (err) {
          inWords(err);
        }
      }),
      propertyRun('seed database any bytes', 60),
    );
  });
});
