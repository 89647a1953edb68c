/**
 * Which interface the route to the internet leaves by (electron/engine/router/egress.ts and
 * egress-parse.ts): each OS's output as tables, the finder on each platform with its command's
 * output given, and on Linux the real `ip route get` of this machine.
 */
import { execFileSync } from 'node:child_process';
import { endianness } from 'node:os';

import { describe, expect, it } from 'vitest';

import { createEgressFinder, EGRESS_PROBE } from '../../../../electron/engine/router/egress';
import {
  parseIpRouteGet,
  parseProcRouteEgress,
  parseRouteGetInterface,
  parseRoutePrintEgress,
} from '../../../../electron/engine/router/egress-parse';

const HEADER = 'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT';
/** A /proc/net/route row; addresses written as the kernel does on this machine. */
const hex = (ip: string) => {
  const bytes = ip.split('.').map((b) => Number(b).toString(16).padStart(2, '0').toUpperCase());
  return (endianness() === 'LE' ? bytes.reverse() : bytes).join('');
};
const row = (iface: string, dest: string, gw: string, flags: string, metric: number, mask: string) =>
  `${iface}\t${hex(dest)}\t${hex(gw)}\t${flags}\t0\t0\t${metric}\t${hex(mask)}\t0\t0\t0`;
const proc = (...rows: string[]) => [HEADER, ...rows].join('\n');

describe('parseIpRouteGet (Linux `ip -4 -o route get`)', () => {
  it.each<[string, string, string | null]>([
    ['through the router', '1.1.1.1 via 192.168.1.1 dev eth0 src 192.168.1.20 uid 0 \\    cache ', 'eth0'],
    ["WireGuard's wg-quick (its own table)", '1.1.1.1 dev wg0 table 51820 src 10.64.0.2 uid 1000 \\    cache ', 'wg0'],
    ["OpenVPN's def1 (0.0.0.0/1)", '1.1.1.1 via 10.8.0.1 dev tun0 src 10.8.0.6 uid 1000 \\    cache ', 'tun0'],
    ['an unreachable route', 'unreachable 1.1.1.1 uid 0 \\    cache <error> ', null],
    ['nothing printed', '', null],
  ])('%s', (_what, text, iface) => {
    expect(parseIpRouteGet(text)).toBe(iface);
  });
});

describe('parseProcRouteEgress (Linux /proc/net/route, the main table)', () => {
  const lan = row('eth0', '0.0.0.0', '192.168.1.1', '0003', 100, '0.0.0.0');
  const subnet = row('eth0', '192.168.1.0', '0.0.0.0', '0001', 100, '255.255.255.0');
  it.each<[string, string, string | null]>([
    ['the default route', proc(lan, subnet), 'eth0'],
    [
      "OpenVPN's def1: two /1 routes beat the default",
      proc(
        lan,
        row('tun0', '0.0.0.0', '10.8.0.1', '0003', 0, '128.0.0.0'),
        row('tun0', '128.0.0.0', '10.8.0.1', '0003', 0, '128.0.0.0'),
      ),
      'tun0',
    ],
    [
      'two defaults: the lower metric wins',
      proc(lan, row('wlan0', '0.0.0.0', '192.168.2.1', '0003', 600, '0.0.0.0')),
      'eth0',
    ],
    ['a route that is down is not taken', proc(row('tun0', '0.0.0.0', '10.8.0.1', '0002', 0, '0.0.0.0')), null],
    ['no route out (offline)', proc(subnet), null],
    ['only the header', HEADER, null],
  ])('%s', (_what, text, iface) => {
    expect(parseProcRouteEgress(text, EGRESS_PROBE, endianness())).toBe(iface);
  });
});

describe('parseRouteGetInterface (macOS, BSD `route -n get -inet`)', () => {
  it.each<[string, string, string | null]>([
    [
      'through Wi-Fi',
      '   route to: 1.1.1.1\ndestination: default\n       mask: default\n    gateway: 192.168.1.1\n  interface: en0\n      flags: <UP,GATEWAY,DONE,STATIC,PRCLONING>',
      'en0',
    ],
    [
      "through a Network Extension VPN's utun (0/1 and 128/1 routes)",
      '   route to: 1.1.1.1\ndestination: 0.0.0.0\n       mask: 128.0.0.0\n  interface: utun3\n      flags: <UP,DONE,STATIC>',
      'utun3',
    ],
    ['no route (not in table, output empty)', '', null],
  ])('%s', (_what, text, iface) => {
    expect(parseRouteGetInterface(text)).toBe(iface);
  });
});

