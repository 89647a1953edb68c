/**
 * The address an AAAA record should hold now, and why when it is not the one asked for: the
 * record's `address` setting (shared/settings/ddns.ts, read by shared/ipv6-host.ts), the IPv6
 * address the sources observed and this host's own addresses with their flags
 * (../host-addresses). Pure; the table is in tests/electron/engine/ddns/aaaa-target.test.ts.
 *
 *   address         | host addresses                                  | target
 *   ----------------+-------------------------------------------------+------------------------------------
 *   observed        | any                                             | the observed address
 *   ::1:2:3:4, mac: | any                                             | the observed prefix (/64, or the
 *   ::1:0:0:0:5/56  |                                                 | length given) + the host part
 *   stable          | the one held now, still stable and usable       | it (no flapping between two stable ones)
 *   stable          | stable ones in the observed /64 (not temporary, | the observed one if it is among them,
 *                   | not tentative)                                  | else the first not deprecated, by address
 *   stable          | only temporary, none, or could not be read      | the observed address, and why
 *   …@eth1, …@range | a global one on eth1 / one inside the range     | its prefix + the host part (stable:
 *                   |                                                 | the stable one there, held one first)
 *   …@eth1, …@range | none there, or could not be read                | nothing (the record stays), and why
 *
 * A deprecated address is taken only when no other is left. When several prefixes match
 * `@eth1`, the first not deprecated, by address, is taken (name one by its range to choose).
 */
import ipaddr from 'ipaddr.js';

import { type AddressChoice, combine, inRange, parseAddressChoice, type PrefixFrom } from '../../../shared/ipv6-host';
import { normalV6, prefix64 } from '../../../shared/ipv6-suffix';
import type { Reason } from '../../../shared/reason';
import type { HostAddress } from '../host-addresses';
import { inEnglish, reason as reasonOf } from '../reason';
import { why, type Why } from './why';

/** This host's IPv6 addresses as last read, or why they could not be (in English and as its code). */
export type HostView = { ok: true; addresses: readonly HostAddress[] } | { ok: false; why: Why };

export interface Target {
  /** Null: nothing the record could hold is known now (it is left as it is). */
  address: string | null;
  /** Why the observed address, or nothing, is published in place of what was asked; null when the record holds what it asks for. */
  why: Why | null;
}

/** `outer` around the host view's reason: "observed address published: this host's addresses could not be read (…)". */
const around = (outer: 'reason.ddns.observedPublished' | 'reason.ddns.nothingPublished', inner: Why): Why =>
  inner.code
    ? why(outer, {}, inner.code as Reason)
    : { text: `${inEnglish(reasonOf(outer, { inner: '' }))}${inner.text}` };

/** ipaddr.js's ranges that are no global prefix (2001:db8::/32, its "reserved", is one: the tests' and the docs'). */
const NOT_GLOBAL = new Set(['linkLocal', 'uniqueLocal', 'loopback', 'unspecified', 'multicast', 'ipv4Mapped']);

const words = (a: HostAddress): number[] => ipaddr.IPv6.parse(a.address).parts;

/** Nothing published, as no (stable) address of this host is where the record's `@…` says. */
const nothingThere = (from: Exclude<PrefixFrom, { kind: 'observed' }>, stable: boolean): Why =>
  from.kind === 'iface'
    ? why(stable ? 'reason.ddns.nothingStableOnIface' : 'reason.ddns.nothingOnIface', { iface: from.name })
    : why(stable ? 'reason.ddns.nothingStableInRange' : 'reason.ddns.nothingInRange', { range: from.range });

/** This host's addresses the record's `@…` names: a global one on the interface, or any but link-local inside the range. */
function named(from: Exclude<PrefixFrom, { kind: 'observed' }>, all: readonly HostAddress[]): HostAddress[] {
  return all.filter((a) => {
    if (a.unusable || !ipaddr.IPv6.isValid(a.address)) return false;
    const range = ipaddr.IPv6.parse(a.address).range();
    if (from.kind === 'iface') return a.iface === from.name && !NOT_GLOBAL.has(range);
    return range !== 'linkLocal' && inRange(words(a), from.network, from.length);
  });
}

/** Not deprecated first, then not temporary, then by address: the same pick from the same list. */
const byPreference = (a: HostAddress, b: HostAddress): number =>
  Number(a.deprecated) - Number(b.deprecated) ||
  Number(a.temporary) - Number(b.temporary) ||
  a.address.localeCompare(b.address);

/** A stable one among `stable`: the one held now, else the one seen, else the first by preference. */
function pickStable(stable: HostAddress[], current: string | null, seen: string | null): HostAddress | undefined {
  const held = current !== null ? stable.find((a) => a.address === normalV6(current) && !a.deprecated) : undefined;
  return held ?? stable.find((a) => a.address === seen && !a.deprecated) ?? [...stable].sort(byPreference)[0];
}

/** The target of a record whose prefix is this host's address on an interface or inside a range. */
function onNamed(choice: AddressChoice, host: HostView, current: string | null): Target {
  const from = choice.from as Exclude<PrefixFrom, { kind: 'observed' }>;
  if (!host.ok) return { address: null, why: around('reason.ddns.nothingPublished', host.why) };
  const there = named(from, host.addresses);
  if (choice.host.kind === 'stable') {
    const best = pickStable(
      there.filter((a) => !a.temporary),
      current,
      null,
    );
    if (best) return { address: best.address, why: null };
    return { address: null, why: nothingThere(from, true) };
  }
  const best = [...there].sort(byPreference)[0];
  if (!best || choice.host.kind !== 'fixed') return { address: null, why: nothingThere(from, false) };
  return { address: combine(words(best), choice.host.prefixLen, choice.host.parts), why: null };
}

export function aaaaTarget(mode: string, observed: string, host: HostView, current: string | null = null): Target {
  const seen = normalV6(observed);
  const parsed = parseAddressChoice(mode);
  // The settings were checked at save: a setting that no longer reads publishes what the sources saw.
  if (!parsed.ok)
    return {
      address: seen,
      why: why('reason.ddns.observedPublished', {}, reasonOf('reason.ddns.badSettings', { issues: parsed.error })),
    };
  const choice = parsed.choice;
  if (choice.from.kind !== 'observed') return onNamed(choice, host, current);
  if (choice.host.kind === 'observed') return { address: seen, why: null };
  if (choice.host.kind === 'fixed') {
    const { parts, prefixLen } = choice.host;
    return { address: combine(ipaddr.IPv6.parse(seen).parts, prefixLen, parts), why: null };
  }
  const prefix = prefix64(seen)!;
  if (!host.ok) return { address: seen, why: around('reason.ddns.observedPublished', host.why) };
  const stable = host.addresses.filter((a) => prefix64(a.address) === prefix && !a.temporary && !a.unusable);
  const best = pickStable(stable, current, seen);
  if (best) return { address: best.address, why: null };
  return { address: seen, why: why('reason.ddns.observedNoStable', { prefix }) };
}
