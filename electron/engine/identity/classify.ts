/**
 * The "VPN or proxy" flag: pure. An address is flagged when its AS is a VPN provider's or a
 * hosting, cloud or CDN network's (the list in vpn-asns.ts, with its source), or when
 * Cloudflare's trace of the connection says `warp=on` (Cloudflare WARP, a VPN whose exit
 * addresses are Cloudflare's). The truth table is in tests/electron/engine/identity/classify.test.ts.
 */
import type { VpnReason } from '../../../shared/identity';
import { HOSTING_ASNS, VPN_ASNS } from './vpn-asns';

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

/** Why the address is "VPN or proxy", or null. WARP first: it is the surest sign. */
export function classifyVpn(asn: number | null, warp: WarpState = null): VpnReason | null {
  if (warp === 'on') return 'warp';
  if (asn === null) return null;
  if (VPN.has(asn)) return 'vpn-asn';
  if (HOSTING.has(asn)) return 'hosting-asn';
  return null;
}
