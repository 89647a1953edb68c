/**
 * When the NAT verdict (shared/nat.ts) is worth a `nat` event: a change between two known
 * verdicts, seen after a router round or a change of the public IPv4 address. Pure.
 *
 * natChange, for two verdicts:
 *
 *   prev          | next          | event
 *   --------------+---------------+---------------------------------------------------
 *   null          | any           | none: the first verdict is learning, not a change
 *   any           | unknown       | none: a router that stops answering is not a change of NAT
 *   unknown       | any           | none: nothing known to compare with
 *   X             | X             | none
 *   X             | Y (both known)| nat X -> Y
 *
 * natStep keeps what natChange needs between looks: the last known verdict (kept across
 * `unknown` looks, so nat -> unknown -> cgnat is one change nat -> cgnat), and a mismatch
 * being settled. A router whose external address is public but not the confirmed one reads as
 * CGNAT; yet that is also what every address change looks like for a moment: the router tells
 * its new address (its announcement comes within milliseconds) before the public sources have
 * confirmed it, or the sources confirm before the router is asked again. So that verdict counts
 * only once the same pair of addresses is still seen MISMATCH_SETTLE_MS later; any other look
 * in between (the match after the quorum) drops it.
 */
import { validateAnswer } from '../../../shared/ip';
import type { Nat } from '../../../shared/nat';
import type { NatEvent } from '../../../shared/types';

export type { NatEvent };

/** The addresses a verdict was made from (as natVerdict was given them). */
export interface NatAddresses {
  routerAddress: string | null;
  publicAddress: string | null;
}

/** The event for `prev` -> `next` at `at`, or null when it is no change (see the table). */
export function natChange(prev: Nat | null, next: Nat, at: number, addresses: NatAddresses): NatEvent | null {
  if (prev === null || prev.verdict === 'unknown' || next.verdict === 'unknown') return null;
  if (prev.verdict === next.verdict) return null;
  return { type: 'nat', at, from: prev.verdict, to: next.verdict, ...addresses };
}

/**
 * Longer than a quorum takes after the router's news (a few seconds) and than the router is
 * asked again after a confirmed change; short enough that a NAT upstream that really uses
 * public space is told the same hour.
 */
export const MISMATCH_SETTLE_MS = 5 * 60_000;

export interface NatMemory {
  /** The last verdict that counted, never `unknown`; null before the first. */
  known: Nat | null;
  /** A public router address other than the confirmed one, first seen at `since`. */
  mismatch: { routerAddress: string; publicAddress: string; since: number } | null;
}

export const NAT_MEMORY_START: NatMemory = { known: null, mismatch: null };

/** One look at the verdict. */
export interface NatLook extends NatAddresses {
  nat: Nat;
  /** The way out is a tunnel interface (so a `vpn` verdict is no mismatch being settled). */
  throughTunnel?: boolean;
}

/**
 * The router's public address differs from the confirmed one: another route out, or a change
 * under way. Not when a tunnel is the way out: that is a VPN at once, whatever the router says.
 */
function mismatchOf(look: NatLook): { routerAddress: string; publicAddress: string } | null {
  const { nat, routerAddress, publicAddress } = look;
  if (nat.verdict !== 'vpn' || look.throughTunnel || routerAddress === null || publicAddress === null) return null;
  const judged = validateAnswer(routerAddress, 4);
  return judged.ok && judged.ip !== publicAddress ? { routerAddress, publicAddress } : null;
}

/**
 * Feeds one look (after each router round and each change of the public IPv4 address) and
 * says what to remember and whether to publish a `nat` event.
 */
export function natStep(memory: NatMemory, look: NatLook, at: number): { memory: NatMemory; event: NatEvent | null } {
  const addresses = { routerAddress: look.routerAddress, publicAddress: look.publicAddress };
  if (look.nat.verdict === 'unknown') return { memory: { ...memory, mismatch: null }, event: null };
  const mismatch = mismatchOf(look);
  if (mismatch) {
    const held = memory.mismatch;
    const same =
      held !== null && held.routerAddress === mismatch.routerAddress && held.publicAddress === mismatch.publicAddress;
    if (!same) return { memory: { ...memory, mismatch: { ...mismatch, since: at } }, event: null };
    if (at - held.since < MISMATCH_SETTLE_MS) return { memory, event: null };
  }
  const event = natChange(memory.known, look.nat, at, addresses);
  // Settled: the mismatch stays remembered, so the next identical look is not "new" again.
  return { memory: { known: look.nat, mismatch: mismatch ? memory.mismatch : null }, event };
}
