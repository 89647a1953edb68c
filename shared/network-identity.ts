/**
 * Network identity of a public address: who announces it (AS number and organisation), the
 * country it is registered in, and whether it belongs to a VPN, proxy or hosting network.
 * Pure: the engine's identity room fills it in, everything that shows it formats it here. Its
 * schema is identity.ts; this file has no zod, so the dashboard's first load does not either.
 */

/** Why an address is flagged "VPN or proxy". */
export const VPN_REASONS = ['vpn-asn', 'hosting-asn', 'warp'] as const;
export type VpnReason = (typeof VPN_REASONS)[number];

export interface NetworkIdentity {
  /** Autonomous system number; null when the ASN database has no range for the address. */
  asn: number | null;
  /** The AS's organisation as the database names it. */
  org: string | null;
  /** ISO 3166-1 alpha-2 country code. */
  country: string | null;
  /** Set when the address is a VPN exit, a proxy, or a hosting or cloud server. */
  vpn: VpnReason | null;
}

/** The words a user sees for the flag, wherever the identity is shown. */
export const VPN_LABEL = 'VPN or proxy';

/** "AS3320 Deutsche Telekom AG, DE", with " (VPN or proxy)" when flagged; '' when nothing is known. */
export function formatIdentity(identity: NetworkIdentity | null | undefined): string {
  if (!identity) return '';
  const who = [identity.asn !== null ? `AS${identity.asn}` : null, identity.org].filter(Boolean).join(' ');
  const text = [who, identity.country].filter(Boolean).join(', ');
  if (!text) return '';
  return identity.vpn ? `${text} (${VPN_LABEL})` : text;
}

/**
 * True when the network behind the address changed: another AS or another country. Unknown on
 * either side is no change: a database gap must not look like a new provider.
 */
export function providerChanged(before: NetworkIdentity | null, after: NetworkIdentity | null): boolean {
  if (!before || !after) return false;
  const differs = <T>(a: T | null, b: T | null) => a !== null && b !== null && a !== b;
  return differs(before.asn, after.asn) || differs(before.country, after.country);
}
