/**
 * Source planning (electron/engine/ip-monitor/planner.ts): cost order with fair rotation, and
 * which sources confirm a suspected change.
 */
import { describe, expect, it } from 'vitest';

import {
  type Candidate,
  orderByCost,
  pickConfirmers,
  type Progress,
  requestsWanted,
} from '../../../../electron/engine/ip-monitor/planner';
import type { SourceKind } from '../../../../shared/types';

const src = (id: string, provider: string, kind: SourceKind, cost: number): Candidate => ({ id, provider, kind, cost });
const ids = (list: readonly Candidate[]) => list.map((s) => s.id);

// Cheapest tier: three UDP sources; then two HTTPS ones; one expensive fallback.
const POOL: Candidate[] = [
  src('https-a', 'ipify', 'http', 3),
  src('dns-a', 'cloudflare', 'dns', 1),
  src('https-b', 'icanhazip', 'http', 3),
  src('stun-a', 'google', 'stun', 1),
  src('slow', 'ifconfig', 'http', 9),
  src('dns-b', 'opendns', 'dns', 1),
];

describe('orderByCost', () => {
  it.each<[turn: number, order: string[]]>([
    [0, ['dns-a', 'stun-a', 'dns-b', 'https-a', 'https-b', 'slow']],
    [1, ['stun-a', 'dns-b', 'dns-a', 'https-b', 'https-a', 'slow']],
    [2, ['dns-b', 'dns-a', 'stun-a', 'https-a', 'https-b', 'slow']],
    [3, ['dns-a', 'stun-a', 'dns-b', 'https-b', 'https-a', 'slow']],
    [-1, ['dns-b', 'dns-a', 'stun-a', 'https-b', 'https-a', 'slow']],
  ])('turn %i -> %j', (turn, order) => {
    expect(ids(orderByCost(POOL, turn))).toEqual(order);
  });

  it('always lists cheaper tiers before dearer ones', () => {
    for (let turn = 0; turn < 12; turn++) {
      const costs = orderByCost(POOL, turn).map((s) => s.cost);
      expect(costs).toEqual([...costs].sort((a, b) => a - b));
    }
  });

  it('keeps every source exactly once', () => {
    for (let turn = 0; turn < 7; turn++) expect(ids(orderByCost(POOL, turn)).sort()).toEqual(ids(POOL).sort());
  });

  it.each([1, 2, 3, 5])('rotation is fair: over N turns each of the %i cheapest sources is first exactly once', (n) => {
    const tier = Array.from({ length: n }, (_, i) => src(`cheap-${i}`, `p${i}`, 'dns', 1));
    const pool = [src('dear', 'pd', 'http', 5), ...tier];
    for (const start of [0, 7, 100]) {
      const firsts = Array.from({ length: n }, (_, t) => orderByCost(pool, start + t)[0]!.id);
      expect(firsts.sort()).toEqual(ids(tier).sort());
    }
  });

  it('handles large turn counts', () => {
    expect(ids(orderByCost(POOL, 3_000_000_002)).slice(0, 3)).toEqual(ids(orderByCost(POOL, 2)).slice(0, 3));
  });

  it('an empty list stays empty', () => {
    expect(orderByCost([], 5)).toEqual([]);
  });

  it('does not mutate its input', () => {
    const before = ids(POOL);
    orderByCost(POOL, 1);
    expect(ids(POOL)).toEqual(before);
  });
});

