/**
 * Reads what tcpdump wrote (`-w`, the classic pcap file format: a 24-byte global header, then a
 * 16-byte header before each frame; Ethernet link type) into one record per frame: its family and
 * protocol, source and destination, ports, and what the egress lab compares beyond them: the DNS
 * question names of a query (read by dns-packet), the groups an IGMP or MLD report joins, and the
 * original datagram an ICMP error quotes. IPv4 options and IPv6 extension headers are skipped by
 * their lengths (an IGMP or MLD report carries a router alert). Nothing is left out: a frame this
 * cannot read is a record of kind 'other' with its EtherType, for the comparison to report.
 */
import { readFileSync } from 'node:fs';

import dnsPacket from 'dns-packet';

export type Transport = 'tcp' | 'udp' | 'icmp' | 'icmp6' | 'igmp' | `ip-proto-${number}`;

/** The ports and addresses of a datagram an ICMP error quotes (the one it answers). */
export interface Quoted {
  src: string;
  dst: string;
  transport: Transport;
  sport: number | null;
  dport: number | null;
}

export interface LabFrame {
  /** Seconds since the epoch, with microseconds. */
  at: number;
  kind: 'ip' | 'arp' | 'other';
  family: 4 | 6 | null;
  etherType: number;
  src: string;
  dst: string;
  transport: Transport | null;
  sport: number | null;
  dport: number | null;
  /** ICMP or ICMPv6 type, IGMP type. */
  type: number | null;
  /** A DNS query's questions (UDP or TCP to port 53): names lower case, no final dot. */
  questions: { name: string; type: string }[];
  /** The groups an IGMP (v1-v3) or MLD (v1, v2) report or leave names. */
  groups: string[];
  /** What an ICMP error (unreachable, time exceeded, parameter problem, too big) quotes. */
  quoted: Quoted | null;
  /** An ARP request's target address. */
  arpTarget: string | null;
}

const v4 = (b: Buffer, o: number) => `${b[o]}.${b[o + 1]}.${b[o + 2]}.${b[o + 3]}`;

function v6(b: Buffer, o: number): string {
  const words = Array.from({ length: 8 }, (_, i) => b.readUInt16BE(o + 2 * i).toString(16));
  // The longest run of zero words (two or more) becomes '::', as RFC 5952 writes it.
  let best = { at: -1, len: 1 };
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && words[j] === '0') j++;
    if (j - i > best.len) best = { at: i, len: j - i };
    i = j === i ? i + 1 : j;
  }
  if (best.at < 0) return words.join(':');
  return `${words.slice(0, best.at).join(':')}::${words.slice(best.at + best.len).join(':')}`;
}

const TRANSPORT: Record<number, Transport> = { 1: 'icmp', 2: 'igmp', 6: 'tcp', 17: 'udp', 58: 'icmp6' };
const transportOf = (n: number): Transport => TRANSPORT[n] ?? `ip-proto-${n}`;

/** The IP header at `o`: family, addresses, protocol and where its payload starts (extension headers skipped). */
function ipHeader(b: Buffer, o: number) {
  if (b[o]! >> 4 === 4) {
    const proto = b[o + 9]!;
    return { family: 4 as const, src: v4(b, o + 12), dst: v4(b, o + 16), proto, payload: o + (b[o]! & 0xf) * 4 };
  }
  let next = b[o + 6]!;
  let at = o + 40;
  // Hop-by-hop, routing, destination options: (length + 1) × 8 bytes; a fragment header: 8.
  while ([0, 43, 60, 44].includes(next) && at + 2 <= b.length) {
    const len = next === 44 ? 8 : (b[at + 1]! + 1) * 8;
    next = b[at]!;
    at += len;
  }
  return { family: 6 as const, src: v6(b, o + 8), dst: v6(b, o + 24), proto: next, payload: at };
}

function questionsOf(payload: Buffer): LabFrame['questions'] {
  try {
    const packet = dnsPacket.decode(payload);
    if (packet.type !== 'query') return [];
    return (packet.questions ?? []).map((q) => ({ name: q.name.toLowerCase().replace(/\.$/, ''), type: q.type }));
  } catch {
    return [];
  }
}

