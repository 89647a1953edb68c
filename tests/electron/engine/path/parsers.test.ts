/**
 * The two parsers (electron/engine/path/) on outputs recorded from the real tools
 * (tests/fixtures/path/README.md says how), table-driven: each file's hops, and whether the
 * target was reached.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { parseTracepath, parseTraceroute } from '../../../../electron/engine/path';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../../../fixtures/path', name), 'utf8');
const hop = (ttl: number, address: string | null, rttMs: number | null) => ({ ttl, address, rttMs });

describe('parseTracepath', () => {
  it.each([
    ['tracepath-reached.txt', [hop(1, '79.192.0.1', 0.05), hop(2, '9.9.9.9', 0.017)], true],
    [
      'tracepath-no-reply.txt',
      [hop(1, '8.8.8.1', 0.05), hop(2, null, null), hop(3, null, null), hop(4, null, null)],
      false,
    ],
    ['tracepath-ipv6.txt', [hop(1, '2003::1', 0.057), hop(2, '2620:fe::fe', 0.018)], true],
  ])('%s', (file, hops, reached) => {
    expect(parseTracepath(fixture(file))).toEqual({ hops, reached });
  });

  it.each([
    ['', { hops: [], reached: false }],
    ['tracepath: 9.9.9.9: Name or service not known\n', { hops: [], reached: false }],
    // After a PMTU change tracepath probes a TTL again: an answer after "no reply" wins.
    [' 1:  no reply\n 1:  192.0.2.1   1.5ms pmtu 1400\n', { hops: [hop(1, '192.0.2.1', 1.5)], reached: false }],
  ])('%j', (text, parsed) => {
    expect(parseTracepath(text)).toEqual(parsed);
  });
});

describe('parseTraceroute', () => {
  it.each([
    ['traceroute-reached.txt', '9.9.9.9', [hop(1, '79.192.0.1', 0.17), hop(2, '9.9.9.9', 0.126)], true],
    ['traceroute-three-probes.txt', '9.9.9.9', [hop(1, '8.8.8.1', 0.236), hop(2, '9.9.9.9', 0.172)], true],
    [
      'traceroute-no-reply.txt',
      '192.0.2.99',
      [hop(1, '8.8.8.1', 0.017), hop(2, null, null), hop(3, null, null), hop(4, null, null)],
      false,
    ],
    ['traceroute-unreachable.txt', '192.0.2.99', [hop(1, '8.8.8.1', 0.025)], false],
    ['traceroute-ipv6.txt', '2620:fe::fe', [hop(1, '2003::1', 0.015), hop(2, '2620:fe::fe', 0.01)], true],
  ])('%s', (file, target, hops, reached) => {
    expect(parseTraceroute(fixture(file), target)).toEqual({ hops, reached });
  });

  it.each([
    // traceroute(8): a probe answered by another address prints it; the hop is the first that answered.
    [' 1  * 10.0.0.1  0.5 ms 10.0.0.5  0.6 ms\n', '9.9.9.9', [hop(1, '10.0.0.1', 0.5)], false],
    ['', '9.9.9.9', [], false],
    ['traceroute to 9.9.9.9 (9.9.9.9), 30 hops max, 60 byte packets\n', '9.9.9.9', [], false],
  ])('%j', (text, target, hops, reached) => {
    expect(parseTraceroute(text, target)).toEqual({ hops, reached });
  });
});
