/**
 * Finding the default gateway: each OS's output read as a table (samples in the shape each
 * tool prints), the finder choosing its source per platform, and one real lookup here.
 */
import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';

import { describe, expect, it } from 'vitest';

import { createGatewayFinder } from '../../../../electron/engine/router/gateway';
import {
  parseIpRouteDefault,
  parseProcIpv6Route,
  parseProcNetRoute,
  parseRouteGet,
  parseRoutePrintV4,
  parseRoutePrintV6,
} from '../../../../electron/engine/router/gateway-parse';
import type { Gateway } from '../../../../electron/engine/router/types';
import { findCommand } from '../../../helpers/peers';

const PROC_ROUTE_HEAD = 'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n';
const procRoute = (...rows: string[]) => PROC_ROUTE_HEAD + rows.join('\n') + '\n';

describe('parseProcNetRoute (Linux /proc/net/route)', () => {
  it.each<[string, string, 'LE' | 'BE', Gateway | null]>([
    [
      'one default route, little-endian',
      procRoute(
        'eth0\t00000000\t0101A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0',
        'eth0\t0001A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0',
      ),
      'LE',
      { address: '192.168.1.1', family: 4, interface: 'eth0' },
    ],
    [
      'the lowest metric of two (Ethernet before Wi-Fi)',
      procRoute(
        'wlan0\t00000000\t0100000A\t0003\t0\t0\t600\t00000000\t0\t0\t0',
        'eth0\t00000000\t0101A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0',
      ),
      'LE',
      { address: '192.168.1.1', family: 4, interface: 'eth0' },
    ],
    [
      'big-endian prints the address in order',
      procRoute('eth0\t00000000\tC0A80101\t0003\t0\t0\t0\t00000000\t0\t0\t0'),
      'BE',
      { address: '192.168.1.1', family: 4, interface: 'eth0' },
    ],
    [
      'a default route without GATEWAY flag (a point-to-point link)',
      procRoute('ppp0\t00000000\t00000000\t0001\t0\t0\t0\t00000000\t0\t0\t0'),
      'LE',
      null,
    ],
    ['a route that is down', procRoute('eth0\t00000000\t0101A8C0\t0002\t0\t0\t0\t00000000\t0\t0\t0'), 'LE', null],
    [
      'only the subnet route: offline',
      procRoute('eth0\t0001A8C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0'),
      'LE',
      null,
    ],
    ['only the header', PROC_ROUTE_HEAD, 'LE', null],
  ])('%s', (_label, text, endian, expected) => {
    expect(parseProcNetRoute(text, endian)).toEqual(expected);
  });
});

describe('parseProcIpv6Route (Linux /proc/net/ipv6_route)', () => {
  const row = (dest: string, len: string, hop: string, metric: string, flags: string, iface: string) =>
    `${dest} ${len} ${'0'.repeat(32)} 00 ${hop} ${metric} 00000001 00000000 ${flags} ${iface}`;
  const ZERO = '0'.repeat(32);
  it.each<[string, string, Gateway | null]>([
    [
      'a link-local router gets its interface as zone',
      row(ZERO, '00', 'fe800000000000000000000000000001', '00000400', '00000003', 'eth0'),
      { address: 'fe80::1%eth0', family: 6, interface: 'eth0' },
    ],
    [
      'a global next hop needs no zone; the lower metric wins',
      [
        row(ZERO, '00', 'fe800000000000000000000000000001', '00000600', '00000003', 'wlan0'),
        row(ZERO, '00', 'fd000000000000000000000000000001', '00000400', '00000003', 'eth0'),
      ].join('\n'),
      { address: 'fd00::1', family: 6, interface: 'eth0' },
    ],
    ['a default route without next hop (unreachable)', row(ZERO, '00', ZERO, 'ffffffff', '00200200', 'lo'), null],
    [
      'a /64 is no default route',
      row('fd000000000000000000000000000000', '40', ZERO, '00000100', '00000001', 'eth0'),
      null,
    ],
  ])('%s', (_label, text, expected) => {
    expect(parseProcIpv6Route(text)).toEqual(expected);
  });
});