describe('parseRoutePrintEgress (Windows `route print -4`)', () => {
  const table = (...rows: string[]) =>
    [
      'IPv4 Route Table',
      '===========================================================================',
      'Active Routes:',
      'Network Destination        Netmask          Gateway       Interface  Metric',
      ...rows,
      '===========================================================================',
      'Persistent Routes:',
      '  0.0.0.0          0.0.0.0      192.168.1.1  Default',
    ].join('\n');
  const def = '          0.0.0.0          0.0.0.0      192.168.1.1    192.168.1.20     25';
  it.each<[string, string, string | null]>([
    [
      'the default route',
      table(def, '      192.168.1.0    255.255.255.0         On-link     192.168.1.20    281'),
      '192.168.1.20',
    ],
    [
      'a VPN adapter with 0/1 and 128/1, "On-link" translated into two words',
      table(
        def,
        '          0.0.0.0        128.0.0.0   Auf Verbindung        10.8.0.6      5',
        '        128.0.0.0        128.0.0.0   Auf Verbindung        10.8.0.6      5',
      ),
      '10.8.0.6',
    ],
    [
      'a VPN adapter with 0/1 and 128/1',
      table(
        def,
        '          0.0.0.0        128.0.0.0         On-link         10.8.0.6      5',
        '        128.0.0.0        128.0.0.0         On-link         10.8.0.6      5',
      ),
      '10.8.0.6',
    ],
    [
      'two defaults: the lower metric wins',
      table(def, '          0.0.0.0          0.0.0.0        10.0.0.1       10.0.0.5     50'),
      '192.168.1.20',
    ],
    ['no route out', table('      192.168.1.0    255.255.255.0         On-link     192.168.1.20    281'), null],
  ])('%s', (_what, text, address) => {
    expect(parseRoutePrintEgress(text, EGRESS_PROBE)).toBe(address);
  });
});

describe('createEgressFinder', () => {
  const signal = new AbortController().signal;

  it("asks `ip route get` on Linux, and reads /proc's main table when ip cannot run", async () => {
    const runs: string[][] = [];
    const linux = createEgressFinder({
      platform: 'linux',
      run: async (cmd, args) => {
        runs.push([cmd, ...args]);
        return '1.1.1.1 dev wg0 table 51820 src 10.64.0.2 uid 0 \\    cache \n';
      },
      readText: async () => {
        throw new Error('not expected');
      },
    });
    expect(await linux(signal)).toBe('wg0');
    expect(runs).toEqual([['ip', '-4', '-o', 'route', 'get', EGRESS_PROBE]]);
    const noIp = createEgressFinder({
      platform: 'linux',
      run: async () => {
        throw new Error('ip: spawn ip ENOENT');
      },
      readText: async () => proc(row('tun0', '0.0.0.0', '10.8.0.1', '0003', 0, '0.0.0.0')),
    });
    expect(await noIp(signal)).toBe('tun0');
  });

  it('asks route(8) on macOS, where "not in table" means no way out', async () => {
    const mac = createEgressFinder({ platform: 'darwin', run: async () => '  interface: utun4\n' });
    expect(await mac(signal)).toBe('utun4');
    const offline = createEgressFinder({
      platform: 'darwin',
      run: async () => {
        throw new Error('route: writing to routing socket: not in table');
      },
    });
    expect(await offline(signal)).toBeNull();
  });

  it("names Windows' interface address by its adapter's friendly name", async () => {
    const win = createEgressFinder({
      platform: 'win32',
      run: async () => '          0.0.0.0          0.0.0.0        10.2.0.1       10.2.0.2      5\n',
      interfaces: () => ({
        Ethernet: [{ address: '192.168.1.20', family: 'IPv4' } as never],
        ProtonVPN: [{ address: '10.2.0.2', family: 'IPv4' } as never],
      }),
    });
    expect(await win(signal)).toBe('ProtonVPN');
  });

  it.skipIf(process.platform !== 'linux')("reads this machine's own route (Linux, iproute2)", async () => {
    let expected: string | null;
    try {
      expected = /\bdev\s+(\S+)/.exec(
        execFileSync('ip', ['-4', '-o', 'route', 'get', EGRESS_PROBE], { encoding: 'utf8' }),
      )![1]!;
    } catch {
      expected = null; // no route out here: the finder must say so too
    }
    expect(await createEgressFinder()(signal)).toBe(expected);
  });
});
