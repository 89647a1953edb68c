/**
 * A home router's NAT-PMP and PCP server on loopback, standing in for miniupnpd. Built from:
 * - RFC 6886 (NAT-PMP): 3.2 the external address request and answer, 3.2.1 the announcement
 *   to 224.0.0.1:5350, 3.5 the result codes (an error answer is 8 bytes).
 * - RFC 6887 (PCP): 7.1/7.2 the common headers, 7.4 result codes, 9 version negotiation,
 *   11.1 MAP, 14.1 the unsolicited ANNOUNCE, 8.5 the epoch reset on an address change.
 * - miniupnpd 2.3.1 (github.com/miniupnp/miniupnp, tag miniupnpd_2_3_1), with its quirks:
 *   natpmp.c ProcessIncomingNATPMPPacket / FillPublicAddressResponse: version > 0 answers result
 *   1 in 8 bytes; a WAN that is down, or whose address addr_is_reserved() (private, 100.64/10...),
 *   answers result 3 with 0.0.0.0. SendNATPMPPublicAddressChangeNotification sends nothing for
 *   such an address, and carries the epoch from before the reset.
 *   miniupnpd.c: version 0 goes to NAT-PMP, anything else to PCP, on the same socket.
 *   pcpserver.c: processPCPRequest / ValidatePCPMsg (ADDRESS_MISMATCH when the client's address
 *   in the request is not the sender's), CheckExternalAddress (fills the WAN address, reserved or
 *   not, before the mapping is looked at), DeletePCPMap (no such mapping: NO_RESOURCES; another
 *   nonce's: NOT_AUTHORIZED), createPCPResponse (lifetime 30 for NETWORK_FAILURE/NO_RESOURCES, 0
 *   for the long-lived errors), PCPPublicAddressChanged (epoch reset, then ANNOUNCE).
 * Port mappings themselves are kept in a table, never applied to a firewall.
 *
 * @example
 *   const router = await startNatPmpPcpServer({ wan: '81.2.69.142' });
 *   createNatPmp({ findGateway: async () => router.gateway, port: router.port });
 *   await router.setWan('198.51.100.4', { announceTo: listener.port() });
 *   await router.close();
 */
import { createSocket, type RemoteInfo } from 'node:dgram';
import type { AddressInfo } from 'node:net';

import ipaddr from 'ipaddr.js';

export type RouterKind =
  /** miniupnpd built with NAT-PMP and PCP (Debian's): version 0 is NAT-PMP, the rest PCP. */
  | 'miniupnpd'
  /** A NAT-PMP-only router (miniupnpd without ENABLE_PCP, an AirPort): PCP gets result 1 in NAT-PMP's layout. */
  | 'natpmp-only'
  /** A PCP-only server (RFC 6887 9): a version 0 request gets PCP UNSUPP_VERSION, version 2. */
  | 'pcp-only'
  /** A pre-RFC PCP server whose highest version is 1. */
  | 'pcp-v1'
  /** Never answers (the protocol is off behind a firewall that drops). */
  | 'silent';

export interface NatPmpPcpOptions {
  kind?: RouterKind;
  /** The WAN address; null: the WAN is down. Default 81.2.69.142 (miniupnpd counts the documentation blocks as reserved). */
  wan?: string | null;
  /** Requests to drop unanswered before answering (loss on the link). */
  dropFirst?: number;
  now?: () => number;
}

export interface FakeRequest {
  version: number;
  opcode: number;
  bytes: Buffer;
  from: string;
}

export interface FakeNatPmpPcp {
  readonly port: number;
  /** As FindGateway returns it. */
  readonly gateway: { address: string; family: 4 };
  readonly requests: FakeRequest[];
  /** PCP mappings in force, by description (the nonce, as miniupnpd keys them). */
  readonly mappings: Map<string, { protocol: number; internalPort: number }>;
  setKind(kind: RouterKind): void;
  /** Sends a datagram from the router's address first (noise the client must ignore). */
  setNoise(noise: Buffer | null): void;
  /** Changes the WAN address as `ip addr` would; announces it to 224.0.0.1:`announceTo` if given. */
  setWan(wan: string | null, opts?: { announceTo?: number }): Promise<void>;
  /** Sends the same NAT-PMP announcement again (RFC 6886 3.2.1 repeats; miniupnpd does not). */
  repeatNatPmpAnnouncement(announceTo: number): Promise<void>;
  /** A restart: a fresh epoch and no mappings. */
  restart(): void;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const GROUP = '224.0.0.1';
const PCP_MAX = 1100;
const [SUCCESS, UNSUPP_VERSION, NOT_AUTHORIZED, MALFORMED_REQUEST, UNSUPP_OPCODE] = [0, 1, 2, 3, 4];
const [NETWORK_FAILURE, NO_RESOURCES, ADDRESS_MISMATCH] = [7, 8, 12];
const LONG_LIVED_ERRORS = new Set([1, 2, 3, 4, 5, 6, 9, 11, 12, 13]);

/** miniupnpd's addr_is_reserved (getifaddr.c, 2.3.1): documentation and AS112 blocks included. */
const RESERVED = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.0.0.0/24',
  '192.0.2.0/24',
  '192.31.196.0/24',
  '192.52.193.0/24',
  '192.88.99.0/24',
  '192.168.0.0/16',
  '192.175.48.0/24',
  '198.18.0.0/15',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '224.0.0.0/4',
  '240.0.0.0/4',
].map((cidr) => ipaddr.IPv4.parseCIDR(cidr));
const isReserved = (ip: string) => RESERVED.some((range) => ipaddr.IPv4.parse(ip).match(range));

