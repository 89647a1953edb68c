/**
 * What stands between this machine and the internet on IPv4, decided once from what the router
 * reports as its external address and what the public sources confirmed. This is the first
 * thing a self-hoster needs when port forwarding "does not work": a carrier-grade NAT cannot be
 * forwarded through at all. Pure.
 *
 *   router's external address             | public (confirmed) | verdict
 *   --------------------------------------+--------------------+-----------
 *   (a local interface holds the public)  | any                | direct
 *   100.64.0.0/10 (RFC 6598, shared)      | any                | cgnat
 *   private (RFC 1918) or 192.0.0.0/24    | any                | double-nat
 *   the public address                    | same               | nat
 *   another public address                | differs            | cgnat (an upstream NAT with public space)
 *   unknown (the router speaks none)      | any                | unknown
 *   anything                              | none confirmed     | unknown, unless the router's is shared/private
 */
import { validateAnswer } from './ip';
import type { NatVerdict } from './types';

export { NAT_VERDICTS, type NatVerdict } from './types';

export interface NatInput {
  /** The router's external IPv4 address (NAT-PMP, PCP or UPnP-IGD), or null when none answered. */
  routerAddress: string | null;
  /** The public IPv4 address the sources confirmed, or null. */
  publicAddress: string | null;
  /** This machine's own IPv4 addresses (its interfaces). */
  localAddresses: readonly string[];
}

export interface Nat {
  verdict: NatVerdict;
  /** A few words: the dashboard's line, the tray's tooltip, the bot's field. */
  label: string;
  /** What it means for reaching this machine from outside. */
  detail: string;
}

const NAT: Record<NatVerdict, Omit<Nat, 'verdict'>> = {
  direct: {
    label: 'Direct',
    detail: 'This machine holds the public address itself: nothing to forward, only its firewall decides.',
  },
  nat: {
    label: 'Behind your router (NAT)',
    detail: "One NAT, your router's: forward a port on the router to reach this machine from outside.",
  },
  'double-nat': {
    label: 'Double NAT',
    detail:
      "Your router's own external address is private: another router or modem sits in front of it. Forward the port on both, or put the first one in bridge mode.",
  },
  cgnat: {
    label: 'Carrier-grade NAT',
    detail:
      'Your provider shares the public address between customers (CGNAT): no port forwarding can reach this machine. Ask the provider for a public IPv4 address, or use IPv6 or a tunnel.',
  },
  unknown: {
    label: 'Unknown',
    detail: 'The router did not report its external address (NAT-PMP, PCP and UPnP are off or absent there).',
  },
};

/** A verdict with its words (label, detail). */
export const natOf = (v: NatVerdict): Nat => ({ verdict: v, ...NAT[v] });
const verdict = natOf;

export function natVerdict(input: NatInput): Nat {
  const { routerAddress, publicAddress, localAddresses } = input;
  if (publicAddress !== null && localAddresses.includes(publicAddress)) return verdict('direct');
  if (routerAddress === null) return verdict('unknown');
  const judged = validateAnswer(routerAddress, 4);
  if (!judged.ok) {
    if (judged.reason === 'cgnat') return verdict('cgnat');
    if (judged.reason === 'private' || judged.reason === 'reserved') return verdict('double-nat');
    return verdict('unknown');
  }
  if (publicAddress === null) return verdict('unknown');
  return verdict(judged.ip === publicAddress ? 'nat' : 'cgnat');
}
