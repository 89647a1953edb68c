/**
 * A change of network rides on the address change that brought it: once the flap hold lets a
 * change through, and its address's AS or country differs from the old address's, a
 * `provider-changed` notice follows it. Pure.
 *
 *   change notice                                   | provider notice
 *   ------------------------------------------------+----------------------------------
 *   both identities known, AS or country differs    | provider-changed, old and new network
 *   same AS, another announced prefix (both known)  | provider-changed, with its shift (network-shift.ts)
 *   same AS and country (a new address, same ISP)   | -
 *   either identity unknown, or one side's AS/      | - (no evidence of a move)
 *     country unknown while the other part matches  |
 *   any other notice                                | -
 */
import { providerChanged } from '../../../../shared/identity';
import { networkShift } from '../../../../shared/network-shift';
import type { PolicyNotice, ProviderNotice } from '../types';

export function providerNotice(n: PolicyNotice): ProviderNotice | null {
  if (n.kind !== 'ipv4-changed' && n.kind !== 'ipv6-changed') return null;
  const before = n.fromIdentity ?? null;
  const after = n.identity ?? null;
  if (!before || !after) return null;
  const shift = networkShift(n.from === null ? null : { ip: n.from, asn: before.asn, block: before.block ?? null }, {
    ip: n.to,
    asn: after.asn,
    block: after.block ?? null,
  });
  if (!shift && !providerChanged(before, after)) return null;
  return {
    kind: 'provider-changed',
    key: `provider:${n.key}`,
    at: n.at,
    family: n.family,
    address: n.to,
    fromNetwork: before,
    toNetwork: after,
    ...(shift ? { shift } : {}),
  };
}

/** The notices with each change's provider notice right after it. */
export function withProviderNotices(notices: PolicyNotice[]): PolicyNotice[] {
  if (!notices.some((n) => n.kind === 'ipv4-changed' || n.kind === 'ipv6-changed')) return notices;
  return notices.flatMap((n) => {
    const p = providerNotice(n);
    return p ? [n, p] : [n];
  });
}
