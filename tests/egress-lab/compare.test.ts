/**
 * The egress lab's reader and verdict (tests/helpers/egress-lab-pcap.ts, egress-lab-compare.ts) on
 * frames built byte by byte, for what a live run may not send: an IGMPv3 report (an IPv4 option
 * before it), an MLDv2 report behind a hop-by-hop header, an ICMP error quoting a datagram, an ICMP
 * echo, ARP, neighbour discovery. Each kind is either matched to the inventory, named as the
 * kernel's own, or reported undeclared: none is dropped.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import dnsPacket from 'dns-packet';
import { afterAll, describe, expect, it } from 'vitest';

import type { DeclaredDestination, EgressReport } from '../../shared/contract/egress';
import { compareWithInventory } from '../helpers/egress-lab-compare';
import { readPcap } from '../helpers/egress-lab-pcap';

const dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-egress-pcap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const v4 = (a: string) => Buffer.from(a.split('.').map(Number));
function v6(a: string): Buffer {
  const [head, tail = ''] = a.split('::');
  const words = (s: string) => (s ? s.split(':').map((w) => parseInt(w, 16)) : []);
  const h = words(head!);
  const t = words(tail);
  const all = a.includes('::') ? [...h, ...Array<number>(8 - h.length - t.length).fill(0), ...t] : h;
  const b = Buffer.alloc(16);
  all.forEach((w, i) => b.writeUInt16BE(w, 2 * i));
  return b;
}
const u16 = (n: number) => Buffer.from([n >> 8, n & 0xff]);

const ether = (type: number, payload: Buffer) =>
  Buffer.concat([Buffer.alloc(6, 0xff), Buffer.from([2, 0, 0, 0x77, 0, 2]), u16(type), payload]);

function ipv4(proto: number, src: string, dst: string, payload: Buffer, options = Buffer.alloc(0)): Buffer {
  const h = Buffer.alloc(20);
  h[0] = 0x40 | ((20 + options.length) / 4);
  h.writeUInt16BE(20 + options.length + payload.length, 2);
  h[8] = 1;
  h[9] = proto;
  v4(src).copy(h, 12);
  v4(dst).copy(h, 16);
  return ether(0x0800, Buffer.concat([h, options, payload]));
}

function ipv6(next: number, src: string, dst: string, payload: Buffer, hopByHop = false): Buffer {
  const h = Buffer.alloc(40);
  h[0] = 0x60;
  const body = hopByHop ? Buffer.concat([Buffer.from([next, 0, 5, 2, 0, 0, 1, 0]), payload]) : payload;
  h.writeUInt16BE(body.length, 4);
  h[6] = hopByHop ? 0 : next;
  h[7] = 1;
  v6(src).copy(h, 8);
  v6(dst).copy(h, 24);
  return ether(0x86dd, Buffer.concat([h, body]));
}

const udp = (sport: number, dport: number, data: Buffer = Buffer.alloc(0)) =>
  Buffer.concat([u16(sport), u16(dport), u16(8 + data.length), u16(0), data]);
const tcpSyn = (sport: number, dport: number) =>
  Buffer.concat([u16(sport), u16(dport), Buffer.alloc(8), Buffer.from([0x50, 0x02]), Buffer.alloc(6)]);
const query = (name: string, type: 'A' | 'NS') =>
  dnsPacket.encode({ type: 'query', id: 7, questions: [{ type, name }] });

function arpRequest(sender: string, target: string): Buffer {
  const head = Buffer.from([0, 1, 8, 0, 6, 4, 0, 1, 2, 0, 0, 0x77, 0, 2]);
  return ether(0x0806, Buffer.concat([head, v4(sender), Buffer.alloc(6), v4(target)]));
}

function pcap(frames: Buffer[]): string {
  const global = Buffer.alloc(24);
  global.writeUInt32LE(0xa1b2c3d4, 0);
  global.writeUInt16LE(2, 4);
  global.writeUInt16LE(4, 6);
  global.writeUInt32LE(262_144, 16);
  global.writeUInt32LE(1, 20);
  const records = frames.map((f, i) => {
    const h = Buffer.alloc(16);
    h.writeUInt32LE(1_800_000_000 + i, 0);
    h.writeUInt32LE(f.length, 8);
    h.writeUInt32LE(f.length, 12);
    return Buffer.concat([h, f]);
  });
  const file = path.join(dir, `lab-${Math.random().toString(36).slice(2)}.pcap`);
  writeFileSync(file, Buffer.concat([global, ...records]));
  return file;
}

const ROUTER_ALERT = Buffer.from([0x94, 4, 0, 0]);
/** IGMPv3 report (RFC 3376 4.2): two group records, the second with one source. */
const igmpV3 = Buffer.concat([
  Buffer.from([0x22, 0, 0, 0, 0, 0]),
  u16(2),
  Buffer.from([4, 0]),
  u16(0),
  v4('239.255.255.250'),
  Buffer.from([1, 0]),
  u16(1),
  v4('239.1.2.3'),
  v4('10.9.9.9'),
]);
/** MLDv2 report (RFC 3810 5.2) of one solicited-node group. */
const mldV2 = Buffer.concat([
  Buffer.from([143, 0, 0, 0, 0, 0]),
  u16(1),
  Buffer.from([4, 0]),
  u16(0),
  v6('ff02::1:ff00:2'),
]);
/** ICMP port unreachable quoting a datagram from a STUN server to the runner. */
const unreachable = Buffer.concat([
  Buffer.from([3, 3, 0, 0, 0, 0, 0, 0]),
  ipv4(17, '198.18.0.10', '10.77.0.2', udp(3478, 40_000)).subarray(14, 14 + 28),
]);
const neighbourSolicitation = Buffer.concat([Buffer.from([135, 0, 0, 0, 0, 0, 0, 0]), v6('fd77::1')]);

