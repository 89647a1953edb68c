/**
 * NAT64 discovery (shared/nat64.ts, RFC 7050 section 3 over RFC 6052 section 2.2's positions),
 * 464XLAT's CLAT on the host, and the verdict's truth table.
 */
import { describe, expect, it } from 'vitest';

import { translator } from '../../shared/i18n/translators';
import { clatInterfaces, nat64Prefixes, prefixOf, transitionVerdict, transitionWords } from '../../shared/nat64';

describe('prefixOf', () => {
  it.each([
    // RFC 6052 section 2.4's examples of 192.0.2.33 read with the WKA 192.0.0.170 (c0.00.00.aa) in its place.
    ['64:ff9b::c000:aa', '64:ff9b::/96'], // the well-known prefix (what unbound's dns64-prefix gives)
    ['64:ff9b::192.0.0.171', '64:ff9b::/96'],
    ['2001:db8:c000:aa::', '2001:db8::/32'],
    ['2001:db8:1c0:0:aa::', '2001:db8:100::/40'],
    ['2001:db8:122:c000:0:aa00::', '2001:db8:122::/48'],
    ['2001:db8:122:3c0:0:aa::', '2001:db8:122:300::/56'],
    ['2001:db8:122:344:c0:0:aa00:0', '2001:db8:122:344::/64'],
    ['2001:db8::1', null], // a real AAAA: no WKA in it
    ['192.0.0.170', null],
    ['nonsense', null],
  ])('%s -> %s', (answer, prefix) => {
    expect(prefixOf(answer)?.prefix ?? null).toBe(prefix);
  });

  it('lists each prefix once, in the order answered', () => {
    expect(nat64Prefixes(['64:ff9b::c000:ab', '64:ff9b::c000:aa', '2001:db8:c000:aa::'])).toEqual([
      { prefix: '64:ff9b::/96', length: 96 },
      { prefix: '2001:db8::/32', length: 32 },
    ]);
    expect(nat64Prefixes([])).toEqual([]);
  });
});

describe('clatInterfaces', () => {
  it.each([
    [[{ name: 'v4-rmnet_data0', addresses: ['192.0.0.4'] }], ['v4-rmnet_data0']], // Android
    [[{ name: 'clat', addresses: [] }], ['clat']], // clatd
    [[{ name: 'wlan0', addresses: ['192.0.0.2', '2001:db8::5'] }], ['wlan0']], // an address of 192.0.0.0/29
    [[{ name: 'eth0', addresses: ['192.0.0.8', '192.168.1.5'] }], []], // 192.0.0.8 is past the /29
    [
      [
        { name: 'eth0', addresses: ['10.0.0.5'] },
        { name: 'lo', addresses: ['127.0.0.1'] },
      ],
      [],
    ],
  ])('%j -> %j', (interfaces, names) => {
    expect(clatInterfaces(interfaces)).toEqual(names);
  });
});

describe('transitionVerdict', () => {
  const p = [{ prefix: '64:ff9b::/96', length: 96 }];
  it.each([
    [[], [], { kind: 'none' }],
    [[], ['clat'], { kind: 'none' }],
    [p, [], { kind: 'nat64', prefixes: p }],
    [p, ['clat'], { kind: '464xlat', prefixes: p, clat: ['clat'] }],
  ] as const)('%j %j', (prefixes, clat, verdict) => {
    expect(transitionVerdict([...prefixes], [...clat])).toEqual(verdict);
  });
});

describe('transitionWords', () => {
  const p = [{ prefix: '64:ff9b::/96', length: 96 }];
  it('says each verdict in English, with its prefix and CLAT', () => {
    const en = translator('en');
    expect(transitionWords({ kind: 'none' }, en)).toBe(
      'No NAT64 found: the resolver synthesizes no IPv6 address for ipv4only.arpa',
    );
    expect(transitionWords({ kind: 'nat64', prefixes: p }, en)).toBe(
      'IPv6-only with NAT64: the resolver (DNS64) synthesizes IPv6 addresses with the prefix 64:ff9b::/96',
    );
    expect(transitionWords({ kind: '464xlat', prefixes: p, clat: ['clat'] }, en)).toBe(
      "464XLAT: this host's IPv4 goes through its CLAT (clat) and NAT64 (prefix 64:ff9b::/96)",
    );
  });

  it.each(['de', 'id'] as const)('says 464XLAT in %s with the prefix and the CLAT', (language) => {
    const said = transitionWords({ kind: '464xlat', prefixes: p, clat: ['clat'] }, translator(language));
    expect(said).toContain('64:ff9b::/96');
    expect(said).toContain('(clat)');
    expect(said).not.toContain('goes through');
  });
});