describe('parseIpRouteDefault (Linux `ip route show default`)', () => {
  it.each<[string, string, 4 | 6, Gateway | null]>([
    [
      'IPv4',
      'default via 192.168.1.1 dev eth0 proto dhcp src 192.168.1.20 metric 100\n',
      4,
      { address: '192.168.1.1', family: 4, interface: 'eth0' },
    ],
    [
      'the lower metric of two',
      'default via 10.0.0.1 dev wlan0 metric 600\ndefault via 192.168.1.1 dev eth0 metric 100\n',
      4,
      { address: '192.168.1.1', family: 4, interface: 'eth0' },
    ],
    [
      'IPv6 link-local',
      'default via fe80::1 dev eth0 proto ra metric 1024 pref medium\n',
      6,
      { address: 'fe80::1%eth0', family: 6, interface: 'eth0' },
    ],
    ['a device route only (VPN)', 'default dev tun0 scope link\n', 4, null],
    ['nothing', '', 4, null],
  ])('%s', (_label, text, family, expected) => {
    expect(parseIpRouteDefault(text, family)).toEqual(expected);
  });
});

const ROUTE_GET_V4 = `   route to: default
destination: default
       mask: default
    gateway: 192.168.1.1
  interface: en0
      flags: <UP,GATEWAY,DONE,STATIC,PRCLONING>
 recvpipe  sendpipe  ssthresh  rtt,msec    rttvar  hopcount      mtu     expire
       0         0         0         0         0         0      1500         0
`;

describe('parseRouteGet (macOS, BSD `route -n get default`)', () => {
  it.each<[string, string, 4 | 6, Gateway | null]>([
    ['IPv4', ROUTE_GET_V4, 4, { address: '192.168.1.1', family: 4, interface: 'en0' }],
    [
      'IPv6 with its zone',
      ROUTE_GET_V4.replace('192.168.1.1', 'fe80::1%en0'),
      6,
      { address: 'fe80::1%en0', family: 6, interface: 'en0' },
    ],
    [
      'IPv6 without a zone gets the interface',
      ROUTE_GET_V4.replace('192.168.1.1', 'fe80::1'),
      6,
      { address: 'fe80::1%en0', family: 6, interface: 'en0' },
    ],
    [
      'a VPN default route names an interface, no gateway',
      ROUTE_GET_V4.replace(/ {4}gateway: .*\n/, '').replace('en0', 'utun3'),
      4,
      null,
    ],
    ['a link-layer gateway is no address', ROUTE_GET_V4.replace('192.168.1.1', 'link#4'), 4, null],
    ['not in table (no output)', '', 4, null],
  ])('%s', (_label, text, family, expected) => {
    expect(parseRouteGet(text, family)).toEqual(expected);
  });
});

const ROUTE_PRINT_V4 = `===========================================================================
Interface List
 12...00 15 5d 01 02 03 ......Microsoft Hyper-V Network Adapter
  1...........................Software Loopback Interface 1
===========================================================================

IPv4 Route Table
===========================================================================
Active Routes:
Network Destination        Netmask          Gateway       Interface  Metric
          0.0.0.0          0.0.0.0      192.168.1.1    192.168.1.100     25
          0.0.0.0          0.0.0.0         10.0.0.1       10.0.0.23     50
        127.0.0.0        255.0.0.0         On-link         127.0.0.1    331
      192.168.1.0    255.255.255.0         On-link     192.168.1.100    281
===========================================================================
Persistent Routes:
  Network Address          Netmask  Gateway Address  Metric
          0.0.0.0          0.0.0.0        172.16.0.1  Default
===========================================================================
`;

describe('parseRoutePrintV4 (Windows `route print -4`)', () => {
  it.each<[string, string, Gateway | null]>([
    [
      'the active default route of lowest metric',
      ROUTE_PRINT_V4,
      { address: '192.168.1.1', family: 4, interface: '192.168.1.100' },
    ],
    [
      'headings in another language change nothing',
      ROUTE_PRINT_V4.replace('Active Routes:', 'Aktive Routen:').replace('Network Destination', 'Netzwerkziel'),
      { address: '192.168.1.1', family: 4, interface: '192.168.1.100' },
    ],
    ['a persistent route alone is not in force', ROUTE_PRINT_V4.replace(/ {10}0\.0\.0\.0 .*\d\n/g, ''), null],
    [
      'an on-link default route (translated or not) is no address',
      '          0.0.0.0          0.0.0.0         Auf Verbindung     10.0.0.2     25\n',
      null,
    ],
  ])('%s', (_label, text, expected) => {
    expect(parseRoutePrintV4(text)).toEqual(expected);
  });
});

