/**
 * Windows' reader (electron/engine/host-addresses/windows.ts) on Get-NetIPAddress's JSON, in the
 * shape the command asks for (IPAddress, InterfaceAlias, PrefixLength, SuffixOrigin,
 * AddressState): enums as Windows PowerShell writes them (numbers: NL_SUFFIX_ORIGIN, NL_DAD_STATE,
 * as Microsoft's docs number them) and as PowerShell 7 may (their names), one address written
 * as an object, and none written as nothing.
 */
import { describe, expect, it } from 'vitest';

import { parseNetIpAddressJson } from '../../../../electron/engine/host-addresses/windows';

const flags = { temporary: false, deprecated: false, unusable: false };
const row = (IPAddress: string, SuffixOrigin: number | string, AddressState: number | string, PrefixLength = 64) => ({
  IPAddress,
  InterfaceAlias: 'Ethernet',
  PrefixLength,
  SuffixOrigin,
  AddressState,
});

describe('Get-NetIPAddress -AddressFamily IPv6 | ConvertTo-Json', () => {
  it.each([
    ['a stable SLAAC address (Link, Preferred)', row('2001:db8:1:2:b1c3::9', 4, 4), {}],
    ['a temporary one (Random)', row('2001:db8:1:2:d1c3:9a2b:abcd:ef01', 5, 4), { temporary: true }],
    ['a temporary one, by name', row('2001:db8:1:2::77', 'Random', 'Preferred'), { temporary: true }],
    ['a deprecated stable one', row('2001:db8:1:2::78', 'Link', 'Deprecated'), { deprecated: true }],
    ['a DHCPv6 one (Dhcp, /128)', row('2001:db8:1:2::1000', 3, 4, 128), {}],
    ['a tentative one', row('2001:db8:1:2::79', 1, 1), { unusable: true }],
    ['a duplicate one', row('2001:db8:1:2::80', 'Manual', 'Duplicate'), { unusable: true }],
    ['a link-local one with its zone', row('fe80::10d9:bcb0:601f:16fa%12', 4, 4), {}],
  ])('%s', (_what, r, want) => {
    const [got] = parseNetIpAddressJson(JSON.stringify([r]));
    expect(got).toEqual({
      iface: 'Ethernet',
      address: r.IPAddress.replace(/%.*/, ''),
      prefixLen: r.PrefixLength,
      ...flags,
      ...want,
    });
  });

  it('reads one address written as an object, and none written as nothing', () => {
    expect(parseNetIpAddressJson(JSON.stringify(row('2001:db8::1', 4, 4)))).toHaveLength(1);
    expect(parseNetIpAddressJson('')).toEqual([]);
    expect(parseNetIpAddressJson('\r\n')).toEqual([]);
  });

  it('leaves out rows without an IPv6 address, and refuses what is not JSON', () => {
    expect(parseNetIpAddressJson(JSON.stringify([row('192.0.2.1', 4, 4, 24), { InterfaceAlias: 'x' }]))).toEqual([]);
    expect(() => parseNetIpAddressJson('Get-NetIPAddress : Access denied')).toThrow();
  });
});
