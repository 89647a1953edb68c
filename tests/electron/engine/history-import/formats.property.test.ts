/**
 * Properties (fast-check, seeded by tests/helpers/properties.ts) of two readers of outside text:
 * history imports (history-import/formats.ts) and the fleet's MQTT payloads (readFleetPayload, as
 * the watcher reads a site's state). Any export written as IPWatch writes one reads back row for
 * row, its addresses in canonical form; any fleet state printed as a site publishes it reads back
 * equal; any other text is refused in words, and an import never half-reads a file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { EXPORT_FORMAT_ID, EXPORT_VERSION } from '../../../../electron/engine/format/history-file';
import { ImportError } from '../../../../electron/engine/history-import/batch';
import { parseDdnsUpdater, parseIpwatchExport } from '../../../../electron/engine/history-import/formats';
import { fleetStateSchema, readFleetPayload } from '../../../../shared/contract/fleet';
import { addressKey, parseAddress } from '../../../../shared/ip';
import { TRIGGERS } from '../../../../shared/types';
import { propertyRun } from '../../../helpers/properties';

const at = fc.integer({ min: 0, max: 4_102_444_800_000 }); // to 2100
const span = fc.tuple(at, at).map(([a, b]): readonly [number, number] => (a <= b ? [a, b] : [b, a]));
const family = fc.constantFrom(4 as const, 6 as const);
const ipOf = (f: 4 | 6) => (f === 4 ? fc.ipV4() : fc.ipV6());
const canonical = (ip: string) => parseAddress(ip)!.addr.toString();
const sources = fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 });

const run = family.chain((f) =>
  fc.record({ family: fc.constant(f), ip: ipOf(f), span, checks: fc.nat(2 ** 31), sources }),
);
const change = family.chain((f) =>
  fc.record({
    family: fc.constant(f),
    from: fc.option(ipOf(f)),
    to: ipOf(f),
    at,
    sources,
    trigger: fc.constantFrom(...TRIGGERS),
  }),
);
const outage = fc.record({ span, open: fc.boolean(), cause: fc.string({ maxLength: 40 }) });
const exported = fc.record({
  runs: fc.array(run, { maxLength: 5 }),
  changes: fc.array(change, { maxLength: 5 }),
  outages: fc.array(outage, { maxLength: 4 }),
});

describe('an IPWatch history export', () => {
  it('reads back row for row, every address in canonical form', () => {
    fc.assert(
      fc.property(exported, (e) => {
        const file = {
          format: EXPORT_FORMAT_ID,
          version: EXPORT_VERSION,
          runs: e.runs.map(({ span: [firstSeen, lastSeen], ...r }) => ({ ...r, firstSeen, lastSeen })),
          changes: e.changes,
          outages: e.outages.map((o) => ({ start: o.span[0], end: o.open ? null : o.span[1], cause: o.cause })),
        };
        const batch = parseIpwatchExport(JSON.parse(JSON.stringify(file)));
        expect(batch.runs).toEqual(file.runs.map((r) => ({ ...r, ip: canonical(r.ip) })));
        expect(batch.changes).toEqual(
          file.changes.map((c) => ({ ...c, from: c.from === null ? null : canonical(c.from), to: canonical(c.to) })),
        );
        expect(batch.outages).toEqual(file.outages);
      }),
      propertyRun('history export read back'),
    );
  });

  it('refuses, in words, a run that ends before it starts or an address of the other family', () => {
    fc.assert(
      fc.property(run, fc.integer({ min: 1, max: 1e9 }), (r, back) => {
        const base = { format: EXPORT_FORMAT_ID, version: EXPORT_VERSION, changes: [], outages: [] };
        const firstSeen = r.span[1] + back;
        const backwards = { ...base, runs: [{ ...r, firstSeen, lastSeen: r.span[1] }] };
        expect(() => parseIpwatchExport(backwards)).toThrow(/^runs\.0: lastSeen is before firstSeen$/);
        const other = { ...r, family: r.family === 4 ? 6 : 4, firstSeen: r.span[0], lastSeen: r.span[1] };
        expect(() => parseIpwatchExport({ ...base, runs: [other] })).toThrow(/^runs\.0\.ip: not an IPv[46] address$/);
      }),
      propertyRun('history export refusals'),
    );
  });

  it('any JSON is a batch or an ImportError in words', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        for (const parse of [parseIpwatchExport, parseDdnsUpdater]) {
          try {
            parse(JSON.parse(text));
          } catch (err) {
            expect(err).toBeInstanceOf(ImportError);
            expect((err as Error).message).toMatch(/^not an? [\w .-]+: \S/);
          }
        }
      }),
      propertyRun('history import any JSON'),
    );
  });
});

describe("ddns-updater's updates.json", () => {
  it('reads each address at the time written beside it, canonical, in time order', () => {
    const entry = fc.record({ ip: fc.oneof(fc.ipV4(), fc.ipV6()), at });
    fc.assert(
      fc.property(fc.array(fc.array(entry, { maxLength: 4 }), { maxLength: 3 }), (records) => {
        const data = {
          records: records.map((ips, i) => ({
            domain: `d${i}.example`,
            ips: ips.map((e) => ({ ip: e.ip, time: new Date(e.at).toISOString() })),
          })),
        };
        const batch = parseDdnsUpdater(JSON.parse(JSON.stringify(data)));
        const all = records.flat();
        // Every sighting lies within a run of its address (an IPv6 one: of its /64, as a change is
        // judged); every run is of an address sighted; nothing else is made up.
        const key = (ip: string) => addressKey(canonical(ip), parseAddress(ip)!.family);
        for (const e of all) {
          const runs = batch.runs.filter((r) => key(r.ip) === key(e.ip));
          expect(runs.some((r) => r.firstSeen <= e.at && e.at <= r.lastSeen)).toBe(true);
        }
        for (const r of batch.runs) expect(all.some((e) => canonical(e.ip) === r.ip)).toBe(true);
        const firsts = batch.runs.map((r) => r.firstSeen);
        expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
      }),
      propertyRun('ddns-updater read back'),
    );
  });
});

describe('the fleet MQTT payload', () => {
  const text = fc.string({ maxLength: 40 });
  const fam = fc.option(
    fc.record({
      ip: fc.option(fc.ipV4()),
      since: fc.option(at),
      identity: fc.option(
        fc.record({ asn: fc.option(fc.nat()), org: fc.option(text), country: fc.option(text), vpn: fc.option(text) }),
      ),
    }),
  );
  const state = fc.record({
    v: fc.constant(1),
    site: fc.string({ maxLength: 60 }),
    online: fc.boolean(),
    reason: fc.option(text),
    families: fc.record({ v4: fam, v6: fam }),
    health: fc.option(fc.record({ state: text, label: text })),
    nat: fc.option(fc.record({ verdict: text, label: text })),
    ddns: fc.array(fc.record({ name: text, type: text, state: text }), { maxLength: 4 }),
    monitors: fc.array(fc.record({ name: text, state: text }), { maxLength: 4 }),
    version: fc.option(text),
    at: fc.option(at),
  });

  it('any state printed as a site publishes it reads back equal', () => {
    fc.assert(
      fc.property(state, (s) => {
        expect(readFleetPayload(fleetStateSchema, JSON.stringify(s))).toEqual({ ok: true, value: s });
      }),
      propertyRun('fleet state read back'),
    );
  });

  it('any other text is read or refused in words, and a newer version is named', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string({ maxLength: 60 })), fc.integer({ min: 2, max: 1e6 }), (body, v) => {
        const r = readFleetPayload(fleetStateSchema, body);
        if (!r.ok) expect(r.reason).toMatch(/^(not JSON|[a-z]+ [a-z]+ \S)/);
        const newer = readFleetPayload(fleetStateSchema, JSON.stringify({ v, site: 'x' }));
        expect(newer).toEqual({ ok: false, reason: expect.stringContaining(`payload version ${v};`) });
      }),
      propertyRun('fleet payload any text'),
    );
  });
});
