/**
 * The network shift's truth table (shared/network-shift.ts), the address block read from a table
 * row (shared/address-block.ts) and the shift's words in the three languages.
 */
import { describe, expect, it } from 'vitest';

import { addressBlock, addressInteger, blockHolds } from '../../shared/address-block';
import { translator } from '../../shared/i18n/translators';
import { maskedBlock, type NetworkSide, networkShift, networkShiftWords } from '../../shared/network-shift';

const int = (ip: string) => addressInteger(ip)?.value ?? -1n;
const side = (ip: string, asn: number | null, block: string | null): NetworkSide => ({ ip, asn, block });

describe('addressBlock', () => {
  it.each([
    // address, range start, range end, block
    ['79.192.1.1', '79.192.0.0', '79.255.255.255', '79.192.0.0/10'], // the row is one prefix
    ['8.8.8.8', '8.8.8.0', '8.8.8.255', '8.8.8.0/24'],
    ['10.0.3.1', '10.0.0.0', '10.0.5.255', '10.0.0.0/22'], // two prefixes joined: the larger one holding it
    ['10.0.5.1', '10.0.0.0', '10.0.5.255', '10.0.4.0/23'],
    ['192.0.2.7', '192.0.2.7', '192.0.2.7', '192.0.2.7/32'], // a row of one address
    ['192.0.2.8', '192.0.2.3', '192.0.2.9', '192.0.2.8/31'], // unaligned ends
    ['2003::1', '2003::', '2003:1ff:ffff:ffff:ffff:ffff:ffff:ffff', '2003::/23'],
    ['2001:db8::1', '2001:db8::', '2001:db8:0:ffff:ffff:ffff:ffff:ffff', '2001:db8::/48'],
    ['0.0.0.1', '0.0.0.0', '255.255.255.255', '0.0.0.0/0'],
  ])('%s in %s..%s is %s', (ip, start, end, block) => {
    expect(addressBlock(ip, int(start), int(end))).toBe(block);
  });

  it.each([
    ['8.8.4.4', '8.8.8.0', '8.8.8.255'], // outside the row
    ['not an address', '0.0.0.0', '255.255.255.255'],
  ])('%s in %s..%s has no block', (ip, start, end) => {
    expect(addressBlock(ip, int(start), int(end))).toBeNull();
  });
});

describe('blockHolds', () => {
  it.each([
    ['79.192.0.0/10', '79.200.1.1', true],
    ['79.192.0.0/10', '80.187.0.1', false],
    ['2003::/23', '2003:1ff::1', true],
    ['2003::/23', '79.192.1.1', false], // another family
    ['79.192.0.0/10', '2003::1', false],
    ['nonsense', '79.192.1.1', false],
    ['79.192.0.0/10', 'nonsense', false],
  ])('%s holds %s: %s', (block, ip, holds) => {
    expect(blockHolds(block, ip)).toBe(holds);
  });
});

describe('networkShift', () => {
  it.each([
    // before, after, shift
    [null, side('8.8.8.8', 15169, '8.8.8.0/24'), null], // the first address
    [side('8.8.8.8', 15169, '8.8.8.0/24'), null, null],
    [side('79.192.1.1', null, null), side('8.8.8.8', 15169, '8.8.8.0/24'), null], // a gap in the table: no move
    [side('79.192.1.1', 3320, '79.192.0.0/10'), side('203.0.113.9', null, null), null],
    [side('79.192.1.1', 3320, '79.192.0.0/10'), side('79.192.7.7', 3320, '79.192.0.0/10'), null], // same AS, same block
    [side('79.192.1.1', 3320, null), side('80.187.0.1', 3320, '80.187.0.0/16'), null], // a block unknown
    [
      side('79.192.1.1', 3320, '79.192.0.0/10'),
      side('80.187.0.1', 3320, '80.187.0.0/16'),
      { kind: 'block', asn: 3320, fromBlock: '79.192.0.0/10', toBlock: '80.187.0.0/16' },
    ],
    [
      side('79.192.1.1', 3320, '79.192.0.0/10'),
      side('8.8.8.8', 15169, '8.8.8.0/24'),
      { kind: 'network', fromAsn: 3320, toAsn: 15169 },
    ],
    [
      side('79.192.1.1', 3320, null), // the old block unknown: no evidence of the same block
      side('79.192.7.7', 64500, '79.192.7.0/24'),
      { kind: 'network', fromAsn: 3320, toAsn: 64500 },
    ],
    [
      // a more specific prefix of the old block, now announced by another AS
      side('79.192.1.1', 3320, '79.192.0.0/10'),
      side('79.192.7.7', 64500, '79.192.7.0/24'),
      { kind: 'same-block', block: '79.192.0.0/10', fromAsn: 3320, toAsn: 64500 },
    ],
    [
      // the same block moved to another AS (a later table), the address unchanged in it
      side('192.0.2.1', 64500, '192.0.2.0/24'),
      side('192.0.2.9', 64501, '192.0.2.0/24'),
      { kind: 'same-block', block: '192.0.2.0/24', fromAsn: 64500, toAsn: 64501 },
    ],
    [
      side('2003::1', 3320, '2003::/23'),
      side('2a00:1450::1', 15169, '2a00:1450::/32'),
      { kind: 'network', fromAsn: 3320, toAsn: 15169 },
    ],
  ])('%j -> %j is %j', (before, after, shift) => {
    expect(networkShift(before, after)).toEqual(shift);
  });
});

describe('networkShiftWords', () => {
  const shifts = [
    { kind: 'same-block', block: '79.192.0.0/10', fromAsn: 3320, toAsn: 64500 },
    { kind: 'network', fromAsn: 3320, toAsn: 15169 },
    { kind: 'block', asn: 3320, fromBlock: '79.192.0.0/10', toBlock: '80.187.0.0/16' },
  ] as const;

  it('says each kind in English, the AS numbers ungrouped', () => {
    const en = translator('en');
    expect(shifts.map((s) => networkShiftWords(s, en))).toEqual([
      'Same address block (79.192.0.0/10), new network AS64500 (was AS3320)',
      'The network changed from AS3320 to AS15169',
      'New address block 80.187.0.0/16 (was 79.192.0.0/10), same network AS3320',
    ]);
  });

  it.each(['de', 'id'] as const)('says each kind in %s, not in English, with every figure', (language) => {
    const en = translator('en');
    const w = translator(language);
    for (const s of shifts) {
      const said = networkShiftWords(s, w);
      expect(said).not.toBe(networkShiftWords(s, en));
      for (const figure of Object.values(s).filter((v) => v !== s.kind))
        expect(said).toContain(typeof figure === 'number' ? `AS${figure}` : figure);
    }
  });

  it('masks the blocks as the reader masks addresses', () => {
    const en = translator('en');
    const partial = maskedBlock((ip) => ip.replace(/\.\d+$/, '.x'), false);
    const hidden = maskedBlock(() => '(hidden)', true);
    expect(networkShiftWords(shifts[2], en, partial)).toBe(
      'New address block 80.187.0.x/16 (was 79.192.0.x/10), same network AS3320',
    );
    expect(networkShiftWords(shifts[0], en, hidden)).toBe(
      'Same address block ((hidden)), new network AS64500 (was AS3320)',
    );
  });
});