describe('pickConfirmers', () => {
  // Ordered cheapest first, as the engine passes them.
  const ORDERED: Candidate[] = [
    src('cf-dns', 'cloudflare', 'dns', 1),
    src('g-stun', 'google', 'stun', 1),
    src('g-dns', 'google', 'dns', 1),
    src('o-dns', 'opendns', 'dns', 1),
    src('cf-trace', 'cloudflare', 'http', 3),
    src('ipify', 'ipify', 'http', 3),
    src('icanhazip', 'icanhazip', 'http', 3),
  ];

  type Asked = { ids: string[]; providers: string[]; kinds: SourceKind[] };
  const pick = (asked: Asked, answered: string[], count: number) =>
    ids(
      pickConfirmers(
        ORDERED,
        { ids: new Set(asked.ids), providers: new Set(asked.providers), kinds: new Set(asked.kinds) },
        new Set(answered),
        count,
      ),
    );

  it.each<[label: string, asked: Asked, answered: string[], count: number, picked: string[]]>([
    [
      'cloudflare dns answered: new providers of kinds not yet asked (stun, http) before a new provider of dns',
      { ids: ['cf-dns'], providers: ['cloudflare'], kinds: ['dns'] },
      ['cloudflare'],
      4,
      ['g-stun', 'ipify', 'icanhazip', 'o-dns'],
    ],
    [
      'new provider + new kind beats a cheaper new provider of a used kind',
      { ids: ['cf-dns', 'g-stun'], providers: ['cloudflare', 'google'], kinds: ['dns', 'stun'] },
      ['cloudflare', 'google'],
      1,
      ['ipify'],
    ],
    [
      'then new providers of a used kind, cheapest first',
      { ids: ['cf-dns', 'g-stun'], providers: ['cloudflare', 'google'], kinds: ['dns', 'stun'] },
      ['cloudflare', 'google'],
      3,
      ['ipify', 'icanhazip', 'o-dns'],
    ],
    [
      'other sources of a provider that failed come after new providers',
      {
        ids: ['g-stun', 'ipify', 'icanhazip', 'o-dns'],
        providers: ['google', 'ipify', 'icanhazip', 'opendns'],
        kinds: ['stun', 'http', 'dns'],
      },
      ['ipify'],
      5,
      ['cf-dns', 'g-dns'],
    ],
    [
      'one source per provider: google gets one of its two; failed cloudflare its other one',
      {
        ids: ['cf-dns', 'o-dns', 'ipify', 'icanhazip'],
        providers: ['cloudflare', 'opendns', 'ipify', 'icanhazip'],
        kinds: ['dns', 'http'],
      },
      ['opendns', 'ipify', 'icanhazip'],
      5,
      ['g-stun', 'cf-trace'],
    ],
    [
      'never a provider already answered, even through another source',
      { ids: ['cf-dns', 'g-stun'], providers: ['cloudflare', 'google'], kinds: ['dns', 'stun'] },
      ['cloudflare', 'google', 'opendns', 'ipify', 'icanhazip'],
      5,
      [],
    ],
    [
      'never a source already asked',
      {
        ids: ['cf-dns', 'g-stun', 'g-dns', 'o-dns', 'cf-trace', 'ipify', 'icanhazip'],
        providers: ['cloudflare', 'google', 'opendns', 'ipify', 'icanhazip'],
        kinds: ['dns', 'stun', 'http'],
      },
      [],
      5,
      [],
    ],
    ['count 0 picks nothing', { ids: ['cf-dns'], providers: ['cloudflare'], kinds: ['dns'] }, ['cloudflare'], 0, []],
    [
      'count 1 picks the best only',
      { ids: ['cf-dns'], providers: ['cloudflare'], kinds: ['dns'] },
      ['cloudflare'],
      1,
      ['g-stun'],
    ],
    [
      'nothing asked yet: one source per provider, kinds spread first',
      { ids: [], providers: [], kinds: [] },
      [],
      10,
      ['cf-dns', 'g-stun', 'o-dns', 'ipify', 'icanhazip'],
    ],
  ])('%s', (_label, asked, answered, count, picked) => {
    expect(pick(asked, answered, count)).toEqual(picked);
  });

  it('picks at most one source per provider and never more than count', () => {
    for (let count = 0; count <= 8; count++) {
      const picked = pickConfirmers(
        ORDERED,
        { ids: new Set(), providers: new Set(), kinds: new Set() },
        new Set(),
        count,
      );
      expect(picked.length).toBeLessThanOrEqual(count);
      expect(new Set(picked.map((s) => s.provider)).size).toBe(picked.length);
    }
  });
});

describe('requestsWanted', () => {
  const p = (settled: number, answers: number, failureCodes: string[], leaderProviders = 0, quorum = 2): Progress => ({
    settled,
    answers,
    failureCodes,
    quorum,
    leaderProviders,
  });
  it.each<[string, Progress, number]>([
    ['nothing settled yet: one request, hedges replace it', p(0, 0, []), 1],
    ['nothing settled, quorum 3: still one', p(0, 0, [], 0, 3), 1],
    ['a new address from one provider: one more', p(1, 1, [], 1), 1],
    ['quorum 3, one provider behind the leader: two more', p(1, 1, [], 1, 3), 2],
    ['the first request failed: the whole quorum', p(1, 0, ['timeout']), 2],
    ['first failed as unreachable: one more probe', p(1, 0, ['unreachable']), 1],
    ['two unreachable, no answer: stop', p(2, 0, ['unreachable', 'unreachable']), 0],
    ['unreachable and an answer: not an unreachable family', p(2, 1, ['unreachable'], 1), 1],
    ['unreachable mixed with another failure: the quorum', p(2, 0, ['unreachable', 'http-status']), 2],
    ['two answers disagreeing: one more', p(2, 2, [], 1), 1],
  ])('%s', (_why, progress, wanted) => {
    expect(requestsWanted(progress)).toBe(wanted);
  });
});
