/**
 * What stands between this machine and the internet on IPv4, decided once from what the router
 * reports as its external address, what the public sources confirmed, and the interface that
 * traffic to the internet leaves by. This is the first thing a self-hoster needs when port
 * forwarding "does not work": a carrier-grade NAT cannot be forwarded through at all, and a
 * VPN takes the traffic past the router altogether. Pure.
 *
 *   leaves by (egress)       | router's external address   | public (confirmed) | verdict
 *   -------------------------+-----------------------------+--------------------+-----------
 *   any                      | any (a local interface holds the public)         | direct
 *   a tunnel (tun, wg, utun) | any                         | any                | vpn
 *   ppp                      | answered (so ppp is no uplink: PPTP, L2TP) | any | vpn
 *   ppp (this machine's own PPPoE uplink) | none            | any                | as below
 *   other                    | 100.64.0.0/10 (RFC 6598)    | any                | cgnat
 *   other                    | private (RFC 1918), 192.0.0.0/24 | any           | double-nat
 *   other                    | the public address          | same               | nat
 *   other                    | another public address      | differs            | vpn (a VPN, a proxy or another route)
 *   other                    | unknown (the router speaks none) | any           | unknown
 *   other                    | a public one                | none confirmed     | unknown
 *
 * A public router address that is not the confirmed one was once called CGNAT; but a carrier
 * NAT hands the router shared or private space, while a public address the world does not see
 * means the traffic leaves some other way: a VPN whose route the OS hides (policy routing), a
 * proxy, a second uplink.
 */
import type { Translator } from './i18n/translator';
import { validateAnswer } from './ip';
import { tunnelKind } from './tunnel';
import type { NatVerdict } from './types';
import { natVerdictWords } from './words/nat';

export { NAT_VERDICTS, type NatVerdict } from './types';

export interface NatInput {
  /** The router's external IPv4 address (NAT-PMP, PCP or UPnP-IGD), or null when none answered. */
  routerAddress: string | null;
  /** The public IPv4 address the sources confirmed, or null. */
  publicAddress: string | null;
  /** This machine's own IPv4 addresses (its interfaces). */
  localAddresses: readonly string[];
  /** The interface traffic to the internet leaves by (the route to a public address), or null when not known. */
  egress: string | null;
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
  vpn: {
    label: 'Through a VPN or another route',
    detail:
      "Traffic to the internet leaves through a VPN, a proxy or another route, not your router's public address: a port forwarded on your router does not reach this machine that way. Forward the port where the traffic leaves (some VPN providers offer it), or let that service bypass the VPN.",
  },
  unknown: {
    label: 'Unknown',
    detail: 'The router did not report its external address (NAT-PMP, PCP and UPnP are off or absent there).',
  },
};

/** A verdict with its words (label, detail): in a language (the notices), else English (the dashboard, the bot). */
export const natOf = (v: NatVerdict, words?: Translator): Nat =>
  words ? { verdict: v, ...natVerdictWords(v, words) } : { verdict: v, ...NAT[v] };
const verdict = natOf;

/** The way out is a tunnel: a VPN's interface, or ppp while a router on the LAN answers (so ppp is no uplink). */
export function leavesByTunnel(egress: string | null, routerAddress: string | null): boolean {
  const tunnel = tunnelKind(egress);
  return tunnel === 'tunnel' || (tunnel === 'ppp' && routerAddress !== null);
}

export function natVerdict(input: NatInput): Nat {
  const { routerAddress, publicAddress, localAddresses, egress } = input;
  if (publicAddress !== null && localAddresses.includes(publicAddress)) return verdict('direct');
  if (leavesByTunnel(egress, routerAddress)) return verdict('vpn');
  if (routerAddress === null) return verdict('unknown');
  const judged = validateAnswer(routerAddress, 4);
  if (!judged.ok) {
    if (judged.reason === 'cgnat') return verdict('cgnat');
    if (judged.reason === 'private' || judged.reason === 'reserved') return verdict('double-nat');
    return verdict('unknown');
  }
  if (publicAddress === null) return verdict('unknown');
  return verdict(judged.ip === publicAddress ? 'nat' : 'vpn');
}
