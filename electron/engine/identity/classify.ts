/**
 * The flag: pure. Three outcomes, whose words are shared/network-identity.ts's flagWords:
 *
 *   warp     | AS                                        | reason        | words
 *   ---------+-------------------------------------------+---------------+--------------------------
 *   on       | any                                       | warp          | VPN service
 *   off/none | an access network (access-asns.ts)        | null          | none
 *   off/none | in X4BNet's VPN list (vpn-asns.ts)        | vpn-asn       | VPN service
 *   off/none | in X4BNet's datacenter list (vpn-asns.ts) | hosting-asn   | hosting or cloud network
 *   off/none | any other, or unknown                     | null          | none
 *
 * WARP first: Cloudflare's trace of the connection is the surest sign, even on a home line.
 * Access networks next: tunnel brokers (Hurricane Electric's free IPv6 tunnels) and the ISPs of
 * homes, phones and campuses are never flagged, whatever a copy of the lists holds. The table is
 * again the test (tests/electron/engine/identity/classify.test.ts), on named ASNs.
 */
import type { VpnReason } from '../../../shared/identity';
import { ACCESS_NETWORKS } from './access-asns';
import { HOSTING_ASNS, VPN_ASNS } from './vpn-asns';

const ACCESS = new Set(ACCESS_NETWORKS.map((n) => n.asn));
const VPN = new Set(VPN_ASNS);
const HOSTING = new Set(HOSTING_ASNS);

/** What the trace said about WARP: `warp=on` (or `plus`), `off`, or nothing known. */
export type WarpState = 'on' | 'off' | null;

/** The trace's `warp=` value as a state: `on` and `plus` (WARP+) mean the connection went through WARP. */
export function warpFromTrace(value: string | null | undefined): WarpState {
  const v = value?.trim().toLowerCase();
  if (v === 'on' || v === 'plus') return 'on';
  if (v === 'off') return 'off';
  return null;
}

/** Why the address is flagged, or null (the table above). */
export function classifyVpn(asn: number | null, warp: WarpState = null): VpnReason | null {
  if (warp === 'on') return 'warp';
  if (asn === null || ACCESS.has(asn)) return null;
  if (VPN.has(asn)) return 'vpn-asn';
  if (HOSTING.has(asn)) return 'hosting-asn';
  return null;
}
