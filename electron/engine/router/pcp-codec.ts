/**
 * PCP (RFC 6887) bytes, as pure functions: the MAP request (11.1) that asks the router for its
 * external address, the answer, the unsolicited ANNOUNCE (14.1), the result codes (7.4) and the
 * retransmission schedule (8.1.1). Addresses travel as 16 bytes, IPv4 as ::ffff:a.b.c.d (5).
 *
 *   common header, request (24)          common header, answer (24)
 *   0  version (2; 1 before the RFC)     0  version         4  lifetime (u32)
 *   1  R=0 | opcode (7 bits)             1  R=1 | opcode    8  epoch time (u32)
 *   4  requested lifetime (u32)          3  result code     12 reserved (12 bytes)
 *   8  client's IP address (16)
 *
 *   MAP body, version 2 (36): nonce (12), protocol (1), reserved (3), internal port (2),
 *   suggested/assigned external port (2), suggested/assigned external address (16).
 *   Version 1 (24) is the same without the nonce.
 */
import ipaddr from 'ipaddr.js';

import type { Family } from '../../../shared/types';
import { judgeRouterAddress, routerFailure, type RouterResult } from './types';

export const PCP_VERSION = 2;
export const OP_ANNOUNCE = 0;
export const OP_MAP = 1;
const HEADER = 24;
const MAX_LENGTH = 1100;
const bodyLength = (version: number) => (version === 1 ? 24 : 36);

export interface MapRequest {
  version: 1 | 2;
  /** 0 asks to delete the mapping: nothing is created (see pcp.ts for why that is the probe). */
  lifetime: number;
  /** Our own address on the link to the router, as it sees it (else ADDRESS_MISMATCH). */
  client: string;
  /** 12 random bytes (version 2 only): the answer must carry them back. */
  nonce: Buffer;
  /** 6 TCP, 17 UDP. */
  protocol: number;
  internalPort: number;
  /** The family asked for: its all-zeros address is the suggestion "any" (11.1). */
  family: Family;
}

export function encodeMapRequest(req: MapRequest): Buffer {
  const msg = Buffer.alloc(HEADER + bodyLength(req.version));
  msg[0] = req.version;
  msg[1] = OP_MAP;
  msg.writeUInt32BE(req.lifetime, 4);
  toBytes16(req.client).copy(msg, 8);
  let at = HEADER;
  if (req.version === 2) at += req.nonce.copy(msg, at, 0, 12);
  msg[at] = req.protocol;
  msg.writeUInt16BE(req.internalPort, at + 4);
  toBytes16(req.family === 4 ? '0.0.0.0' : '::').copy(msg, at + 8);
  return msg;
}

export interface MapBody {
  /** Version 2 only. */
  nonce?: Buffer;
  protocol: number;
  internalPort: number;
  externalPort: number;
  /** Canonical text; an IPv4-mapped address is given as IPv4. */
  address: string;
}

export interface PcpAnswer {
  version: number;
  opcode: number;
  result: number;
  lifetime: number;
  epoch: number;
  /** A MAP answer long enough to hold its body; error answers may stop after the header. */
  map?: MapBody;
}

/** Reads a PCP answer (R bit set), or null: too short or long, a request, not version 1 or 2. */
export function decodePcpAnswer(msg: Buffer): PcpAnswer | null {
  if (msg.length < HEADER || msg.length > MAX_LENGTH) return null;
  const version = msg[0]!;
  if ((version !== 1 && version !== 2) || (msg[1]! & 0x80) === 0) return null;
  const answer: PcpAnswer = {
    version,
    opcode: msg[1]! & 0x7f,
    result: msg[3]!,
    lifetime: msg.readUInt32BE(4),
    epoch: msg.readUInt32BE(8),
  };
  if (answer.opcode === OP_MAP && msg.length >= HEADER + bodyLength(version)) answer.map = readMap(msg, version);
  return answer;
}

function readMap(msg: Buffer, version: number): MapBody {
  let at = HEADER;
  const nonce = version === 2 ? Buffer.from(msg.subarray(at, at + 12)) : undefined;
  if (nonce) at += 12;
  return {
    ...(nonce ? { nonce } : {}),
    protocol: msg[at]!,
    internalPort: msg.readUInt16BE(at + 4),
    externalPort: msg.readUInt16BE(at + 6),
    address: fromBytes16(msg.subarray(at + 8, at + 24)),
  };
}

