/**
 * Properties (fast-check, seeded by tests/helpers/properties.ts) of the seed bot's history readers
 * (history-import/seed.ts): its older ip_history.json and its SQLite database. A history written
 * as the bot writes it (`datetime.now().isoformat()`, zone-less, read in the zone given) reads back
 * as each address at its time, in order; any other JSON or bytes are a batch or an ImportError in
 * words, never a raw throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { ImportError } from '../../../../electron/engine/history-import/batch';
import { parseSeedDatabase, parseSeedJson } from '../../../../electron/engine/history-import/seed';
import { addressKey, parseAddress } from '../../../../shared/ip';
import { propertyRun } from '../../../helpers/properties';

const UTC = { zone: 'UTC', from: 'option' as const };
const canonical = (ip: string) => parseAddress(ip)!.addr.toString();
/** An IPv6 address counts as its /64, as a change is judged. */
const key = (ip: string) => addressKey(canonical(ip), parseAddress(ip)!.family);
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
          expect(
            batch.runs.some((run) => key(run.ip) === key(r.ip) && run.firstSeen <= r.at && r.at <= run.lastSeen),
          ).toBe(true);
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

describe("the seed bot's SQLite database", () => {
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
