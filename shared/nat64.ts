/**
 * IPv6 transition, as the host can tell it (issue 77): the NAT64 prefix a DNS64 resolver reveals,
 * and 464XLAT's CLAT on the host. Pure; the engine asks the resolver and reads the interfaces.
 *
 * RFC 7050 (Discovery of the IPv6 Prefix Used for IPv6 Address Synthesis), section 3: a node asks
 * its resolver for the AAAA records of `ipv4only.arpa`, a name that has only A records
 * (192.0.0.170 and 192.0.0.171, the well-known IPv4 addresses, WKAs). Any AAAA answer was
 * synthesized by DNS64 (RFC 6147), and the node finds a WKA embedded in it at one of the
 * positions RFC 6052 section 2.2 gives for the prefix lengths 32, 40, 48, 56, 64 and 96 (bits 64
 * to 71, the "u" octet, are never used); the bits before it are the NAT64 prefix.
 *
 * 464XLAT (RFC 6877): the host translates its own IPv4 to IPv6 (the CLAT), so an IPv4 address of
 * 192.0.0.0/29 (RFC 7335, IPv4 service continuity prefix) or an interface named as Android's
 * (`v4-rmnet0`) and clatd's (`clat`, `clat4`) does, while the public IPv4 comes through NAT64.
 */
import ipaddr from 'ipaddr.js';

import type { Translator } from './i18n/translator';

export const WELL_KNOWN_NAME = 'ipv4only.arpa';
const WKAS = ['192.0.0.170', '192.0.0.171'];

/** Where an IPv4 address sits in the 16 bytes for each prefix length (RFC 6052 section 2.2). */
const POSITIONS: Record<number, number[]> = {
  96: [12, 13, 14, 15],
  64: [9, 10, 11, 12],
  56: [7, 9, 10, 11],
  48: [6, 7, 9, 10],
  40: [5, 6, 7, 9],
  32: [4, 5, 6, 7],
};

export interface Nat64Prefix {
  /** "64:ff9b::/96". */
  prefix: string;
  length: number;
}

/** The NAT64 prefix in one synthesized AAAA answer; null when no WKA is embedded (not a DNS64 answer). */
export function prefixOf(answer: string): Nat64Prefix | null {
  if (!ipaddr.IPv6.isValid(answer)) return null;
  const bytes = ipaddr.IPv6.parse(answer).toByteArray();
  for (const length of [96, 64, 56, 48, 40, 32]) {
    const embedded = POSITIONS[length]!.map((i) => bytes[i]).join('.');
    if (!WKAS.includes(embedded)) continue;
    const prefix = bytes.map((b, i) => (i < length / 8 ? b : 0));
    return { prefix: `${ipaddr.fromByteArray(prefix).toString()}/${length}`, length };
  }
  return null;
}

/** Every distinct NAT64 prefix the AAAA answers for ipv4only.arpa reveal, in the order answered. */
export function nat64Prefixes(answers: readonly string[]): Nat64Prefix[] {
  const out: Nat64Prefix[] = [];
  for (const a of answers) {
    const p = prefixOf(a);
    if (p && !out.some((o) => o.prefix === p.prefix)) out.push(p);
  }
  return out;
}

/** One interface of the host: its name and its addresses. */
export interface HostInterface {
  name: string;
  addresses: string[];
}

const CLAT_NAME = /^(clat\d*|v4-.+)$/;

/** The CLAT interfaces of 464XLAT on the host: named so, or holding an IPv4 address of 192.0.0.0/29. */
export function clatInterfaces(interfaces: readonly HostInterface[]): string[] {
  const continuity = ipaddr.parseCIDR('192.0.0.0/29');
  const inContinuity = (a: string) => {
    if (!ipaddr.IPv4.isValid(a)) return false;
    return ipaddr.IPv4.parse(a).match(continuity as [ipaddr.IPv4, number]);
  };
  return interfaces.filter((i) => CLAT_NAME.test(i.name) || i.addresses.some(inContinuity)).map((i) => i.name);
}

export type TransitionVerdict =
  | { kind: 'none' }
  | { kind: 'nat64'; prefixes: Nat64Prefix[] }
  | { kind: '464xlat'; prefixes: Nat64Prefix[]; clat: string[] };

/**
 *   DNS64 prefixes | CLAT on the host | verdict
 *   ---------------+------------------+---------------------------------------------
 *   none           | any              | none (no NAT64 the resolver reveals)
 *   some           | none             | nat64: IPv6-only with NAT64/DNS64
 *   some           | some             | 464xlat: IPv4 through the CLAT and NAT64
 */
export function transitionVerdict(prefixes: Nat64Prefix[], clat: string[]): TransitionVerdict {
  if (prefixes.length === 0) return { kind: 'none' };
  return clat.length ? { kind: '464xlat', prefixes, clat } : { kind: 'nat64', prefixes };
}

/** The verdict in words, the same in the API and on the page. */
export function transitionWords(v: TransitionVerdict, words: Translator): string {
  const prefixes = v.kind === 'none' ? '' : v.prefixes.map((p) => p.prefix).join(', ');
  if (v.kind === 'none') return words.t('transition.none');
  if (v.kind === 'nat64') return words.t('transition.nat64', { prefixes });
  return words.t('transition.464xlat', { prefixes, clat: v.clat.join(', ') });
}
