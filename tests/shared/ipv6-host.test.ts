/**
 * An AAAA record's `address` setting read into its parts (shared/ipv6-host.ts): the table of
 * what is taken and how it is written, the refusals in words, the modified EUI-64 identifier
 * against RFC 4291 appendix A's bit template and RFC 2464 section 4's worked example, and a
 * property: the address put together equals the same sum done in BigInt arithmetic (the oracle:
 * a 128-bit number masked, not ipaddr.js words).
 */
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';

import { combine, eui64, fromDdnsUpdaterSuffix, inRange, parseAddressChoice } from '../../shared/ipv6-host';
import { testSeed } from '../helpers/random';

const written = (text: string) => {
  const c = parseAddressChoice(text);
  return c.ok ? c.choice.text : `refused: ${c.error}`;
};

describe("an AAAA record's address setting", () => {
  it.each([
    ['stable', 'stable'],
    [' Observed ', 'observed'],
    ['stable@eth1', 'stable@eth1'],
    ['stable @ Ethernet 2', 'stable@Ethernet 2'],
    ['0:0:0:0:72AD:8FBB:0:1', '::72ad:8fbb:0:1'],
    ['::1:2:3:4/64', '::1:2:3:4'],
    ['::1:0:0:0:5/56', '::1:0:0:0:5/56'],
    ['0:0:0:ff:0:0:0:5/56', '::ff:0:0:0:5/56'],
    ['::5/48', '::5/48'],
    ['0:0:0:ffff::5/48', '::ffff:0:0:0:5/48'],
    ['mac:00:11:22:33:44:55', 'mac:00:11:22:33:44:55'],
    ['00-11-22-33-44-AA', 'mac:00:11:22:33:44:aa'],
    ['00:11:22:33:44:55', 'mac:00:11:22:33:44:55'],
    ['MAC:00-11-22-33-44-55@eth1', 'mac:00:11:22:33:44:55@eth1'],
    ['::5@2001:db8:77:1::9/48', '::5@2001:db8:77::/48'],
    ['::1:0:0:0:5/56@2001:DB8::/32', '::1:0:0:0:5/56@2001:db8::/32'],
  ])('%j is taken, written %j', (text, want) => {
    expect(written(text)).toBe(want);
  });

  it.each([
    [
      'static',
      'expected stable, observed, an IPv6 suffix such as ::1:2:3:4 or a MAC such as mac:00:11:22:33:44:55, not "static"',
    ],
    ['2001:db8::1', '2001:db8::1 sets the prefix too: a suffix gives only the last 64 bits, such as ::1:2:3:4'],
    ['::', "the suffix :: is all zeros: give the device's own, such as ::1:2:3:4"],
    ['::/56', "the suffix :: is all zeros: give the device's own, such as ::1:2:3:4"],
    [
      '0:0:0:100::5/56',
      "::100:0:0:0:5 does not fit behind a /56: it sets bits of the prefix, and only the last 72 bits are the host's",
    ],
    [
      '0:0:1::5/48',
      "0:0:1::5 does not fit behind a /48: it sets bits of the prefix, and only the last 80 bits are the host's",
    ],
    ['::5/47', "the prefix length /47 is not one of /48 to /64: give your prefix's, such as /56"],
    ['::5/65', "the prefix length /65 is not one of /48 to /64: give your prefix's, such as /56"],
    ['::1:2:3:g/56', '"::1:2:3:g" is not an IPv6 suffix such as ::1:2:3:4'],
    ['mac:00:11:22:33:44', '"mac:00:11:22:33:44" is not a MAC address such as mac:00:11:22:33:44:55'],
    ['00-11-22-33-44-55-66', '"00-11-22-33-44-55-66" is not a MAC address such as mac:00:11:22:33:44:55'],
    ['00:11-22:33:44:55', '"00:11-22:33:44:55" is not an IPv6 suffix such as ::1:2:3:4'],
    [
      'mac:00:11:22:33:44:55/56',
      'a MAC gives only the last 64 bits, so it needs a /64: on a /56, give the subnet with it as a suffix, such as ::211:22ff:fe33:4455/56',
    ],
    ['observed@eth1', 'observed is the address the sources saw: it cannot be put on another prefix (observed@eth1)'],
    ['::5@', '"" is neither an interface name nor an IPv6 range such as 2001:db8::/32'],
    ['::5@2001:db8::', '"2001:db8::" is neither an interface name nor an IPv6 range such as 2001:db8::/32'],
    ['::5@eth1;rm', '"eth1;rm" is neither an interface name nor an IPv6 range such as 2001:db8::/32'],
    ['::5@192.0.2.0/24', '"192.0.2.0/24" is neither an interface name nor an IPv6 range such as 2001:db8::/32'],
  ])('%j is refused in words', (text, error) => {
    expect(parseAddressChoice(text)).toEqual({ ok: false, error });
  });
});

/** The address as one 128-bit number. */
const big = (address: string): bigint => ipaddr.IPv6.parse(address).parts.reduce((n, p) => (n << 16n) | BigInt(p), 0n);
const fromBig = (n: bigint): string =>
  new ipaddr.IPv6(Array.from({ length: 8 }, (_, i) => Number((n >> BigInt(112 - 16 * i)) & 0xffffn))).toString();
