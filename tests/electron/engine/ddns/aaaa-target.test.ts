/**
 * The address an AAAA record should hold (electron/engine/ddns/aaaa-target.ts): its truth table,
 * row by row, over the observed address and this host's addresses with their flags.
 */
import { describe, expect, it } from 'vitest';

import { aaaaTarget, type HostView } from '../../../../electron/engine/ddns/aaaa-target';
import type { HostAddress } from '../../../../electron/engine/host-addresses';

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

describe('the address an AAAA record holds', () => {
  it.each<[string, Parameters<typeof aaaaTarget>, { address: string; why: string | null }]>([
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
      ['stable', TEMP, { ok: false, why: "this host's addresses could not be read (ip: not found)" }],
      { address: TEMP, why: "observed address published: this host's addresses could not be read (ip: not found)" },
    ],
  ])('%s', (_what, args, want) => {
    expect(aaaaTarget(...args)).toEqual(want);
  });
});
