/**
 * The address an AAAA record should hold (electron/engine/ddns/aaaa-target.ts): its truth table,
 * row by row, over the observed address and this host's addresses with their flags.
 */
import { describe, expect, it } from 'vitest';

import { aaaaTarget, type HostView } from '../../../../electron/engine/ddns/aaaa-target';
import { why } from '../../../../electron/engine/ddns/why';
import type { HostAddress } from '../../../../electron/engine/host-addresses';
import { inEnglish } from '../../../../electron/engine/reason';
import type { Reason } from '../../../../shared/reason';

const addr = (address: string, f: Partial<HostAddress> = {}): HostAddress => ({
  iface: 'eth0',
  address,
  prefixLen: 64,
  temporary: false,
  deprecated: false,
  unusable: false,
  ...f,
});
const view = (...addresses: HostAddress[]): HostView => ({ ok: true, addresses });

const TEMP = '2001:db8:1:2:d1c3:9a2b:abcd:ef01';
const STABLE = '2001:db8:1:2:549d:9dff:fe0d:93a7';
const STABLE_B = '2001:db8:1:2::1000';
const NO_STABLE = 'observed address published: no stable address of this host in 2001:db8:1:2::/64';
const host = view(
  addr('fe80::549d:9dff:fe0d:93a7'),
  addr(TEMP, { temporary: true }),
  addr(STABLE),
  addr('2001:db8:9:9::5'), // another /64 (another interface)
);

// A second prefix on another interface (a second delegated prefix, or a LAN of its own).
const P2_STABLE = '2001:db8:77:1:549d:9dff:fe0d:93a7';
const P2_STABLE_B = '2001:db8:77:1::1000';
const two = (...more: HostAddress[]): HostView =>
  view(
    addr('fe80::1', { iface: 'eth1' }),
    addr(TEMP, { temporary: true }),
    addr(STABLE),
    addr('fd00:1:2:3::9', { iface: 'eth1' }), // a ULA: not global
    ...more,
  );
const TWO = two(addr(P2_STABLE, { iface: 'eth1' }), addr('2001:db8:77:1:aaaa::1', { iface: 'eth1', temporary: true }));
const UNREAD: HostView = { ok: false, why: why('reason.ddns.hostUnread', { said: 'ip: not found' }) };