const ALL = (1n << 128n) - 1n;
const hostMask = (len: number): bigint => (1n << BigInt(128 - len)) - 1n;

describe('the modified EUI-64 interface identifier (RFC 4291 appendix A)', () => {
  it("RFC 2464 section 4's example: 34-56-78-9A-BC-DE is 36-56-78-FF-FE-9A-BC-DE", () => {
    expect(new ipaddr.IPv6(eui64([0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde])).toString()).toBe('::3656:78ff:fe9a:bcde');
  });

  it("follows the appendix's bit template: the u bit inverted, 0xFFFE between company_id and extension", () => {
    // |cccccc0gcccccccc|ccccccccmmmmmmmm|mmmmmmmmmmmmmmmm| -> |cccccc1gcccccccc|cccccccc11111111|11111110mmmmmmmm|mmmmmmmmmmmmmmmm|
    const seed = testSeed('EUI-64 template');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 6, maxLength: 6 }), (mac) => {
        const macBits = mac.reduce((n, b) => (n << 8n) | BigInt(b), 0n);
        const company = macBits >> 24n;
        const extension = macBits & 0xffffffn;
        const want = (((company ^ 0x020000n) << 40n) | (0xfffen << 24n) | extension).toString(16).padStart(16, '0');
        const got = eui64(mac)
          .slice(4)
          .map((p) => p.toString(16).padStart(4, '0'))
          .join('');
        expect(got).toBe(want);
      }),
      { seed },
    );
  });

  it('is the link-local identifier TCP/IP Illustrated names for 00:30:48:2a:19:89', () => {
    const c = parseAddressChoice('00:30:48:2a:19:89');
    const parts = c.ok && c.choice.host.kind === 'fixed' ? c.choice.host.parts : [];
    expect(combine(ipaddr.IPv6.parse('fe80::').parts, 64, parts)).toBe('fe80::230:48ff:fe2a:1989');
  });
});

describe('a prefix and a host part put together', () => {
  const word = fc.integer({ min: 0, max: 0xffff });
  const address = fc.array(word, { minLength: 8, maxLength: 8 }).map((p) => new ipaddr.IPv6(p).toString());

  it("keeps the prefix's first bits and the host part's others, as BigInt arithmetic says (/48 to /64, and any length)", () => {
    const seed = testSeed('prefix + host part');
    fc.assert(
      fc.property(address, address, fc.integer({ min: 0, max: 128 }), (prefix, host, len) => {
        const hostBits = big(host) & hostMask(len);
        const want = fromBig((big(prefix) & (ALL ^ hostMask(len))) | hostBits);
        expect(combine(ipaddr.IPv6.parse(prefix).parts, len, ipaddr.IPv6.parse(fromBig(hostBits)).parts)).toBe(want);
        // The range test agrees: the address lies inside prefix/len.
        expect(inRange(ipaddr.IPv6.parse(want).parts, ipaddr.IPv6.parse(prefix).parts, len)).toBe(true);
      }),
      { seed },
    );
  });

  it('takes a fixed host part exactly when it has no bit inside the prefix', () => {
    const seed = testSeed('host part fits');
    fc.assert(
      fc.property(address, fc.integer({ min: 48, max: 64 }), (host, len) => {
        const n = big(host);
        const c = parseAddressChoice(`${host}/${len}`);
        const fits = (n & (ALL ^ hostMask(len))) === 0n && n !== 0n;
        expect(c.ok).toBe(fits);
      }),
      { seed },
    );
  });
});

describe("ddns-updater's ipv6_suffix as the setting (its /N counts the suffix's bits)", () => {
  it.each([
    ['0:0:0:0:72ad:8fbb:a54e:bedd/64', { address: '::72ad:8fbb:a54e:bedd' }],
    ['0:0:0:1:0:0:0:5/72', { address: '::1:0:0:0:5/56' }],
    ['2001:db8:1:2ff::5/72', { address: '::ff:0:0:0:5/56' }],
    ['ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/80', { address: '::ffff:ffff:ffff:ffff:ffff/48' }],
    [
      '0:0:0:0:0:0:0:1/56',
      {
        error:
          'ipv6_suffix "0:0:0:0:0:0:0:1/56": a 56-bit suffix sits behind a /72, and IPWatch takes /48 to /64 (a suffix of 64 to 80 bits)',
      },
    ],
    [
      '::1/96',
      {
        error:
          'ipv6_suffix "::1/96": a 96-bit suffix sits behind a /32, and IPWatch takes /48 to /64 (a suffix of 64 to 80 bits)',
      },
    ],
    [
      '::1:2:3:4',
      {
        error:
          'ipv6_suffix "::1:2:3:4" is not an IPv6 suffix with its prefix length, such as 0:0:0:0:72ad:8fbb:a54e:bedd/64',
      },
    ],
    ['::/64', { error: `ipv6_suffix "::/64": the suffix :: is all zeros: give the device's own, such as ::1:2:3:4` }],
  ])('%s -> %j', (text, want) => {
    expect(fromDdnsUpdaterSuffix(text)).toEqual(want);
  });
});
