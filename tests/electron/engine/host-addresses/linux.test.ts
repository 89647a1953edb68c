/**
 * Linux's reader (electron/engine/host-addresses/linux.ts) on `ip -j -6 addr show dev v1` as
 * iproute2 printed it in the radvd lab (tests/fixtures/host-addresses/ip-j-6-addr.json: an old
 * prefix advertised with preferred lifetime 0, a new one, an address whose DAD failed and one
 * added by hand), and on what else it may be given.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { parseIpAddrJson } from '../../../../electron/engine/host-addresses/linux';

const captured = readFileSync(
  path.join(import.meta.dirname, '../../../fixtures/host-addresses/ip-j-6-addr.json'),
  'utf8',
);
const flags = { temporary: false, deprecated: false, unusable: false };

describe('ip -j -6 addr', () => {
  it('reads each address with its flags', () => {
    expect(parseIpAddrJson(captured)).toEqual(
      [
        ['2001:db8:9:9::55', {}],
        ['2001:db8:9:9::66', { unusable: true }], // dadfailed, tentative
        ['2001:db8:9:9:9c91:3a6f:5410:3dbf', { temporary: true }],
        ['2001:db8:9:9:549d:9dff:fe0d:93a7', {}], // mngtmpaddr: the stable one
        ['2001:db8:1:2:ef1:1cfb:1682:eedb', { temporary: true, deprecated: true }],
        ['2001:db8:1:2:549d:9dff:fe0d:93a7', { deprecated: true }],
        ['fe80::549d:9dff:fe0d:93a7', {}],
      ].map(([address, f]) => ({ iface: 'v1', address, prefixLen: 64, ...flags, ...(f as object) })),
    );
  });

  it.each([
    ['no links', '[]', []],
    ['a link without addresses', '[{"ifname":"eth0","addr_info":[]}]', []],
    ['an entry iproute2 prints empty', '[{}]', []],
    [
      'an IPv4 address left out, an IPv6 one spelled long made short',
      '[{"ifname":"eth0","addr_info":[{"family":"inet","local":"192.0.2.1","prefixlen":24},{"family":"inet6","local":"2001:0db8:0000::0001","prefixlen":128,"tentative":true}]}]',
      [{ iface: 'eth0', address: '2001:db8::1', prefixLen: 128, ...flags, unusable: true }],
    ],
  ])('%s', (_what, output, want) => {
    expect(parseIpAddrJson(output)).toEqual(want);
  });

  it('refuses what is not its JSON', () => {
    expect(() => parseIpAddrJson('Object "addr" is unknown')).toThrow();
    expect(() => parseIpAddrJson('{"ifname":"eth0"}')).toThrow('expected a JSON list of links');
  });
});
