/**
 * Reading macOS's `route -n monitor` (electron/engine/netwatch/route-monitor.ts). Its format is
 * Apple's route.c (network_cmds, route.tproj/route.c: monitor(), print_rtmsg(), pmsg_common(),
 * pmsg_addrs(), the msgtypes table). The messages below are as Macs print them in public
 * reports: RTM_IFINFO repeating every 15 s (real-world-systems.com/docs/route.1.html), a VPN
 * coming up and `route -n flush -inet6` (a GlobalProtect troubleshooting note), an AirDrop host
 * route (awdl0) churning every few seconds.
 */
import { describe, expect, it } from 'vitest';

import { routeMonitorReader, routeMonitorSpec } from '../../../../electron/engine/netwatch/route-monitor';

/** The lines of one printed message, as the child writes them. */
const message = (...lines: string[]) => ['', 'got message of size 200 on Fri Apr  5 19:21:22 2024', ...lines];

/** Which lines of a run the reader marks as mattering (indexes), reading them in order with one reader. */
function marked(lines: string[]): number[] {
  const read = routeMonitorReader();
  return lines.flatMap((l, i) => (read(l) ? [i] : []));
}

const NEWADDR = message(
  'RTM_NEWADDR: address being added to iface: len 96, metric 0, flags:<CLONING>',
  'sockaddrs: <NETMASK,IFP,IFA,BRD>',
  ' ffff:ffff:ffff:ffff:: ipsec0 fd54:20a4:d33b:b10c:8a6:0:1:1a00 default',
);
const DELADDR = message(
  'RTM_DELADDR: address being removed from iface: len 64, metric 0, flags:<UP>',
  'sockaddrs: <NETMASK,IFP,IFA,BRD>',
  ' 255.255.255.0 en0:a4.83.e7.1.2.3 192.168.1.10 192.168.1.255',
);
const ADD_DEFAULT = message(
  'RTM_ADD: Add Route: len 132, pid: 0, seq 0, errno 0, flags:<UP,GATEWAY,DONE,STATIC,PRCLONING>',
  'locks:  inits: ',
  'sockaddrs: <DST,GATEWAY,NETMASK>',
  ' default 192.168.1.1 default',
);
const DELETE_V6_DEFAULT = message(
  'RTM_DELETE: Delete Route: len 200, pid: 4334, seq 0, errno 0, flags:<GATEWAY,DONE,PRCLONING,CONDEMNED,GLOBAL>',
  'locks:  inits: ',
  'sockaddrs: <DST,GATEWAY,NETMASK,IFP,IFA>',
  ' :: fd54:20a4:d33b:b10c:: default ipsec0 fe80::aede:48ff:fe00:1122%ipsec0',
);
const DELETE_SCOPED_V6_DEFAULT = message(
  'RTM_DELETE: Delete Route: len 224, pid: 4334, seq 1, errno 0, ifscope 13, flags:<GATEWAY,DONE,PRCLONING,IFSCOPE,CONDEMNED,GLOBAL>',
  'locks:  inits: ',
  'sockaddrs: <DST,GATEWAY,NETMASK,IFP,IFA>',
  ' :: fe80::%utun0 (255) ffff ffff ffff 0 0 0 0 0 0 0 0 0 0 utun0 fe80::d4fa:100c:1905:b9d8%utun0',
);
const CHANGE_DEFAULT = message(
  'RTM_CHANGE: Change Metrics or flags: len 132, pid: 0, seq 0, errno 0, flags:<UP,GATEWAY,DONE,STATIC>',
  'locks:  inits: ',
  'sockaddrs: <DST,GATEWAY,NETMASK>',
  ' default 10.0.0.1 default',
);
const HOST_ROUTE = message(
  'RTM_ADD: Add Route: len 140, pid: 0, seq 0, errno 0, flags:<UP,HOST,LLINFO,LOCAL>',
  'locks:  inits: ',
  'sockaddrs: <DST,GATEWAY>',
  ' fd54:20a4:d33b:b10c:8a6:0:1:1a00 ',
);
const AWDL_HOST = message(
  'RTM_ADD: Add Route: len 140, pid: 726, seq 155420, errno 0, flags:<HOST,DONE,STATIC>',
  'locks:  inits: ',
  'sockaddrs: <DST,GATEWAY,IFP>',
  ' fe80::1c2d:3e4f:5a6b:7c8d%awdl0 awdl0:12.34.56.78.9a.bc awdl0',
);
const CLONED_HOST = message(
  'RTM_DELETE: Delete Route: len 176, pid: 4334, seq 4, errno 3, ifscope 16, flags:<UP,GATEWAY,HOST,WASCLONED,PROTO3,IFSCOPE,GLOBAL>',
  'locks:  inits: ',
  'sockaddrs: <DST,GATEWAY,IFA>',
  ' 2001:4860:4860::8888 fd54:20a4:d33b:b10c:: fe80::aede:48ff:fe00:1122%ipsec0',
);
const SUBNET_ROUTE = message(
  'RTM_ADD: Add Route: len 132, pid: 0, seq 0, errno 0, flags:<UP,DONE,CLONING>',
  'locks:  inits: ',
  'sockaddrs: <DST,GATEWAY,NETMASK>',
  ' 192.168.1.0 en0:a4.83.e7.1.2.3 255.255.255.0',
);
const IFINFO = message(
  'RTM_IFINFO: iface status change: len 112, if# 5, flags:<UP,BROADCAST,b6,RUNNING,PPROMISC,SIMPLEX,MULTICAST>',
);
const MISS = message(
  'RTM_MISS: Lookup failed on this address: len 92, pid: 0, seq 0, errno 0, flags:<DONE>',
  'locks:  inits: ',
  'sockaddrs: <DST>',
  ' default',
);
const NEWMADDR = message(
  'RTM_NEWMADDR: new multicast group membership on iface: len 68, ',
  'sockaddrs: <IFP,IFA>',
  ' en0:a4.83.e7.1.2.3 224.0.0.251',
);

