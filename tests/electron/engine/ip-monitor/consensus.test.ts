/**
 * Consensus truth table (electron/engine/ip-monitor/consensus.ts): when answers confirm an address.
 */
import { describe, expect, it } from 'vitest';

import { type Answer, decide, effectiveQuorum, type Verdict } from '../../../../electron/engine/ip-monitor/consensus';
import { addressKey } from '../../../../shared/ip';
import type { SourceKind } from '../../../../shared/types';

/** One accepted answer; the key is the real addressKey (v6 by its /64). */
function ans(sourceId: string, provider: string, ip: string, kind: SourceKind = 'http'): Answer {
  const family = ip.includes(':') ? 6 : 4;
  return { sourceId, provider, kind, ip, key: addressKey(ip, family) };
}

const A = '81.2.69.1';
const B = '81.2.69.2';

describe('decide', () => {
  it.each<[label: string, answers: Answer[], quorum: number, verdict: Verdict]>([
    ['no answers', [], 2, { status: 'pending', leader: null }],
    ['no answers, quorum 1', [], 1, { status: 'pending', leader: null }],
    [
      'one key from q = 2 distinct providers',
      [ans('ipify-v4', 'ipify', A), ans('cf-dns-v4', 'cloudflare', A, 'dns')],
      2,
      { status: 'agreed', key: A, ip: A, sources: ['ipify-v4', 'cf-dns-v4'] },
    ],
    [
      'one key from more than q providers',
      [ans('a', 'pa', A), ans('b', 'pb', A), ans('c', 'pc', A)],
      2,
      { status: 'agreed', key: A, ip: A, sources: ['a', 'b', 'c'] },
    ],
    ['quorum 1: a single answer agrees', [ans('a', 'pa', A)], 1, { status: 'agreed', key: A, ip: A, sources: ['a'] }],
    [
      'one key from 1 < q = 2 providers',
      [ans('a', 'pa', A)],
      2,
      { status: 'pending', leader: { key: A, providers: 1 } },
    ],
    [
      'one key from 2 < q = 3 providers',
      [ans('a', 'pa', A), ans('b', 'pb', A)],
      3,
      { status: 'pending', leader: { key: A, providers: 2 } },
    ],
    [
      'same provider twice (v4 api + trace) counts once',
      [ans('cf-trace-v4', 'cloudflare', A), ans('cf-dns-v4', 'cloudflare', A, 'dns')],
      2,
      { status: 'pending', leader: { key: A, providers: 1 } },
    ],
    [
      'same provider twice plus another provider reaches q = 2',
      [ans('cf-trace-v4', 'cloudflare', A), ans('cf-dns-v4', 'cloudflare', A, 'dns'), ans('ipify-v4', 'ipify', A)],
      2,
      { status: 'agreed', key: A, ip: A, sources: ['cf-trace-v4', 'cf-dns-v4', 'ipify-v4'] },
    ],
    [
      'two keys, one reaching q: agreed, the other answer lied',
      [ans('liar', 'pl', B), ans('a', 'pa', A), ans('b', 'pb', A)],
      2,
      { status: 'agreed', key: A, ip: A, sources: ['a', 'b'] },
    ],
    [
      'two keys, neither reaching q: the one with more providers leads',
      [ans('x', 'px', B), ans('a', 'pa', A), ans('b', 'pb', A)],
      3,
      { status: 'pending', leader: { key: A, providers: 2 } },
    ],
    [
      'two keys tied below q: the first seen leads',
      [ans('a', 'pa', A), ans('x', 'px', B)],
      2,
      { status: 'pending', leader: { key: A, providers: 1 } },
    ],
    [
      'v6 answers differing only after the /64: one key, the newest address shown',
      [ans('a', 'pa', '2a02:1:2:3::1'), ans('b', 'pb', '2a02:1:2:3:aaaa::2')],
      2,
      { status: 'agreed', key: '2a02:1:2:3::/64', ip: '2a02:1:2:3:aaaa::2', sources: ['a', 'b'] },
    ],
    [
      'v6 answers in different /64s: two keys',
      [ans('a', 'pa', '2a02:1:2:3::1'), ans('b', 'pb', '2a02:1:2:4::1')],
      2,
      { status: 'pending', leader: { key: '2a02:1:2:3::/64', providers: 1 } },
    ],
  ])('%s', (_label, answers, quorum, verdict) => {
    expect(decide(answers, quorum)).toEqual(verdict);
  });

  it('full-address keys: v6 answers in one /64 but different addresses do not agree', () => {
    const full = (sourceId: string, provider: string, ip: string): Answer => ({
      sourceId,
      provider,
      kind: 'http',
      ip,
      key: addressKey(ip, 6, 'full'),
    });
    expect(decide([full('a', 'pa', '2a02:1:2:3::1'), full('b', 'pb', '2a02:1:2:3::2')], 2)).toMatchObject({
      status: 'pending',
    });
  });

  it('does not depend on answer order for the agreed key', () => {
    const answers = [ans('a', 'pa', A), ans('liar', 'pl', B), ans('b', 'pb', A)];
    expect(decide(answers, 2)).toMatchObject({ status: 'agreed', key: A });
    expect(decide([...answers].reverse(), 2)).toMatchObject({ status: 'agreed', key: A });
  });
});

describe('effectiveQuorum', () => {
  it.each<[label: string, configured: number, providers: string[], quorum: number]>([
    ['enough providers: the configured quorum', 2, ['ipify', 'cloudflare', 'google'], 2],
    ['exactly as many providers as the quorum', 3, ['a', 'b', 'c'], 3],
    ['fewer providers than the quorum: all of them', 3, ['a', 'b'], 2],
    ['two sources of one operator: 1', 2, ['only'], 1],
    ['no providers at all: never below 1', 2, [], 1],
    ['configured 1 stays 1', 1, ['a', 'b', 'c'], 1],
  ])('%s', (_label, configured, providers, quorum) => {
    expect(effectiveQuorum(configured, new Set(providers))).toBe(quorum);
  });
});
