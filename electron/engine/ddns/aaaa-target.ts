/**
 * The address an AAAA record should hold now, and why when it is not the one asked for: the
 * record's `address` setting (shared/settings/ddns.ts), the IPv6 address the sources observed
 * and this host's own addresses with their flags (../host-addresses). Pure; the table is in
 * tests/electron/engine/ddns/aaaa-target.test.ts.
 *
 *   address  | host addresses in the observed /64             | target
 *   ---------+------------------------------------------------+-------------------------------------
 *   observed | any                                            | the observed address
 *   ::1:2:3:4| any                                            | the observed /64 + ::1:2:3:4
 *   stable   | the one held now, still stable and usable      | it (no flapping between two stable ones)
 *   stable   | stable ones (not temporary, not tentative)     | the observed one if it is among them,
 *            |                                                | else the first not deprecated, by address
 *   stable   | only temporary, deprecated-only none, or none  | the observed address, and why
 *   stable   | could not be read                              | the observed address, and why
 *
 * A deprecated stable address is taken only when no other stable one is left.
 */
import { normalV6, prefix64, withSuffix } from '../../../shared/ipv6-suffix';
import type { RecordAddress } from '../../../shared/settings/ddns';
import type { HostAddress } from '../host-addresses';

/** This host's IPv6 addresses as last read, or why they could not be. */
export type HostView = { ok: true; addresses: readonly HostAddress[] } | { ok: false; why: string };

export interface Target {
  address: string;
  /** Why the observed address was published in place of a stable one; null when the record holds what it asks for. */
  why: string | null;
}

const inPrefix = (a: HostAddress, prefix: string) => prefix64(a.address) === prefix;

export function aaaaTarget(
  mode: RecordAddress,
  observed: string,
  host: HostView,
  current: string | null = null,
): Target {
  const seen = normalV6(observed);
  if (mode === 'observed') return { address: seen, why: null };
  if (mode !== 'stable') return { address: withSuffix(seen, mode), why: null };
  const prefix = prefix64(seen)!;
  if (!host.ok) return { address: seen, why: `observed address published: ${host.why}` };
  const stable = host.addresses.filter((a) => inPrefix(a, prefix) && !a.temporary && !a.unusable);
  const held = current !== null ? stable.find((a) => a.address === normalV6(current) && !a.deprecated) : undefined;
  if (held) return { address: held.address, why: null };
  const best =
    stable.find((a) => a.address === seen && !a.deprecated) ??
    [...stable].sort((a, b) => Number(a.deprecated) - Number(b.deprecated) || a.address.localeCompare(b.address))[0];
  if (best) return { address: best.address, why: null };
  return { address: seen, why: `observed address published: no stable address of this host in ${prefix}` };
}
