/**
 * NAT-PMP (RFC 6886) bytes, as pure functions: the external address request (opcode 0), its
 * answer (opcode 128), the announcement a router multicasts when that address changes (the same
 * 12 bytes, sent unasked), the result codes and the retransmission schedule.
 *
 *   request (2 bytes)        answer / announcement (12 bytes; 8 when the result is an error)
 *   0  version = 0           0  version = 0        4  seconds since start of epoch (u32)
 *   1  opcode = 0            1  opcode = 128       8  external IPv4 address (4 bytes)
 *                            2  result code (u16)
 */
import { judgeRouterAddress, routerFailure, type RouterResult } from './types';

export const NATPMP_PORT = 5351;
export const ANNOUNCE_PORT = 5350;
export const ANNOUNCE_GROUP = '224.0.0.1';

const OP_EXTERNAL_ADDRESS = 0;
const ANSWER = 128;

/** What came back from port 5351 in NAT-PMP's layout (version 0). */
export interface NatPmpAnswer {
  opcode: number;
  result: number;
  epoch: number;
  /** Dotted quad of bytes 8-11; absent from an 8-byte error answer. */
  address?: string;
}

export const encodeExternalAddressRequest = (): Buffer => Buffer.from([0, OP_EXTERNAL_ADDRESS]);

/**
 * Reads a NAT-PMP answer (opcode >= 128), or null for what is none: too short, another
 * version, a request. A PCP server's answer (version 2) is read by pcp-codec, not here.
 */
export function decodeNatPmpAnswer(msg: Buffer): NatPmpAnswer | null {
  if (msg.length < 8 || msg[0] !== 0 || msg[1]! < ANSWER) return null;
  const answer: NatPmpAnswer = { opcode: msg[1]!, result: msg.readUInt16BE(2), epoch: msg.readUInt32BE(4) };
  if (msg.length >= 12) answer.address = [...msg.subarray(8, 12)].join('.');
  return answer;
}

/** Answers to the external address request only: opcode 128 (RFC 6886 3.2). */
export const isExternalAddressAnswer = (a: NatPmpAnswer): boolean => a.opcode === ANSWER + OP_EXTERNAL_ADDRESS;

/** A router's announcement (RFC 6886 3.2.1): an unasked opcode-128 success with the new address. */
export function decodeNatPmpAnnouncement(msg: Buffer): { epoch: number; address: string } | null {
  const a = decodeNatPmpAnswer(msg);
  if (!a || !isExternalAddressAnswer(a) || a.result !== 0 || a.address === undefined) return null;
  return { epoch: a.epoch, address: a.address };
}

/** RFC 6886 3.5. */
const RESULT: Record<number, string> = {
  1: 'unsupported version',
  2: 'not authorized or refused',
  3: 'network failure',
  4: 'out of resources',
  5: 'unsupported opcode',
};

/**
 * The verdict on an answer to the external address request. Result 3 is "no address": the
 * router's WAN is down, or, in miniupnpd (natpmp.c FillPublicAddressResponse, addr_is_reserved),
 * its WAN address is private or 100.64/10 and it answers 3 with 0.0.0.0 rather than tell it.
 */
export function natPmpResult(answer: NatPmpAnswer, gateway: string): RouterResult {
  const why = RESULT[answer.result] ?? `result code ${answer.result}`;
  switch (answer.result) {
    case 0:
      break;
    case 1:
    case 5:
      return routerFailure('unsupported', `the router does not support this NAT-PMP request (${why})`);
    case 2:
      return routerFailure('not-authorized', 'the router refused NAT-PMP (switched off in its settings?)');
    case 3:
      return routerFailure(
        'no-address',
        'the router has no public WAN address to report (NAT-PMP network failure: its WAN is down, or private or shared)',
      );
    default:
      return routerFailure('router-error', `the router could not answer NAT-PMP (${why})`);
  }
  if (answer.address === undefined) return routerFailure('malformed', 'a NAT-PMP success without an address');
  const judged = judgeRouterAddress(answer.address, 4);
  if (!judged.ok) return routerFailure('no-address', `the router reported no usable address (${judged.message})`);
  return { ok: true, value: { protocol: 'natpmp', gateway, address: judged.address, family: 4, epoch: answer.epoch } };
}

/**
 * RFC 6886 3.1: wait 250 ms after the first request, then double the wait for each resend, nine
 * sends in all. Returns the wait after send number `sent` (1-based) before the next, or null
 * after the ninth (the RFC then waits 64 s and gives up; the caller's deadline ends it sooner).
 */
export function natPmpWait(sent: number): number | null {
  return sent >= 1 && sent < 9 ? 250 * 2 ** (sent - 1) : null;
}

/** One epoch reading: the router's seconds since start of epoch, and our clock (ms) when it came. */
export interface EpochReading {
  epoch: number;
  atMs: number;
}

/**
 * Whether a router's epoch carries on from the previous reading, by the test of RFC 6887 8.5
 * (RFC 6886 3.6 sets a looser one of the same kind). False means the router restarted, lost its
 * state or, for a PCP server, changed its external address (8.5: it MUST reset the epoch then):
 * a reason to ask it again. A step back of up to one second is not a reset.
 */
export function epochContinues(prev: EpochReading, curr: EpochReading): boolean {
  if (curr.epoch < prev.epoch - 1) return false;
  const client = (curr.atMs - prev.atMs) / 1000;
  const server = curr.epoch - prev.epoch;
  return !(client + 2 < server - server / 16 || server + 2 < client - client / 16);
}
