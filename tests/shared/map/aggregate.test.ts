/**
 * The map's figures (shared/map/aggregate.ts): time held per country as the union of its runs,
 * runs clipped to the period with their country's point, moves per family in order, the unknown
 * time measured in the monitored time only (a runner seconds old has none). A table of cases,
 * then a property against an oracle that counts each millisecond of a small period.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { countryPoint, type MapRun, summariseMap } from '../../../shared/map/aggregate';
import type { Span } from '../../../shared/spans';
import { testSeed } from '../../helpers/random';

const run = (family: 4 | 6, ip: string, from: number, to: number, country: string | null): MapRun => ({
  family,
  ip,
  from,
  to,
  country,
  asn: null,
  org: null,
});

describe('summariseMap', () => {
  const cases: {
    name: string;
    runs: MapRun[];
    countries: [string, number][];
    unknownMs: number;
    moves: [string, string][];
    /** The monitored spans; the whole period when absent. */
    monitored?: Span[];
  }[] = [
    { name: 'nothing', runs: [], countries: [], unknownMs: 100, moves: [] },
    {
      name: 'one run inside',
      runs: [run(4, '192.0.2.1', 10, 40, 'DE')],
      countries: [['DE', 30]],
      unknownMs: 70,
      moves: [],
    },
    {
      name: 'clipped at both ends',
      runs: [run(4, '192.0.2.1', -50, 20, 'NL'), run(4, '192.0.2.2', 90, 500, 'FR')],
      countries: [
        ['NL', 20],
        ['FR', 10],
      ],
      unknownMs: 70,
      moves: [['NL', 'FR']],
    },
    {
      name: 'IPv4 and IPv6 in one country count once',
      runs: [run(4, '192.0.2.1', 0, 60, 'DE'), run(6, '2001:db8::1', 30, 100, 'DE')],
      countries: [['DE', 100]],
      unknownMs: 0,
      moves: [],
    },
    {
      name: 'moves per family, not across families',
      runs: [
        run(4, '192.0.2.1', 0, 20, 'DE'),
        run(6, '2001:db8::1', 10, 30, 'US'),
        run(4, '192.0.2.2', 20, 40, 'DE'),
        run(4, '192.0.2.3', 40, 60, 'SG'),
      ],
      countries: [
        ['DE', 40],
        ['SG', 20],
        ['US', 20],
      ],
      unknownMs: 40,
      moves: [['DE', 'SG']],
    },
    {
      name: 'unknown and unlisted codes have no point, no move, and count as unknown time',
      runs: [run(4, 'a', 0, 50, null), run(4, 'b', 50, 60, 'ZZ'), run(4, 'c', 60, 70, 'xk')],
      countries: [['XK', 10]],
      unknownMs: 90,
      moves: [],
    },
    {
      name: 'a run outside the period is left out',
      runs: [run(4, 'a', -20, -1, 'DE'), run(4, 'b', 100, 120, 'FR')],
      countries: [],
      unknownMs: 100,
      moves: [],
    },
    {
      // The German page said "Für 1 Tg. des Zeitraums ist kein Land bekannt" here.
      name: 'a runner seconds old: the time before it ran is not unknown',
      runs: [run(4, '192.0.2.1', 99, 100, 'DE')],
      monitored: [[99, 100]],
      countries: [['DE', 1]],
      unknownMs: 0,
      moves: [],
    },
    {
      name: 'nothing monitored: nothing unknown',
      runs: [],
      monitored: [],
      countries: [],
      unknownMs: 0,
      moves: [],
    },
    {
      name: 'time the runner was stopped is not unknown, a gap while it ran is',
      runs: [run(4, 'a', 0, 20, 'DE'), run(4, 'b', 60, 100, 'FR')],
      monitored: [
        [0, 30],
        [50, 100],
      ],
      countries: [
        ['FR', 40],
        ['DE', 20],
      ],
      unknownMs: 20,
      moves: [['DE', 'FR']],
    },
    {
      name: 'an address without a country in the table, monitored, is unknown',
      runs: [run(6, '2001:db8::1', 0, 100, null), run(4, '192.0.2.1', 40, 100, 'NL')],
      monitored: [[10, 100]],
      countries: [['NL', 60]],
      unknownMs: 30,
      moves: [],
    },
    {
      name: 'monitored time outside the period does not count',
      runs: [],
      monitored: [
        [-50, 10],
        [90, 200],
      ],
      countries: [],
      unknownMs: 20,
      moves: [],
    },
  ];
  it.each(cases)('$name', ({ runs, countries, unknownMs, moves, monitored = [[0, 100]] }) => {
    const map = summariseMap(runs, 0, 100, monitored);
    expect(map.countries.map((c) => [c.code, c.heldMs])).toEqual(countries);
    expect(map.unknownMs).toBe(unknownMs);
    expect(map.moves.map((m) => [m.fromCountry, m.toCountry])).toEqual(moves);
    for (const r of map.runs) expect(r.heldMs).toBe(r.to - r.from);
  });

  it('puts a known run on its country point and an unknown one on none', () => {
    const map = summariseMap([run(4, 'a', 0, 10, 'de'), run(4, 'b', 10, 20, null)], 0, 20, [[0, 20]]);
    expect(map.runs.map((r) => r.point)).toEqual([countryPoint('DE'), null]);
    expect(countryPoint('DE')![1]).toBeGreaterThan(47);
  });

  it('agrees with an oracle that counts every millisecond of the period', () => {
    const seed = testSeed('map summary oracle');
    const codes = ['DE', 'FR', 'US', null, 'ZZ'];
    const arbRun = fc
      .record({
        family: fc.constantFrom<4 | 6>(4, 6),
        from: fc.integer({ min: -20, max: 80 }),
        len: fc.integer({ min: 0, max: 50 }),
        country: fc.constantFrom(...codes),
      })
      .map((r) => run(r.family, `ip-${r.from}`, r.from, r.from + r.len, r.country));
    const arbSpan = fc
      .record({ at: fc.integer({ min: -10, max: 70 }), len: fc.integer({ min: 0, max: 40 }) })
      .map(({ at, len }): [number, number] => [at, at + len]);
    fc.assert(
      fc.property(fc.array(arbRun, { maxLength: 12 }), fc.array(arbSpan, { maxLength: 5 }), (runs, monitored) => {
        const map = summariseMap(runs, 0, 60, monitored);
        const held = new Map<string, number>();
        let unknown = 0;
        for (let t = 0; t < 60; t++) {
          const here = new Set(
            runs.filter((r) => r.from <= t && t < r.to && r.country && r.country !== 'ZZ').map((r) => r.country!),
          );
          for (const c of here) held.set(c, (held.get(c) ?? 0) + 1);
          if (here.size === 0 && monitored.some(([a, b]) => a <= t && t < b)) unknown++;
        }
        expect(Object.fromEntries(map.countries.map((c) => [c.code, c.heldMs]))).toEqual(Object.fromEntries(held));
        expect(map.unknownMs).toBe(unknown);
        // Moves: per family, consecutive located runs (by start) in different countries.
        for (const family of [4, 6] as const) {
          const located = map.runs.filter((r) => r.family === family && r.point);
          const expected = located.slice(1).filter((r, i) => r.country !== located[i]!.country).length;
          expect(map.moves.filter((m) => m.family === family)).toHaveLength(expected);
        }
      }),
      { seed, numRuns: 300 },
    );
  });
});