describe('routeMonitorReader', () => {
  it.each<[label: string, lines: string[], marked: number[]]>([
    ['a new address: its head', NEWADDR, [2]],
    ['a removed address: its head', DELADDR, [2]],
    ['a new IPv4 default route: its address line', ADD_DEFAULT, [5]],
    ['a deleted IPv6 default (::)', DELETE_V6_DEFAULT, [5]],
    ['a deleted interface-scoped IPv6 default', DELETE_SCOPED_V6_DEFAULT, [5]],
    ['a changed default', CHANGE_DEFAULT, [5]],
    ['a local host route (flag HOST)', HOST_ROUTE, []],
    ['an AirDrop neighbour (awdl0, flag HOST)', AWDL_HOST, []],
    ['a cloned host route going', CLONED_HOST, []],
    ['a subnet route', SUBNET_ROUTE, []],
    ['an interface status change', IFINFO, []],
    ['a lookup miss, even for default', MISS, []],
    ['a multicast membership', NEWMADDR, []],
    ['blank lines and the message banner', ['', 'got message of size 112 on Tue May 12 12:19:43 2020', ''], []],
  ])('%s', (_label, lines, expected) => {
    expect(marked(lines)).toEqual(expected);
  });

  it('a run of messages: noise between them does not hide the ones that matter', () => {
    const run = [...IFINFO, ...AWDL_HOST, ...ADD_DEFAULT, ...IFINFO, ...NEWADDR, ...CLONED_HOST, ...MISS];
    const addDefault = IFINFO.length + AWDL_HOST.length + 5;
    const newAddr = IFINFO.length + AWDL_HOST.length + ADD_DEFAULT.length + IFINFO.length + 2;
    expect(marked(run)).toEqual([addDefault, newAddr]);
  });

  it('a message cut short (no address line) is forgotten at the next head', () => {
    const cut = ADD_DEFAULT.slice(0, 4);
    expect(marked([...cut, ...SUBNET_ROUTE])).toEqual([]);
  });
});

describe('routeMonitorSpec', () => {
  it('runs /sbin/route whatever the PATH, numerically', () => {
    const spec = routeMonitorSpec({ PATH: '/usr/bin' });
    expect(spec).toMatchObject({ kind: 'route-socket', command: '/sbin/route', args: ['-n', 'monitor'] });
    expect(spec.env).toMatchObject({ PATH: '/usr/bin', LC_ALL: 'C' });
  });
});
