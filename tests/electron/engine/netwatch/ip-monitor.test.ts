/**
 * Reading `ip -o monitor address route` (electron/engine/netwatch/ip-monitor.ts). Most lines are
 * iproute2 6.1's output, captured in a network namespace while a veth pair was brought up,
 * given addresses and default routes, renumbered, taken down and deleted; the labelled ones
 * (`ip monitor label`), the ppp peer, the wg-quick table and the RA-learnt default follow
 * iproute2's print_addrinfo/print_route formats for what a namespace of veths cannot show.
 */
import { describe, expect, it } from 'vitest';

import {
  ipLineMatters,
  ipMonitorSpec,
  type IpMonitorLine,
  parseIpMonitorLine,
} from '../../../../electron/engine/netwatch/ip-monitor';

describe('parseIpMonitorLine', () => {
  it.each<[line: string, parsed: IpMonitorLine | null]>([
    [
      '3: v0    inet 192.0.2.10/24 scope global v0\\       valid_lft forever preferred_lft forever',
      { type: 'address', deleted: false, iface: 'v0', family: 4, address: '192.0.2.10', scope: 'global' },
    ],
    [
      'Deleted 3: v0    inet 192.0.2.10/24 scope global dynamic v0\\       valid_lft 300sec preferred_lft 300sec',
      { type: 'address', deleted: true, iface: 'v0', family: 4, address: '192.0.2.10', scope: 'global' },
    ],
    [
      '3: v0    inet6 2001:db8::10/64 scope global nodad \\       valid_lft forever preferred_lft forever',
      { type: 'address', deleted: false, iface: 'v0', family: 6, address: '2001:db8::10', scope: 'global' },
    ],
    [
      '2: v1    inet6 fe80::44e7:b0ff:fe0c:30ef/64 scope link \\       valid_lft forever preferred_lft forever',
      { type: 'address', deleted: false, iface: 'v1', family: 6, address: 'fe80::44e7:b0ff:fe0c:30ef', scope: 'link' },
    ],
    [
      '[ADDR]1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever',
      { type: 'address', deleted: false, iface: 'lo', family: 4, address: '127.0.0.1', scope: 'host' },
    ],
    [
      '5: ppp0    inet 10.64.0.9 peer 10.64.0.1/32 scope global ppp0\\       valid_lft forever preferred_lft forever',
      { type: 'address', deleted: false, iface: 'ppp0', family: 4, address: '10.64.0.9', scope: 'global' },
    ],
    [
      'default via 192.0.2.1 dev v0 ',
      {
        type: 'route',
        deleted: false,
        routeType: 'unicast',
        dst: 'default',
        table: null,
        dev: 'v0',
        via: '192.0.2.1',
      },
    ],
    [
      'Deleted default via 2001:db8::1 dev v0 metric 1024 pref medium',
      {
        type: 'route',
        deleted: true,
        routeType: 'unicast',
        dst: 'default',
        table: null,
        dev: 'v0',
        via: '2001:db8::1',
      },
    ],
    [
      'local 192.0.2.10 dev v0 table local proto kernel scope host src 192.0.2.10 ',
      {
        type: 'route',
        deleted: false,
        routeType: 'local',
        dst: '192.0.2.10',
        table: 'local',
        dev: 'v0',
        via: null,
      },
    ],
    [
      '[ROUTE]multicast ff00::/8 dev v1 table local proto kernel metric 256 pref medium',
      {
        type: 'route',
        deleted: false,
        routeType: 'multicast',
        dst: 'ff00::/8',
        table: 'local',
        dev: 'v1',
        via: null,
      },
    ],
    [
      'default via inet6 fe80::1 dev wlan0 proto ra metric 600 expires 1798sec hoplimit 64 pref medium',
      {
        type: 'route',
        deleted: false,
        routeType: 'unicast',
        dst: 'default',
        table: null,
        dev: 'wlan0',
        via: 'fe80::1',
      },
    ],
    ['', null],
    ['Deleted', null],
    ['netlink receive error No buffer space available (105)', null],
    ['Timestamp: Thu Jan  1 00:00:00 2026 12345 usec', null],
  ])('%s', (line, parsed) => {
    expect(parseIpMonitorLine(line)).toEqual(parsed);
  });
});

describe('ipLineMatters', () => {
  it.each<[line: string, matters: boolean]>([
    // What moves an address or the way out.
    ['3: v0    inet 192.0.2.10/24 scope global v0\\       valid_lft forever preferred_lft forever', true],
    ['Deleted 3: v0    inet 192.0.2.10/24 scope global dynamic v0\\       valid_lft 300sec preferred_lft 300sec', true],
    ['3: v0    inet6 2001:db8::10/64 scope global nodad \\       valid_lft forever preferred_lft forever', true],
    ['default via 192.0.2.1 dev v0 ', true],
    ['default via 192.0.2.2 dev v0 ', true],
    ['Deleted default via 2001:db8::1 dev v0 metric 1024 pref medium', true],
    ['default dev wg0 table 51820 scope link ', true],
    ['unreachable default dev lo proto kernel metric 4294967295 pref medium', true],
    // What never does.
    ['2: v1    inet6 fe80::44e7:b0ff:fe0c:30ef/64 scope link \\       valid_lft forever preferred_lft forever', false],
    ['1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever', false],
    ['local 192.0.2.10 dev v0 table local proto kernel scope host src 192.0.2.10 ', false],
    ['192.0.2.0/24 dev v0 proto kernel scope link src 192.0.2.10 ', false],
    ['broadcast 192.0.2.255 dev v0 table local proto kernel scope link src 192.0.2.10 ', false],
    ['multicast ff00::/8 dev v0 table local proto kernel metric 256 pref medium', false],
    ['fe80::/64 dev v0 proto kernel metric 256 pref medium', false],
    ['2001:db8::/64 dev v0 proto kernel metric 256 pref medium', false],
    ['Deleted local fe80::2c48:54ff:fe80:b3c dev v0 table local proto kernel metric 0 pref medium', false],
    ['', false],
  ])('%s -> %s', (line, matters) => {
    expect(ipLineMatters(parseIpMonitorLine(line))).toBe(matters);
  });
});

describe('ipMonitorSpec', () => {
  it('runs ip at the path given, in the C locale, with a reader per run', () => {
    const spec = ipMonitorSpec({ PATH: '/opt/bin', HOME: '/home/u' }, '/opt/bin/ip', null);
    expect(spec).toMatchObject({
      kind: 'netlink',
      command: '/opt/bin/ip',
      args: ['-o', 'monitor', 'address', 'route'],
      env: { PATH: '/opt/bin', HOME: '/home/u', LC_ALL: 'C' },
    });
    expect(spec.reader()('default via 192.0.2.1 dev v0 ')).toBe(true);
  });

  it('under setpriv, when there is one, so that the child dies with this process', () => {
    const spec = ipMonitorSpec({}, '/usr/bin/ip', '/usr/bin/setpriv');
    expect([spec.command, ...spec.args]).toEqual([
      '/usr/bin/setpriv',
      '--pdeathsig',
      'TERM',
      '--',
      '/usr/bin/ip',
      '-o',
      'monitor',
      'address',
      'route',
    ]);
  });
});
