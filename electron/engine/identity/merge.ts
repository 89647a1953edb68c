/**
 * One identity of an address from what is known of it: the offline databases, an online
 * service's answer (enrichment) and the Cloudflare trace's WARP word. Pure; the truth table is in
 * tests/electron/engine/identity/merge.test.ts.
 *
 * AS number and organisation go together (an organisation from one side beside the other side's
 * number could name another network): they come from the preferred side when it knows the
 * number, else from the other. The country is taken field by field. The flag ("VPN service",
 * "hosting or cloud network") is decided again over the chosen number, WARP first (classify.ts).
 */
import type { NetworkIdentity } from '../../../shared/identity';
import { classifyVpn, type WarpState } from './classify';

/** What an online service said of an address: any part may be unknown. */
export interface OnlineIdentity {
  asn: number | null;
  org: string | null;
  country: string | null;
}

/** Which side wins where both know: the offline data unless the user asked the service always. */
export type Prefer = 'offline' | 'online';

export function mergeIdentity(
  offline: NetworkIdentity | null,
  online: OnlineIdentity | null,
  warp: WarpState = null,
  prefer: Prefer = 'offline',
): NetworkIdentity | null {
  const [first, second] = prefer === 'online' ? [online, offline] : [offline, online];
  const asnSide = first?.asn != null ? first : second?.asn != null ? second : null;
  const asn = asnSide?.asn ?? null;
  const sameAs = (s: OnlineIdentity | null) => s !== null && (s.asn === null || s.asn === asn) && s.org;
  const org = asnSide?.org ?? (sameAs(first) ? first?.org : sameAs(second) ? second?.org : null) ?? null;
  const country = first?.country ?? second?.country ?? null;
  const vpn = classifyVpn(asn, warp);
  if (asn === null && org === null && country === null && vpn === null) return null;
  // The block is the offline table's: kept while the number is the table's too.
  const block = offline?.block && offline.asn === asn ? offline.block : null;
  return { asn, org, country, vpn, ...(block ? { block } : {}) };
}

/** True when the offline data names the address fully: AS number, organisation and country. */
export const fullyNamed = (i: NetworkIdentity | null): boolean =>
  i !== null && i.asn !== null && i.org !== null && i.country !== null;
