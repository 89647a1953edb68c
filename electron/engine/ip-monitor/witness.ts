/**
 * Local witnesses of the public address, so that a steady check costs no public request: this
 * machine's own interfaces (an address that is public holds it directly: IPv6 without NAT66, a
 * server's IPv4), and for IPv4 the home router's external address (NAT-PMP, PCP, UPnP-IGD).
 *
 * A witness only ever vouches for the address already confirmed, on a steady `interval` check,
 * and only until `confirmMinutes` have passed since public sources last answered: then they are
 * asked again, whatever the witness says. Anything else (a new address, a network change, a
 * wake, a manual check, a start) goes to the public sources and their quorum, as before.
 * A witness proves nothing about the way out to the internet, so a check it settles leaves the
 * connectivity state as it was (engine.ts).
 */
import { addressKey, type V6Compare } from '../../../shared/ip';
import type { Family, Trigger } from '../../../shared/types';
import type { Logger } from '../logger';
import { deadline } from '../net/deadline';
import type { InterfaceMap } from './triggers';

export interface Witness {
  address: string;
  /** Who vouched, for the history and the status: "router NAT-PMP", "interface eth0". */
  by: string;
}

/**
 * The router's external IPv4 address, asked now; resolves null when it gives none, and never
 * rejects. Returns null at once, without asking, while no router has answered: then a check
 * sets up no deadline for it.
 */
export type RouterWitness = () => Promise<Witness | null> | null;

/** A router that has not answered within this long leaves the check to the public sources. */
export const ROUTER_WITNESS_MS = 1000;

export interface WitnessQuestion {
  trigger: Trigger;
  /** The key of the confirmed address; null while none is known. */
  confirmedKey: string | null;
  /** When public sources last gave an answer that settled the family (monotonic ms), or null. */
  lastPublicAt: number | null;
  /** Now on the same monotonic clock: a wall clock set back or forward moves no window. */
  now: number;
  confirmMs: number;
}

/**
 * Whether a check may rest on a local witness instead of asking public sources:
 *
 * | trigger | confirmed address | public answer within confirmMs | -> witness |
 * |---|---|---|---|
 * | interval | yes | yes | yes |
 * | interval | no | any | no: nothing to vouch for |
 * | interval | yes | no (never, or too long ago) | no: time for the public sources |
 * | any other (start, network, resume, manual, retry, follow-up, router) | any | any | no |
 * | any | any | any, with confirmMs 0 | no: the user wants public sources every time |
 */
export function mayUseWitness(q: WitnessQuestion): boolean {
  if (q.trigger !== 'interval' || q.confirmMs <= 0) return false;
  if (q.confirmedKey === null || q.lastPublicAt === null) return false;
  return q.now - q.lastPublicAt < q.confirmMs;
}

/** A non-internal address of this family on this machine with the confirmed key, or null. */
export function interfaceWitness(
  ifaces: InterfaceMap,
  family: Family,
  confirmedKey: string,
  compare: V6Compare,
): Witness | null {
  const want = family === 4 ? 'IPv4' : 'IPv6';
  for (const [name, list] of Object.entries(ifaces)) {
    for (const a of list ?? []) {
      if (a.internal || a.family !== want) continue;
      if (addressKey(a.address, family, compare) === confirmedKey)
        return { address: a.address, by: `interface ${name}` };
    }
  }
  return null;
}

/** The router's answer, or null when it has none within ROUTER_WITNESS_MS or the check stops. */
export async function boundedWitness(answer: Promise<Witness | null>, signal: AbortSignal): Promise<Witness | null> {
  const bound = deadline(signal, ROUTER_WITNESS_MS);
  try {
    const stopped = new Promise<null>((resolve) => {
      if (bound.signal.aborted) resolve(null);
      else bound.signal.addEventListener('abort', () => resolve(null), { once: true });
    });
    return await Promise.race([answer.catch(() => null), stopped]);
  } finally {
    bound.clear();
  }
}

export interface WitnessAsk {
  family: Family;
  key: string;
  signal: AbortSignal;
  compare: V6Compare;
  /** This machine's interfaces, as last read. */
  interfaces: () => InterfaceMap;
  router: RouterWitness | undefined;
  logger: Logger;
}

/** This machine's interfaces first (free), then for IPv4 the router, bounded in time. */
export async function askWitness(a: WitnessAsk): Promise<Witness | null> {
  try {
    const local = interfaceWitness(a.interfaces(), a.family, a.key, a.compare);
    if (local) return local;
  } catch (err) {
    a.logger.debug('cannot read network interfaces', { error: String(err) });
  }
  if (a.family !== 4 || !a.router) return null;
  try {
    const answer = a.router();
    return answer ? await boundedWitness(answer, a.signal) : null;
  } catch (err) {
    // A witness is only ever a shortcut: whatever goes wrong, the public sources answer.
    a.logger.debug('cannot ask the router', { error: String(err) });
    return null;
  }
}
