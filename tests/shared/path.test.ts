/** The path's diff (shared/path.ts): its truth table, the networks on the way, and its words in three languages. */
import { describe, expect, it } from 'vitest';

import { translator } from '../../shared/i18n/translators';
import { type PathDiff, pathDiff, pathDiffWords, type PathHop, pathNetworks } from '../../shared/path';

const hop = (ttl: number, address: string | null, asn: number | null = null): PathHop => ({
  ttl,
  address,
  rttMs: address ? 1 : null,
  asn,
});
const path = (...hops: PathHop[]) => ({ hops });
const viaR1 = path(hop(1, '79.192.0.1', 3320), hop(2, '9.9.9.9', 19281));
const viaR2 = path(hop(1, '8.8.8.1', 15169), hop(2, '9.9.9.9', 19281));

describe('pathDiff', () => {
  it.each<[string, { hops: PathHop[] } | null, { hops: PathHop[] }, PathDiff]>([
    ['no path before', null, viaR1, { kind: 'first' }],
    ['the same hops', viaR1, path(...viaR1.hops), { kind: 'same', hops: 2 }],
    [
      'another first hop',
      viaR1,
      viaR2,
      {
        kind: 'changed',
        hops: [{ ttl: 1, before: '79.192.0.1', after: '8.8.8.1' }],
        lengthBefore: 2,
        lengthAfter: 2,
        networksBefore: [3320, 19281],
        networksAfter: [15169, 19281],
      },
    ],
    [
      'a hop silent on one side is no evidence',
      viaR1,
      path(hop(1, null), hop(2, '9.9.9.9', 19281)),
      { kind: 'same', hops: 2 },
    ],
    [
      'one hop longer',
      viaR1,
      path(hop(1, '79.192.0.1', 3320), hop(2, '10.0.0.1'), hop(3, '9.9.9.9', 19281)),
      {
        kind: 'changed',
        hops: [
          { ttl: 2, before: '9.9.9.9', after: '10.0.0.1' },
          { ttl: 3, before: null, after: '9.9.9.9' },
        ],
        lengthBefore: 2,
        lengthAfter: 3,
        networksBefore: [3320, 19281],
        networksAfter: [3320, 19281],
      },
    ],
  ])('%s', (_, before, after, diff) => {
    expect(pathDiff(before, after)).toEqual(diff);
  });
});

describe('pathNetworks', () => {
  it('lists each AS once per stretch, in order, the unknown left out', () => {
    expect(
      pathNetworks([hop(1, 'a', 3320), hop(2, 'b', 3320), hop(3, 'c'), hop(4, 'd', 1299), hop(5, 'e', 3320)]),
    ).toEqual([3320, 1299, 3320]);
  });
});

describe('pathDiffWords', () => {
  const changed = pathDiff(viaR1, viaR2);
  it('says each outcome in English', () => {
    const en = translator('en');
    expect(pathDiffWords({ kind: 'first' }, en)).toEqual(['First path recorded: nothing to compare yet']);
    expect(pathDiffWords({ kind: 'same', hops: 1 }, en)).toEqual(['Same path as before (1 hop)']);
    expect(pathDiffWords(changed, en)).toEqual([
      'The path changed at 1 hop: hop 1 79.192.0.1 → 8.8.8.1',
      'networks on the way: AS15169 → AS19281 (was AS3320 → AS19281)',
    ]);
    const longer = pathDiff(viaR1, path(hop(1, null), hop(2, null), hop(3, '9.9.9.9')));
    expect(pathDiffWords(longer, en)).toEqual([
      'The path changed at 1 hop: hop 3 no hop → 9.9.9.9', // hop 2's silence is no evidence
      'now 3 hops (was 2)',
      'networks on the way: none known (was AS3320 → AS19281)',
    ]);
  });

  it.each(['de', 'id'] as const)('says it in %s, every address and network kept', (language) => {
    const said = pathDiffWords(changed, translator(language)).join(' ');
    expect(said).not.toBe(pathDiffWords(changed, translator('en')).join(' '));
    for (const part of ['79.192.0.1', '8.8.8.1', 'AS15169', 'AS3320']) expect(said).toContain(part);
  });
});