const ROUTE_PRINT_V6 = `IPv6 Route Table
===========================================================================
Active Routes:
 If Metric Network Destination      Gateway
 12    281 ::/0                     fe80::1
  7    301 ::/0                     fe80::abcd
  1    331 ::1/128                  On-link
 12    281 2001:db8:1234:5678::/64  On-link
===========================================================================
`;

describe('parseRoutePrintV6 (Windows `route print -6`)', () => {
  it.each<[string, string, Gateway | null]>([
    [
      'the lowest metric, with the interface index as zone',
      ROUTE_PRINT_V6,
      { address: 'fe80::1%12', family: 6, interface: '12' },
    ],
    [
      'a gateway wrapped onto the next line',
      ' 15    25 ::/0\n                                    2001:db8::1\n',
      { address: '2001:db8::1', family: 6, interface: '15' },
    ],
    ['no default route', ROUTE_PRINT_V6.replace(/.*::\/0.*\n/g, ''), null],
  ])('%s', (_label, text, expected) => {
    expect(parseRoutePrintV6(text)).toEqual(expected);
  });
});

describe('createGatewayFinder', () => {
  const signal = new AbortController().signal;
  const never = async () => {
    throw new Error('not expected');
  };

  it('reads /proc on Linux, and falls back to `ip route` when /proc cannot be read', async () => {
    const runs: string[][] = [];
    const proc = createGatewayFinder({
      platform: 'linux',
      readText: async () => procRoute('eth0\t00000000\t0101A8C0\t0003\t0\t0\t0\t00000000\t0\t0\t0'),
      run: never,
    });
    expect((await proc(4, signal))?.address).toBe(endianness() === 'LE' ? '192.168.1.1' : '192.1.168.1');

    const sandboxed = createGatewayFinder({
      platform: 'linux',
      readText: async () => {
        throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      },
      run: async (cmd, args) => {
        runs.push([cmd, ...args]);
        return 'default via fe80::1 dev eth0 metric 1024\n';
      },
    });
    expect(await sandboxed(6, signal)).toEqual({ address: 'fe80::1%eth0', family: 6, interface: 'eth0' });
    expect(runs).toEqual([['ip', '-6', 'route', 'show', 'default']]);
  });

  it('asks route(8) on macOS, where "not in table" means no gateway', async () => {
    const runs: string[][] = [];
    const mac = createGatewayFinder({
      platform: 'darwin',
      readText: never,
      run: async (cmd, args) => {
        runs.push([cmd, ...args]);
        return ROUTE_GET_V4;
      },
    });
    expect(await mac(4, signal)).toEqual({ address: '192.168.1.1', family: 4, interface: 'en0' });
    expect(runs).toEqual([['/sbin/route', '-n', 'get', '-inet', 'default']]);

    const offline = createGatewayFinder({
      platform: 'darwin',
      run: async () => {
        throw new Error('route: route: writing to routing socket: not in table');
      },
    });
    expect(await offline(4, signal)).toBeNull();
    const broken = createGatewayFinder({
      platform: 'darwin',
      run: async () => {
        throw new Error('route: spawn route ENOENT');
      },
    });
    await expect(broken(4, signal)).rejects.toThrow(/ENOENT/);
  });

  it('asks `route print` on Windows, per family', async () => {
    const runs: string[][] = [];
    const win = createGatewayFinder({
      platform: 'win32',
      run: async (cmd, args) => {
        runs.push([cmd, ...args]);
        return args[1] === '-4' ? ROUTE_PRINT_V4 : ROUTE_PRINT_V6;
      },
    });
    expect((await win(4, signal))?.address).toBe('192.168.1.1');
    expect((await win(6, signal))?.address).toBe('fe80::1%12');
    const route = `${process.env.SystemRoot ?? 'C:\\Windows'}\\System32\\route.exe`;
    expect(runs).toEqual([
      [route, 'print', '-4'],
      [route, 'print', '-6'],
    ]);
  });

  it.runIf(process.platform === 'linux')(
    "finds the kernel table's IPv4 gateway here, from /proc and from `ip`",
    async () => {
      const expected = parseProcNetRoute(readFileSync('/proc/net/route', 'utf8'), endianness());
      expect(await createGatewayFinder()(4, signal)).toEqual(expected);
      if (!findCommand('ip')) return;
      const noProc = createGatewayFinder({ readText: () => Promise.reject(new Error('hidden')) });
      expect(await noProc(4, signal)).toEqual(expected);
    },
  );
});
