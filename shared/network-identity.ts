/**
 * Network identity of a public address: who announces it (AS number and organisation), the
 * country it is registered in, and whether it belongs to a VPN service or a hosting or cloud
 * network. The flag's words live here only, so the dashboard, notices, the bot, the tray and the
 * runner's lines say the same.
 * Pure: the engine's identity room fills it in, everything that shows it formats it here. Its
 * schema is identity.ts; this file has no zod, so the dashboard's first load does not either.
 */

import type { Translator } from './i18n/translator';

/** Why an address is flagged: a VPN provider's AS, a hosting AS, or Cloudflare's trace said WARP. */
export const VPN_REASONS = ['vpn-asn', 'hosting-asn', 'warp'] as const;
export type VpnReason = (typeof VPN_REASONS)[number];

export interface NetworkIdentity {
  /** Autonomous system number; null when the ASN database has no range for the address. */
  asn: number | null;
  /** The AS's organisation as the database names it. */
  org: string | null;
  /** ISO 3166-1 alpha-2 country code. */
  country: string | null;
  /** Set when the address is a VPN service's exit, or a hosting or cloud network's. */
  vpn: VpnReason | null;
  /**
   * The announced prefix holding the address, as the offline AS table gives it
   * (shared/address-block.ts); null or absent when unknown (a run stamped before it was kept).
   */
  block?: string | null;
}

/**
 * The flag's words (`identity.flag.*`), the same wherever the identity is shown. Three outcomes,
 * never more:
 *
 *   reason        | words
 *   --------------+---------------------------
 *   vpn-asn, warp | "VPN service" (WARP is Cloudflare's VPN app)
 *   hosting-asn   | "hosting or cloud network"
 *   null          | none
 */
export function flagWords(reason: VpnReason | null | undefined, words: Translator): string | null {
  if (!reason) return null;
  return words.t(reason === 'hosting-asn' ? 'identity.flag.hosting' : 'identity.flag.vpn');
}

/** "AS3320 Deutsche Telekom AG, DE", with " (VPN service)" or " (hosting or cloud network)" when flagged; '' when nothing is known. */
export function formatIdentity(identity: NetworkIdentity | null | undefined, words: Translator): string {
  if (!identity) return '';
  const who = [identity.asn !== null ? `AS${identity.asn}` : null, identity.org].filter(Boolean).join(' ');
  const text = [who, identity.country].filter(Boolean).join(', ');
  if (!text) return '';
  const flag = flagWords(identity.vpn, words);
  return flag ? words.t('identity.flagged', { network: text, flag }) : text;
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
