/**
 * What every way of asking the home router for its external (WAN) address shares: NAT-PMP
 * (RFC 6886), PCP (RFC 6887) and UPnP-IGD each implement `RouterProtocol`, so the engine can ask
 * them side by side and keep whichever answers. A router's answer is a hint about the WAN side
 * of the first NAT, never a confirmed public address: the monitor's quorum still decides.
 */
import { validateAnswer, type Rejection } from '../../../shared/ip';
import type { Family, RouterProtocol as ProtocolName } from '../../../shared/types';

export type RouterProtocolName = ProtocolName;

/** The default gateway the OS routes through: the router a protocol talks to. */
export interface Gateway {
  /** The gateway's own address (e.g. 192.168.1.1, or fe80::1 for IPv6). */
  address: string;
  family: Family;
  /** The interface the route leaves by (eth0, en0, an interface index on Windows), when the OS tells. */
  interface?: string;
}

/** Finds the current default gateway of a family, or null when there is none (offline, no route). */
export type FindGateway = (family: Family, signal: AbortSignal) => Promise<Gateway | null>;

export type RouterErrorCode =
  /** The machine has no default gateway of the family: there is no router to ask. */
  | 'no-gateway'
  /** No answer before the deadline: the router does not speak the protocol (or it is switched off). */
  | 'timeout'
  /** The router said no at once: ICMP port unreachable, or nothing listens on the port. */
  | 'refused'
  /** The router speaks the protocol, but not this version or this request (NAT-PMP/PCP UNSUPP_*). */
  | 'unsupported'
  /** The router refuses this host (switched off in its settings, or an ACL): NOT_AUTHORIZED. */
  | 'not-authorized'
  /**
   * The router answered but gave no usable address: NAT-PMP result 3 (its WAN is down or, as
   * miniupnpd does, not public), 0.0.0.0, an empty SOAP answer, a multicast or broadcast address.
   */
  | 'no-address'
  /** The router reported its own failure (out of resources, server error), not about its WAN. */
  | 'router-error'
  /** The answer could not be read (too short, wrong opcode, not the protocol). */
  | 'malformed'
  /** Any other transport failure (a socket error, no route to the gateway). */
  | 'network'
  /** The caller's signal aborted before an answer. */
  | 'cancelled';

export interface RouterFailure {
  code: RouterErrorCode;
  /** Says what happened in words a user can act on; never holds a secret. */
  message: string;
}

/** What a router said its external address is. */
export interface RouterAddress {
  protocol: RouterProtocolName;
  /** The router that answered. */
  gateway: string;
  /** The WAN address as the router reports it; may be private or 100.64/10 (then: double NAT, CGNAT). */
  address: string;
  family: Family;
  /**
   * NAT-PMP / PCP "seconds since start of epoch": it falls (or jumps) when the router restarted
   * or lost its state (RFC 6886 3.6, RFC 6887 8.5). Absent for UPnP.
   */
  epoch?: number;
}

export type RouterResult = { ok: true; value: RouterAddress } | { ok: false; error: RouterFailure };

/**
 * One way of asking the router. `externalAddress` never throws: every failure, the caller's
 * abort included, comes back as a RouterFailure. The implementation owns its deadline (the
 * protocols' own retransmission schedules differ); the caller's signal only cuts it short.
 */
export interface RouterProtocol {
  readonly name: RouterProtocolName;
  externalAddress(signal: AbortSignal): Promise<RouterResult>;
  /** Releases sockets and timers; pending requests end as 'cancelled'. Safe to call twice. */
  close(): Promise<void>;
}

export const routerFailure = (code: RouterErrorCode, message: string): RouterResult => ({
  ok: false,
  error: { code, message },
});

/**
 * Rejections of shared/ip that still name a real WAN address: a router behind another NAT or a
 * carrier-grade NAT reports a private, shared (100.64/10) or DS-Lite (192.0.0.0/24) address, and
 * that is exactly what the NAT verdict needs. Everything else (0.0.0.0, loopback, link-local,
 * multicast, 240/4 and broadcast, not an address) is no answer at all.
 */
const WAN_ADDRESS: ReadonlySet<Rejection> = new Set(['private', 'cgnat', 'documentation', 'benchmarking']);

/**
 * Judges the external address a router reported (text, as UPnP's SOAP gives it, or decoded from
 * NAT-PMP/PCP bytes): the address in canonical form, or why it is no address.
 */
export function judgeRouterAddress(
  raw: string,
  family: Family,
): { ok: true; address: string } | { ok: false; message: string } {
  const v = validateAnswer(raw, family);
  if (v.ok) return { ok: true, address: v.ip };
  const wan = WAN_ADDRESS.has(v.reason) || (v.reason === 'reserved' && family === 4 && !isClassE(v.address));
  if (v.address && wan) return { ok: true, address: v.address };
  return { ok: false, message: v.reason === 'empty' ? 'an empty address' : v.detail };
}

/** 240.0.0.0/4 (255.255.255.255 included): never a host's address, unlike the rest of 'reserved'. */
const isClassE = (ip = ''): boolean => Number(ip.split('.')[0]) >= 240;