describe('the address an AAAA record holds', () => {
  it.each<[string, Parameters<typeof aaaaTarget>, { address: string | null; why: string | null }]>([
    ['observed: what the sources saw', ['observed', TEMP, host], { address: TEMP, why: null }],
    [
      'a suffix: the observed /64 + the suffix',
      ['::1:2:3:4', TEMP, host],
      { address: '2001:db8:1:2:1:2:3:4', why: null },
    ],
    [
      'stable: the stable address in the observed /64, never the temporary one',
      ['stable', TEMP, host],
      { address: STABLE, why: null },
    ],
    [
      'stable, spelled long: the same',
      ['stable', '2001:0db8:0001:0002:d1c3:9a2b:abcd:ef01', host],
      { address: STABLE, why: null },
    ],
    [
      'stable: the observed address when it is stable itself',
      ['stable', STABLE_B, view(addr(STABLE), addr(STABLE_B))],
      { address: STABLE_B, why: null },
    ],
    [
      'stable: the one held now stays while it is stable',
      ['stable', TEMP, view(addr(STABLE), addr(STABLE_B)), STABLE],
      { address: STABLE, why: null },
    ],
    [
      'stable: the one held now stays, even when another sorts first',
      ['stable', TEMP, view(addr(STABLE_B), addr(STABLE)), STABLE],
      { address: STABLE, why: null },
    ],
    [
      'stable: the observed address when it is stable, even when another sorts first',
      ['stable', STABLE, view(addr(STABLE_B), addr(STABLE))],
      { address: STABLE, why: null },
    ],
    [
      'stable: the observed address deprecated gives way to a stable one that is not',
      ['stable', STABLE, view(addr(STABLE, { deprecated: true }), addr(STABLE_B))],
      { address: STABLE_B, why: null },
    ],
    [
      'stable: two stable ones, none held: the first by address',
      ['stable', TEMP, view(addr(STABLE), addr(STABLE_B))],
      { address: STABLE_B, why: null },
    ],
    [
      'stable: a DHCPv6 /128 counts, its first 64 bits are the prefix',
      ['stable', TEMP, view(addr(STABLE_B, { prefixLen: 128 }))],
      { address: STABLE_B, why: null },
    ],
    [
      'stable: a deprecated one gives way to one that is not',
      ['stable', TEMP, view(addr(STABLE_B, { deprecated: true }), addr(STABLE)), STABLE_B],
      { address: STABLE, why: null },
    ],
    [
      'stable: a deprecated one when it is the only one',
      ['stable', TEMP, view(addr(STABLE, { deprecated: true }))],
      { address: STABLE, why: null },
    ],
    [
      'stable: a tentative or duplicate one is not taken',
      ['stable', TEMP, view(addr(STABLE, { unusable: true }), addr(TEMP, { temporary: true }))],
      { address: TEMP, why: NO_STABLE },
    ],
    [
      'stable: only temporary ones: the observed, and why',
      ['stable', TEMP, view(addr(TEMP, { temporary: true }))],
      { address: TEMP, why: NO_STABLE },
    ],
    [
      'stable: none in that /64 (the sources saw another host)',
      ['stable', TEMP, view(addr('2001:db8:9:9::5'))],
      { address: TEMP, why: NO_STABLE },
    ],
    [
      'stable: addresses not readable: the observed, and why',
      ['stable', TEMP, UNREAD],
      { address: TEMP, why: "observed address published: this host's addresses could not be read (ip: not found)" },
    ],
    [
      'a MAC: the observed /64 + its modified EUI-64 identifier',
      ['mac:00:11:22:33:44:55', TEMP, host],
      { address: '2001:db8:1:2:211:22ff:fe33:4455', why: null },
    ],
    [
      'a /56 suffix: the first 56 bits observed, the subnet and host from the suffix',
      ['::1:0:0:0:5/56', '2001:db8:1:2ff::d', host],
      { address: '2001:db8:1:201::5', why: null },
    ],
    ['a /48 suffix: the subnet word its own', ['0:0:0:7::5/48', TEMP, host], { address: '2001:db8:1:7::5', why: null }],
    ['@eth1: its global prefix + the suffix', ['::5@eth1', TEMP, TWO], { address: '2001:db8:77:1::5', why: null }],
    [
      '@eth1: its global prefix + a MAC',
      ['mac:00:11:22:33:44:55@eth1', TEMP, TWO],
      { address: '2001:db8:77:1:211:22ff:fe33:4455', why: null },
    ],
    [
      '@eth1 on a /56: the subnet from the suffix',
      ['::2:0:0:0:5/56@eth1', TEMP, TWO],
      { address: '2001:db8:77:2::5', why: null },
    ],
    [
      'stable@eth1: its stable address, never its temporary one',
      ['stable@eth1', TEMP, TWO],
      { address: P2_STABLE, why: null },
    ],
    [
      'stable@eth1: the one held now stays',
      ['stable@eth1', TEMP, two(addr(P2_STABLE_B, { iface: 'eth1' }), addr(P2_STABLE, { iface: 'eth1' })), P2_STABLE],
      { address: P2_STABLE, why: null },
    ],
    [
      'stable@eth1: only a temporary one there: nothing, and why',
      ['stable@eth1', TEMP, two(addr(P2_STABLE, { iface: 'eth1', temporary: true }))],
      { address: null, why: 'nothing published: no stable address of this host on eth1' },
    ],
    [
      '@range: the prefix of the address inside it',
      ['::5@2001:db8:77::/48', TEMP, TWO],
      { address: '2001:db8:77:1::5', why: null },
    ],
    ['@range: a ULA range names a ULA prefix', ['::5@fd00::/8', TEMP, TWO], { address: 'fd00:1:2:3::5', why: null }],
    [
      '@eth1 with only a ULA and a link-local address there: nothing, and why',
      ['::5@eth1', TEMP, two()],
      { address: null, why: 'nothing published: no address of this host on eth1' },
    ],
    [
      '@range with nothing inside it: nothing, and why',
      ['::5@2001:db8:99::/48', TEMP, TWO],
      { address: null, why: 'nothing published: no address of this host inside 2001:db8:99::/48' },
    ],
    [
      '@eth1: a tentative or duplicate address there is not taken',
      ['::5@eth1', TEMP, two(addr(P2_STABLE, { iface: 'eth1', unusable: true }))],
      { address: null, why: 'nothing published: no address of this host on eth1' },
    ],
    [
      '@eth1 with two prefixes: the one not deprecated',
      [
        '::5@eth1',
        TEMP,
        two(addr('2001:db8:5::1', { iface: 'eth1', deprecated: true }), addr(P2_STABLE, { iface: 'eth1' })),
      ],
      { address: '2001:db8:77:1::5', why: null },
    ],
    [
      '@eth1 with two live prefixes: the first by address (a range names the other)',
      ['::5@eth1', TEMP, two(addr(P2_STABLE, { iface: 'eth1' }), addr('2001:db8:5::1', { iface: 'eth1' }))],
      { address: '2001:db8:5::5', why: null },
    ],
    [
      '@eth1, addresses not readable: nothing, and why',
      ['::5@eth1', TEMP, UNREAD],
      { address: null, why: "nothing published: this host's addresses could not be read (ip: not found)" },
    ],
  ])('%s', (_what, args, want) => {
    const got = aaaaTarget(...args);
    expect({ address: got.address, why: got.why?.text ?? null }).toEqual(want);
    // Its code says the same words, so a page in another language says it too.
    if (got.why) expect(got.why.code && inEnglish(got.why.code as Reason)).toBe(got.why.text);
  });
});