/** The group addresses of an IGMP (v1/v2 report or leave, v3 report) or MLD (v1 report or done, v2 report) message. */
function groupsOf(transport: Transport, b: Buffer, at: number): string[] {
  const type = b[at]!;
  if (transport === 'igmp') {
    if ([0x12, 0x16, 0x17].includes(type)) return [v4(b, at + 4)];
    if (type !== 0x22) return [];
    const groups: string[] = [];
    let r = at + 8;
    for (let n = b.readUInt16BE(at + 6); n > 0; n--) {
      groups.push(v4(b, r + 4));
      r += 8 + 4 * b.readUInt16BE(r + 2) + 4 * b[r + 1]!;
    }
    return groups;
  }
  if (type === 131 || type === 132) return [v6(b, at + 8)];
  if (type !== 143) return [];
  const groups: string[] = [];
  let r = at + 8;
  for (let n = b.readUInt16BE(at + 6); n > 0; n--) {
    groups.push(v6(b, r + 4));
    r += 20 + 16 * b.readUInt16BE(r + 2) + 4 * b[r + 1]!;
  }
  return groups;
}

const ports = (b: Buffer, at: number, t: Transport) =>
  t === 'tcp' || t === 'udp'
    ? { sport: b.readUInt16BE(at), dport: b.readUInt16BE(at + 2) }
    : { sport: null, dport: null };

function isIcmpError(t: Transport, type: number): boolean {
  return (t === 'icmp' && [3, 11, 12].includes(type)) || (t === 'icmp6' && type >= 1 && type <= 4);
}

function ipFrame(b: Buffer, o: number, base: Pick<LabFrame, 'at' | 'etherType'>): LabFrame {
  const ip = ipHeader(b, o);
  const transport = transportOf(ip.proto);
  const frame: LabFrame = {
    ...base,
    kind: 'ip',
    family: ip.family,
    src: ip.src,
    dst: ip.dst,
    transport,
    ...ports(b, ip.payload, transport),
    type: null,
    questions: [],
    groups: [],
    quoted: null,
    arpTarget: null,
  };
  if (transport === 'icmp' || transport === 'icmp6' || transport === 'igmp') {
    frame.type = b[ip.payload]!;
    frame.groups = groupsOf(transport, b, ip.payload);
    if (isIcmpError(transport, frame.type)) {
      const inner = ipHeader(b, ip.payload + 8);
      const t = transportOf(inner.proto);
      frame.quoted = { src: inner.src, dst: inner.dst, transport: t, ...ports(b, inner.payload, t) };
    }
  }
  if (frame.dport === 53 && transport === 'udp') frame.questions = questionsOf(b.subarray(ip.payload + 8));
  if (frame.dport === 53 && transport === 'tcp') {
    const data = ip.payload + (b[ip.payload + 12]! >> 4) * 4;
    // A query over TCP: a two-byte length, then the message (RFC 1035 4.2.2).
    if (b.length > data + 2) frame.questions = questionsOf(b.subarray(data + 2));
  }
  return frame;
}

/** Every frame of a pcap file (microsecond or nanosecond stamps, either byte order; Ethernet frames). */
export function readPcap(file: string): LabFrame[] {
  const b = readFileSync(file);
  // tcpdump has not written its header yet.
  if (b.length < 24) return [];
  const magic = b.readUInt32LE(0);
  const little = magic === 0xa1b2c3d4 || magic === 0xa1b23c4d;
  const nano = magic === 0xa1b23c4d || b.readUInt32BE(0) === 0xa1b23c4d;
  if (!little && b.readUInt32BE(0) !== 0xa1b2c3d4 && !nano) throw new Error(`${file} is not a pcap file`);
  const u32 = (o: number) => (little ? b.readUInt32LE(o) : b.readUInt32BE(o));
  if (u32(20) !== 1) throw new Error(`${file}: link type ${u32(20)}, not Ethernet`);
  const frames: LabFrame[] = [];
  for (let o = 24; o + 16 <= b.length;) {
    const at = u32(o) + u32(o + 4) / (nano ? 1e9 : 1e6);
    const len = u32(o + 8);
    // A frame tcpdump is still writing (the file read while it runs) is left for the next read.
    if (o + 16 + len > b.length) break;
    const f = b.subarray(o + 16, o + 16 + len);
    o += 16 + len;
    const etherType = f.readUInt16BE(12);
    const base = { at, etherType };
    if (etherType === 0x0800 || etherType === 0x86dd) frames.push(ipFrame(f, 14, base));
    else {
      const arp = etherType === 0x0806;
      frames.push({
        ...base,
        kind: arp ? 'arp' : 'other',
        family: null,
        src: arp ? v4(f, 28) : '',
        dst: '',
        transport: null,
        sport: null,
        dport: null,
        type: null,
        questions: [],
        groups: [],
        quoted: null,
        arpTarget: arp ? v4(f, 38) : null,
      });
    }
  }
  return frames;
}
