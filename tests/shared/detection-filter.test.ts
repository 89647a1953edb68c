/**
 * The detection filter (shared/detection-filter.ts, issue 76): favonia/cloudflare-ddns's
 * IP4_DETECTION_FILTER / IP6_DETECTION_FILTER in list form. A table of its rules, the refusals of a
 * range the settings cannot hold, and a property against an oracle of its own: BigInt range
 * arithmetic (an address is in a/n when its top n bits are a's), never ipaddr.js's `match`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { filterAddress, readRange } from '../../shared/detection-filter';
import { propertyRun } from '../helpers/properties';

describe('filterAddress', () => {
  it.each<[string, string, 4 | 6, string[], string[], ReturnType<typeof filterAddress>]>([
    ['no ranges: keep-all', '81.2.69.142', 4, [], [], { kept: true }],
    ['inside the one range to take', '198.51.100.7', 4, ['198.51.100.0/24'], [], { kept: true }],
    ['inside the second range to take', '203.0.113.7', 4, ['198.51.100.0/24', '203.0.113.7/32'], [], { kept: true }],
    [
      'outside every range to take',
      '81.2.69.142',
      4,
      ['198.51.100.0/24'],
      [],
      { kept: false, why: 'outside', address: '81.2.69.142' },
    ],
    [
      'inside a range never to take (favonia: !addr-in(fc00::/7))',
      'fd00::5',
      6,
      [],
      ['fc00::/7'],
      { kept: false, why: 'excluded', address: 'fd00::5', range: 'fc00::/7' },
    ],
    ['outside the range never to take', '2001:db8::5', 6, [], ['fc00::/7'], { kept: true }],
    [
      'an exclusion wins over an inclusion',
      '2001:db8:1::5',
      6,
      ['2001:db8::/32'],
      ['2001:db8:1::/48'],
      { kept: false, why: 'excluded', address: '2001:db8:1::5', range: '2001:db8:1::/48' },
    ],
    ['host bits in a range are the range (10.0.0.5/8 is 10/8)', '10.9.9.9', 4, ['10.0.0.5/8'], [], { kept: true }],
    ['/0 takes every address of the family', '81.2.69.142', 4, ['0.0.0.0/0'], [], { kept: true }],
  ])('%s', (_name, ip, family, include, exclude, expected) => {
    expect(filterAddress(ip, family, { include, exclude })).toEqual(expected);
  });

  it('a range of the other family matches nothing (the settings refuse it)', () => {
    expect(filterAddress('81.2.69.142', 4, { include: ['2001:db8::/32'], exclude: [] })).toMatchObject({
      kept: false,
      why: 'outside',
    });
    expect(filterAddress('81.2.69.142', 4, { include: [], exclude: ['::/0'] })).toEqual({ kept: true });
  });
});

describe('readRange: explicit CIDR of the filter family only (as favonia)', () => {
  it.each<[string, 4 | 6, string | null]>([
    ['198.51.100.0/24', 4, null],
    ['2001:db8::/32', 6, null],
    ['8.8.8.8', 4, 'has no prefix length: write 8.8.8.8/32 for one address'],
    ['2001:db8::1', 6, 'has no prefix length: write 2001:db8::1/128 for one address'],
    ['2001:db8::/32', 4, 'is an IPv6 range, not IPv4'],
    ['10.0.0.0/8', 6, 'is an IPv4 range, not IPv6'],
    ['10.0.0.0/33', 4, 'is not a range in CIDR notation'],
    ['eth0/24', 4, 'is not a range in CIDR notation'],
  ])('%s for IPv%s', (text, family, problem) => {
    const read = readRange(text, family);
    if (problem === null) expect(read.ok).toBe(true);
    else expect(read.ok ? '' : read.problem).toContain(problem);
  });
});

/** The oracle: an address as a BigInt, and "in a/n" as its top n bits equal to a's. */
const bitsOf = (family: 4 | 6) => (family === 4 ? 32 : 128);
const v4Text = (n: bigint) => [24n, 16n, 8n, 0n].map((s) => String((n >> s) & 255n)).join('.');
const v6Text = (n: bigint) =>
  Array.from({ length: 8 }, (_, i) => ((n >> BigInt(112 - 16 * i)) & 0xffffn).toString(16)).join(':');
const textOf = (family: 4 | 6, n: bigint) => (family === 4 ? v4Text(n) : v6Text(n));
const within = (family: 4 | 6, ip: bigint, base: bigint, len: number) => {
  const shift = BigInt(bitsOf(family) - len);
  return ip >> shift === base >> shift;
};

describe('property: an address is taken exactly when the oracle says so', () => {
  it.each([4, 6] as const)('IPv%s', (family) => {
    const bits = bitsOf(family);
    const value = fc.bigInt({ min: 0n, max: (1n << BigInt(bits)) - 1n });
    // Ranges near the address (sharing its top bits) as well as anywhere, so both verdicts come up.
    const range = fc.record({ base: value, len: fc.integer({ min: 0, max: bits }), near: fc.boolean() });
    fc.assert(
      fc.property(value, fc.array(range, { maxLength: 3 }), fc.array(range, { maxLength: 3 }), (ip, inc, exc) => {
        const place = (r: { base: bigint; len: number; near: boolean }) => ({
          base: r.near ? ip ^ (r.base >> BigInt(r.len)) : r.base,
          len: r.len,
        });
        const include = inc.map(place);
        const exclude = exc.map(place);
        const excludedBy = exclude.find((r) => within(family, ip, r.base, r.len));
        const inside = !include.length || include.some((r) => within(family, ip, r.base, r.len));
        const verdict = filterAddress(textOf(family, ip), family, {
          include: include.map((r) => `${textOf(family, r.base)}/${r.len}`),
          exclude: exclude.map((r) => `${textOf(family, r.base)}/${r.len}`),
        });
        if (excludedBy) return !verdict.kept && verdict.why === 'excluded';
        return verdict.kept === inside;
      }),
      propertyRun(`detection filter: IPv${family}`),
    );
  });
});