const entry = (
  id: string,
  role: DeclaredDestination['role'],
  host: string | null,
  protocol: 'tcp' | 'udp',
  port: number,
) => ({ id, role, host, port, protocol, purpose: 'echo', setting: 'x', everySec: null }) as DeclaredDestination;

const REPORT: EgressReport = {
  at: 1_900_000_000_000,
  since: 0,
  enforce: false,
  declared: [
    entry('system-dns:1', 'system-dns', '10.77.0.1', 'udp', 53),
    entry('source:ipify-v6', 'host', 'api.ipify.org', 'tcp', 443),
    entry('router:ssdp', 'host', '239.255.255.250', 'udp', 1900),
    entry('source:stun', 'host', 'stun.cloudflare.com', 'udp', 3478),
  ],
  contacted: [],
  lookups: [],
};
const FACTS = {
  gateway: ['10.77.0.1', 'fd77::1'],
  names: new Map([
    ['2001:db8::a', ['api.ipify.org']],
    ['198.18.0.10', ['stun.cloudflare.com']],
  ]),
};

describe('the egress lab reads each kind of frame and says where it belongs', () => {
  const file = pcap([
    ipv4(17, '10.77.0.2', '10.77.0.1', udp(40_001, 53, query('api.ipify.org', 'A'))),
    ipv4(17, '10.77.0.2', '10.77.0.1', udp(40_002, 53, query('leak.example', 'A'))),
    ipv6(6, 'fd77::2', '2001:db8::a', tcpSyn(40_003, 443)),
    ipv4(2, '10.77.0.2', '224.0.0.22', igmpV3, ROUTER_ALERT),
    ipv6(58, '::', 'ff02::16', mldV2, true),
    ipv4(1, '10.77.0.2', '198.18.0.10', unreachable),
    ipv4(1, '10.77.0.2', '8.8.8.8', Buffer.from([8, 0, 0, 0, 0, 1, 0, 1])),
    arpRequest('10.77.0.2', '10.77.0.1'),
    ipv6(58, 'fd77::2', 'ff02::1:ff00:1', neighbourSolicitation),
  ]);
  const frames = readPcap(file);

  it('reads addresses, ports, questions, groups and the quoted datagram', () => {
    expect(frames.map((f) => [f.kind, f.transport, f.dst, f.dport])).toEqual([
      ['ip', 'udp', '10.77.0.1', 53],
      ['ip', 'udp', '10.77.0.1', 53],
      ['ip', 'tcp', '2001:db8::a', 443],
      ['ip', 'igmp', '224.0.0.22', null],
      ['ip', 'icmp6', 'ff02::16', null],
      ['ip', 'icmp', '198.18.0.10', null],
      ['ip', 'icmp', '8.8.8.8', null],
      ['arp', null, '', null],
      ['ip', 'icmp6', 'ff02::1:ff00:1', null],
    ]);
    expect(frames[0]!.questions).toEqual([{ name: 'api.ipify.org', type: 'A' }]);
    expect(frames[3]!.groups).toEqual(['239.255.255.250', '239.1.2.3']);
    expect(frames[4]!.groups).toEqual(['ff02::1:ff00:2']);
    expect(frames[5]!.quoted).toEqual({
      src: '198.18.0.10',
      dst: '10.77.0.2',
      transport: 'udp',
      sport: 3478,
      dport: 40_000,
    });
    expect(frames[7]!.arpTarget).toBe('10.77.0.1');
  });

  it('leaves out a frame tcpdump is still writing, and reads nothing before its header', () => {
    const whole = readFileSync(file);
    const cut = path.join(dir, 'cut.pcap');
    writeFileSync(cut, whole.subarray(0, whole.length - 3));
    expect(readPcap(cut)).toEqual(frames.slice(0, -1));
    writeFileSync(cut, whole.subarray(0, 10));
    expect(readPcap(cut)).toEqual([]);
  });

  it('matches the declared, names the kernel’s own, and reports the rest', () => {
    const verdict = compareWithInventory(frames, REPORT, FACTS);
    expect(verdict.destinations.map((t) => [t.to, t.count, t.declared])).toEqual([
      ['joins group 239.255.255.250', 1, ['router:ssdp']],
      ['tcp [2001:db8::a]:443 (api.ipify.org)', 1, ['source:ipify-v6']],
      ['udp 10.77.0.1:53', 2, ['system-dns:1']],
      ['udp answer to 198.18.0.10:3478 (stun.cloudflare.com)', 1, ['source:stun']],
    ]);
    expect(verdict.kernel.map((t) => t.to)).toEqual([
      'ARP who-has the gateway 10.77.0.1 (neighbour resolution)',
      'ICMPv6 type 135 (router/neighbour discovery)',
      'MLD report of solicited-node groups (neighbour discovery)',
    ]);
    expect(verdict.undeclared.map((t) => t.to)).toEqual([
      'DNS question for leak.example (A)',
      'icmp 8.8.8.8 (type 8)',
      'joins group 239.1.2.3',
    ]);
    expect(verdict.lookups.map((t) => [t.to, t.declared])).toEqual([
      ['api.ipify.org A', ['source:ipify-v6']],
      ['leak.example A', []],
    ]);
  });

  it('an NS question belongs to a DNS server entry that names it (a DDNS record’s zone walk), and only that', () => {
    const walk = { ...entry('ddns:zone-walk:home:1:udp', 'system-dns', '10.77.0.1', 'udp', 53) };
    const report = {
      ...REPORT,
      declared: [
        ...REPORT.declared,
        // The zone's servers' role names no name: an NS question is not declared by it.
        entry('ddns:zone-servers:udp', 'zone-servers', null, 'udp', 53),
        { ...walk, purpose: 'ddnsZoneWalk', nsNames: ['home.lab.example', 'lab.example'] } as DeclaredDestination,
      ],
    };
    const asked = readPcap(
      pcap([
        ipv4(17, '10.77.0.2', '10.77.0.1', udp(40_004, 53, query('lab.example', 'NS'))),
        ipv4(17, '10.77.0.2', '10.77.0.1', udp(40_005, 53, query('lab.example', 'A'))),
        ipv4(17, '10.77.0.2', '10.77.0.1', udp(40_006, 53, query('other.example', 'NS'))),
        ipv4(17, '10.77.0.2', '10.77.0.1', udp(40_007, 53, query('example', 'NS'))),
      ]),
    );
    const verdict = compareWithInventory(asked, report, FACTS);
    expect(verdict.lookups.map((t) => [t.to, t.declared])).toEqual([
      ['example NS', []],
      ['lab.example A', []],
      ['lab.example NS', ['ddns:zone-walk:home:1:udp']],
      ['other.example NS', []],
    ]);
    // Without the zone walk's entry, its question is undeclared.
    const without = { ...report, declared: report.declared.filter((d) => d.purpose !== 'ddnsZoneWalk') };
    expect(compareWithInventory(asked, without, FACTS).undeclared.map((t) => t.to)).toContain(
      'DNS question for lab.example (NS)',
    );
  });
});