export async function startNatPmpPcpServer(options: NatPmpPcpOptions = {}): Promise<FakeNatPmpPcp> {
  const now = options.now ?? Date.now;
  let kind = options.kind ?? 'miniupnpd';
  let wan = options.wan === undefined ? '81.2.69.142' : options.wan;
  let drop = options.dropFirst ?? 0;
  let noise: Buffer | null = null;
  let epochOrigin = now();
  const requests: FakeRequest[] = [];
  const mappings = new Map<string, { protocol: number; internalPort: number }>();
  const epoch = () => Math.floor((now() - epochOrigin) / 1000);
  const socket = createSocket('udp4');

  function natpmp(req: Buffer): Buffer | null {
    if (req.length < 2 || (((req[1]! - 1) & ~1) === 0 && req.length < 12) || req[1]! & 128) return null;
    const resp = Buffer.alloc(12);
    resp[1] = 128 + req[1]!;
    resp.writeUInt32BE(epoch(), 4);
    if (req[0]! > 0) return ((resp[3] = 1), resp.subarray(0, 8));
    if (req[1] === 0) return (fillPublicAddress(resp), resp);
    if (req[1] === 1 || req[1] === 2) return ((resp[3] = 2), Buffer.concat([resp.subarray(0, 8), req.subarray(4, 12)]));
    return ((resp[3] = 5), resp.subarray(0, 8));
  }

  function fillPublicAddress(resp: Buffer) {
    if (wan === null || isReserved(wan)) resp[3] = 3;
    else Buffer.from(ipaddr.IPv4.parse(wan).toByteArray()).copy(resp, 8);
  }

  function pcp(req: Buffer, from: string, serverVersion: number): Buffer | null {
    // RFC 6887 8.3 checks the version before the length: a PCP-only server answers NAT-PMP's 2 bytes.
    if (kind === 'pcp-only' && req.length >= 2 && req[0] === 0 && !(req[1]! & 128)) {
      const resp = Buffer.alloc(24);
      [resp[0], resp[1], resp[3]] = [2, 0x80 | req[1]!, UNSUPP_VERSION];
      resp.writeUInt32BE(epoch(), 8);
      return resp;
    }
    if (req.length < 3 || req[1]! & 128) return null;
    const resp = Buffer.alloc(Math.max(24, (req.length + 3) & ~3));
    req.copy(resp);
    const answer = (result: number, version = req[0]!, lifetime?: number) => {
      resp[0] = version;
      resp[1] = (req[1]! & 0x7f) | 0x80;
      resp[2] = 0;
      resp[3] = result;
      const life = LONG_LIVED_ERRORS.has(result) ? 0 : result === SUCCESS ? (lifetime ?? 0) : 30;
      resp.writeUInt32BE(life, 4);
      resp.writeUInt32BE(epoch(), 8);
      resp.fill(0, 12, 24);
      return resp;
    };
    if (req.length < 24 || req.length > PCP_MAX || req.length % 4) return answer(MALFORMED_REQUEST);
    if (req[0]! > serverVersion || req[0] === 0) return answer(UNSUPP_VERSION, serverVersion);
    const opcode = req[1]! & 0x7f;
    if (opcode === 0 && req[0] === 2) return answer(SUCCESS);
    if (opcode !== 1) return answer(UNSUPP_OPCODE);
    const body = req[0] === 2 ? 36 : 24;
    if (req.length < 24 + body) return answer(MALFORMED_REQUEST);
    return map(req, from, answer);
  }

  function map(req: Buffer, from: string, answer: (r: number, v?: number, l?: number) => Buffer): Buffer {
    const at = req[0] === 2 ? 36 : 24;
    const sender = Buffer.from(ipaddr.IPv4.parse(from).toIPv4MappedAddress().toByteArray());
    if (!req.subarray(8, 24).equals(sender)) return answer(ADDRESS_MISMATCH);
    const protocol = req[at]!;
    const internalPort = req.readUInt16BE(at + 4);
    if (protocol === 0 && internalPort !== 0) return answer(MALFORMED_REQUEST);
    if (wan === null) return answer(NETWORK_FAILURE);
    const lifetime = req.readUInt32BE(4);
    const desc = req[0] === 2 ? req.subarray(24, 36).toString('hex') : `v1-${internalPort}`;
    const writeMap = (resp: Buffer, externalPort: number) => {
      resp.writeUInt16BE(externalPort, at + 6);
      Buffer.from(ipaddr.IPv4.parse(wan!).toIPv4MappedAddress().toByteArray()).copy(resp, at + 8);
      return resp;
    };
    const mine = [...mappings].find(([, m]) => m.protocol === protocol && m.internalPort === internalPort);
    if (lifetime === 0) {
      if (!mine) return writeMap(answer(NO_RESOURCES), 0);
      if (mine[0] !== desc) return writeMap(answer(NOT_AUTHORIZED), 0);
      mappings.delete(desc);
      return writeMap(answer(SUCCESS), 0);
    }
    mappings.set(desc, { protocol, internalPort });
    return writeMap(answer(SUCCESS, req[0], Math.min(lifetime, 86400)), internalPort);
  }

  function respond(req: Buffer, rinfo: RemoteInfo): Buffer | null {
    requests.push({ version: req[0]!, opcode: req[1]! & 0x7f, bytes: Buffer.from(req), from: rinfo.address });
    if (kind === 'silent' || drop-- > 0) return null;
    if (kind === 'natpmp-only') return natpmp(req);
    if (req[0] === 0 && kind !== 'pcp-only') return natpmp(req);
    return pcp(req, rinfo.address, kind === 'pcp-v1' ? 1 : 2);
  }

  socket.on('message', (req, rinfo) => {
    const resp = respond(req, rinfo);
    if (noise) socket.send(noise, rinfo.port, rinfo.address);
    if (resp) socket.send(resp, rinfo.port, rinfo.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, HOST, resolve));
  socket.setMulticastInterface(HOST);
  const port = (socket.address() as AddressInfo).port;

  const multicast = (msg: Buffer, to: number) =>
    new Promise<void>((resolve, reject) => socket.send(msg, to, GROUP, (err) => (err ? reject(err) : resolve())));

  function natPmpAnnouncement(): Buffer | null {
    const notif = Buffer.alloc(12);
    notif[1] = 128;
    notif.writeUInt32BE(epoch(), 4);
    fillPublicAddress(notif);
    return notif[3] ? null : notif;
  }

  return {
    port,
    gateway: { address: HOST, family: 4 },
    requests,
    mappings,
    setKind: (k) => (kind = k),
    setNoise: (n) => (noise = n),
    async setWan(next, opts = {}) {
      wan = next;
      if (opts.announceTo === undefined) return;
      // miniupnpd.c: NAT-PMP first (old epoch; nothing for a reserved address), then PCP resets the epoch.
      const notif = natPmpAnnouncement();
      if (notif && kind !== 'pcp-only') await multicast(notif, opts.announceTo);
      epochOrigin = now();
      if (kind !== 'natpmp-only') await multicast(pcpAnnounce(epoch()), opts.announceTo);
    },
    async repeatNatPmpAnnouncement(announceTo) {
      const notif = natPmpAnnouncement();
      if (notif) await multicast(notif, announceTo);
    },
    restart() {
      epochOrigin = now();
      mappings.clear();
    },
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}

/** An unsolicited PCP ANNOUNCE (RFC 6887 14.1.3; pcpserver.c PCPSendUnsolicitedAnnounce). */
export function pcpAnnounce(epoch: number): Buffer {
  const msg = Buffer.alloc(24);
  msg[0] = 2;
  msg[1] = 0x80;
  msg.writeUInt32BE(epoch, 8);
  return msg;
}

/** A NAT-PMP announcement (RFC 6886 3.2.1) as any host could forge it. */
export function natPmpAnnouncement(epoch: number, address: string): Buffer {
  const msg = Buffer.alloc(12);
  msg[1] = 128;
  msg.writeUInt32BE(epoch, 4);
  Buffer.from(ipaddr.IPv4.parse(address).toByteArray()).copy(msg, 8);
  return msg;
}