/** An unsolicited ANNOUNCE (14.1.3): R=1, opcode 0, SUCCESS. Carries an epoch, no address. */
export function decodePcpAnnounce(msg: Buffer): { epoch: number } | null {
  const a = decodePcpAnswer(msg);
  return a && a.opcode === OP_ANNOUNCE && a.result === 0 ? { epoch: a.epoch } : null;
}

/** RFC 6887 7.4. */
export const PCP_RESULT: Record<number, string> = {
  0: 'SUCCESS',
  1: 'UNSUPP_VERSION',
  2: 'NOT_AUTHORIZED',
  3: 'MALFORMED_REQUEST',
  4: 'UNSUPP_OPCODE',
  5: 'UNSUPP_OPTION',
  6: 'MALFORMED_OPTION',
  7: 'NETWORK_FAILURE',
  8: 'NO_RESOURCES',
  9: 'UNSUPP_PROTOCOL',
  10: 'USER_EX_QUOTA',
  11: 'CANNOT_PROVIDE_EXTERNAL',
  12: 'ADDRESS_MISMATCH',
  13: 'EXCESSIVE_REMOTE_PEERS',
};

/**
 * The verdict on a MAP answer. A usable address wins whatever the result code: an error answer
 * copies the request's fields back (7.2), so our all-zeros suggestion returns as zeros, and a
 * real address there was written by the server. miniupnpd does write it for a deletion that
 * finds no mapping (pcpserver.c: CheckExternalAddress fills it before DeletePCPMap answers
 * NO_RESOURCES), even when its WAN address is private or shared.
 */
export function pcpResult(answer: PcpAnswer, gateway: string, family: Family): RouterResult {
  const name = PCP_RESULT[answer.result] ?? `result code ${answer.result}`;
  const judged = answer.map ? judgeRouterAddress(answer.map.address, family) : null;
  if (judged?.ok)
    return { ok: true, value: { protocol: 'pcp', gateway, address: judged.address, family, epoch: answer.epoch } };
  switch (answer.result) {
    case 0:
      return routerFailure('no-address', `the router answered PCP without its external address (${name})`);
    case 1:
      return routerFailure('unsupported', `the router speaks PCP version ${answer.version} only (${name})`);
    case 2:
      return routerFailure('not-authorized', `the router refused PCP (${name}: switched off in its settings?)`);
    case 4:
    case 5:
    case 9:
      return routerFailure('unsupported', `the router does not support this PCP request (${name})`);
    case 7:
      return routerFailure('no-address', `the router has no external address (PCP ${name}: its WAN is down)`);
    case 12:
      return routerFailure('router-error', `another NAT sits between this machine and the router (PCP ${name})`);
    default:
      return routerFailure('router-error', `the router could not answer PCP (${name})`);
  }
}

/**
 * RFC 6887 8.1.1: the first wait is IRT = 3 s, each next one doubles up to MRT = 1024 s, and
 * each is scaled by 1 + RAND, RAND uniform in [-0.1, +0.1]; resends never stop on their own
 * (MRC = MRD = 0), the caller's deadline ends them.
 */
export function pcpWait(previous: number | undefined, rand: number): number {
  const base = previous === undefined ? 3000 : Math.min(2 * previous, 1_024_000);
  return Math.round((1 + Math.max(-0.1, Math.min(0.1, rand))) * base);
}

function toBytes16(text: string): Buffer {
  const addr = ipaddr.parse(text.replace(/%.*$/, ''));
  const v6 = addr.kind() === 'ipv4' ? (addr as ipaddr.IPv4).toIPv4MappedAddress() : (addr as ipaddr.IPv6);
  return Buffer.from(v6.toByteArray());
}

function fromBytes16(bytes: Buffer): string {
  const v6 = ipaddr.fromByteArray([...bytes]) as ipaddr.IPv6;
  return v6.isIPv4MappedAddress() ? v6.toIPv4Address().toString() : v6.toString();
}
