/**
 * Whether a router round is news for the monitor: an external address it has not confirmed,
 * which a check at once (with the usual quorum) should look at. Pure.
 *
 * The commonest change of all comes with a gap: a PPPoE reconnect (many providers force one a
 * day) or a DHCP renewal leaves the router with no WAN address, or failing answers, for a few
 * seconds before the new one. So the previous round's answer being none or an error does not
 * make the new one less news: only an answer the monitor already holds, or one that is the same
 * as the round before, is not.
 *
 *   now (router's answer)   | round before        | confirmed (IPv4) | check at once?
 *   ------------------------+---------------------+------------------+------------------------------------------
 *   none (quiet, error, gap)| any                 | any              | no: nothing to look for; the schedule runs
 *   X                       | X                   | any              | no: nothing new (a steady difference is
 *                           |                     |                  |     the NAT verdict's business: a VPN)
 *   X public                | none, error, or Y   | X                | no: the monitor holds it already
 *   X public                | none, error, or Y   | none, or Z       | yes
 *   X shared or private     | none, error, or Y   | any              | yes: the router moved behind an upstream
 *                           |                     |                  |      NAT, and the public address may have too
 *   X shared or private     | the watch's first   | any              | no: nothing moved that was known; the
 *                           |   round (searching) |                  |     start's own check looks
 *
 * A public X the monitor holds by the time a check in flight ends is dropped there too
 * (Engine.routerSaw), so the first round after a start does not double the start's check.
 */
import { validateAnswer } from '../../../shared/ip';

export interface RouterRound {
  /** The router's external address this round, or null (no router, an error, no WAN address). */
  now: string | null;
  /** The round before's, likewise. */
  before: string | null;
  /** The round before was the watch's start (searching): nothing was known. */
  first: boolean;
  /** The public IPv4 address the monitor has confirmed, or null. */
  confirmed: string | null;
}

export function isRouterNews({ now, before, first, confirmed }: RouterRound): boolean {
  if (now === null || now === before) return false;
  if (!validateAnswer(now, 4).ok) return !first;
  return now !== confirmed;
}
