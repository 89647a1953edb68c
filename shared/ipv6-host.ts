/**
 * What an AAAA record's `address` setting asks for (shared/settings/ddns.ts), read into its parts:
 * the host part (this host's stable address, the observed one, a fixed suffix, or a device's
 * MAC as its modified EUI-64 interface identifier, RFC 4291 appendix A), the prefix length the
 * host part sits behind (/48 to /64, as ddns-updater's `ipv6_suffix` writes it) and which of
 * this host's prefixes it goes on (`@eth1`: the interface's; `@2001:db8::/32`: the one inside
 * that range; left out: the observed address's). Pure; the table is in
 * tests/shared/ipv6-host.test.ts.
 *
 *   text                               | host part                      | length | prefix from
 *   -----------------------------------+--------------------------------+--------+----------------
 *   stable, observed                   | this host's stable / observed  | -      | observed
 *   stable@eth1                        | this host's stable on eth1     | -      | eth1
 *   ::1:2:3:4                          | fixed ::1:2:3:4                | 64     | observed
 *   ::1:0:0:0:5/56                     | fixed (subnet 01, host ::5)    | 56     | observed
 *   mac:00:11:22:33:44:55 (or 00-11-…) | fixed ::211:22ff:fe33:4455     | 64     | observed
 *   ::5@2001:db8::/32                  | fixed ::5                      | 64     | inside the range
 */
import ipaddr from 'ipaddr.js';

import { parseSuffix } from './ipv6-suffix';

/** Where the prefix comes from: the observed address, an interface's global address, or one inside a range. */
export type PrefixFrom =
  | { kind: 'observed' }
  | { kind: 'iface'; name: string }
  | { kind: 'range'; range: string; network: number[]; length: number };

export type HostPart =
  | { kind: 'stable' }
  | { kind: 'observed' }
  /** `parts`: the 8 words of the host part, zero over the prefix. */
  | { kind: 'fixed'; parts: number[]; prefixLen: number; mac: string | null };

export interface AddressChoice {
  host: HostPart;
  from: PrefixFrom;
  /** The setting in its one written form (what the settings store). */
  text: string;
}

export type ChoiceParse = { ok: true; choice: AddressChoice } | { ok: false; error: string };

export const MIN_PREFIX = 48;
export const MAX_PREFIX = 64;

const MAC = /^(?:mac:)?([0-9a-f]{2})([:-])([0-9a-f]{2})\2([0-9a-f]{2})\2([0-9a-f]{2})\2([0-9a-f]{2})\2([0-9a-f]{2})$/i;

/** The modified EUI-64 interface identifier of a MAC (`00:11:22:33:44:55` -> `::211:22ff:fe33:4455`): U/L bit flipped, FFFE inserted. */
export function eui64(mac: readonly number[]): number[] {
  const [a, b, c, d, e, f] = mac as [number, number, number, number, number, number];
  return [0, 0, 0, 0, ((a ^ 0x02) << 8) | b, (c << 8) | 0xff, 0xfe00 | d, (e << 8) | f];
}

/** The mask of word `i` (16 bits) that the first `length` bits of an address cover. */
const wordMask = (length: number, i: number): number => {
  const bits = Math.max(0, Math.min(16, length - 16 * i));
  return bits === 0 ? 0 : (0xffff << (16 - bits)) & 0xffff;
};

/** The address made of `prefix`'s first `length` bits and `host`'s others (both 8 words). */
export function combine(prefix: readonly number[], length: number, host: readonly number[]): string {
  const parts = prefix.map((p, i) => (p & wordMask(length, i)) | (host[i]! & ~wordMask(length, i) & 0xffff));
  return new ipaddr.IPv6(parts).toString();
}

/** Whether `address` (8 words) lies inside the range (network words and length). */
export const inRange = (address: readonly number[], network: readonly number[], length: number): boolean =>
  address.every((p, i) => (p & wordMask(length, i)) === (network[i]! & wordMask(length, i)));

const EXAMPLE = 'such as ::1:2:3:4';

/** A fixed host part: a suffix or a MAC, with its prefix length. */
function parseFixed(text: string, lenText: string | undefined): ChoiceParse {
  const prefixLen = lenText === undefined ? 64 : Number(lenText);
  const mac = MAC.exec(text);
  if (mac) {
    const bytes = [1, 3, 4, 5, 6, 7].map((i) => parseInt(mac[i]!, 16));
    const parts = eui64(bytes);
    if (prefixLen !== 64) {
      const example = `${new ipaddr.IPv6(parts).toString()}/${prefixLen}`;
      return {
        ok: false,
        error: `a MAC gives only the last 64 bits, so it needs a /64: on a /${prefixLen}, give the subnet with it as a suffix, such as ${example}`,
      };
    }
    const written = `mac:${bytes.map((x) => x.toString(16).padStart(2, '0')).join(':')}`;
    return {
      ok: true,
      choice: { host: { kind: 'fixed', parts, prefixLen, mac: written }, from: OBSERVED, text: written },
    };
  }
  if (/^(?:mac:|[0-9a-f]{2}-)/i.test(text))
    return { ok: false, error: `"${text}" is not a MAC address such as mac:00:11:22:33:44:55` };
  if (prefixLen === 64) {
    const s = parseSuffix(text);
    if (!s.ok) return s;
    const parts = ipaddr.IPv6.parse(s.suffix).parts;
    return {
      ok: true,
      choice: { host: { kind: 'fixed', parts, prefixLen, mac: null }, from: OBSERVED, text: s.suffix },
    };
  }
  if (!Number.isInteger(prefixLen) || prefixLen < MIN_PREFIX || prefixLen > MAX_PREFIX)
    return {
      ok: false,
      error: `the prefix length /${lenText} is not one of /48 to /64: give your prefix's, such as /56`,
    };
  if (!/^[0-9a-f:]+$/i.test(text) || !ipaddr.IPv6.isValid(text))
    return { ok: false, error: `"${text}" is not an IPv6 suffix ${EXAMPLE}` };
  const parts = ipaddr.IPv6.parse(text).parts;
  const short = new ipaddr.IPv6(parts).toString();
  if (parts.some((p, i) => (p & wordMask(prefixLen, i)) !== 0))
    return {
      ok: false,
      error: `${short} does not fit behind a /${prefixLen}: it sets bits of the prefix, and only the last ${128 - prefixLen} bits are the host's`,
    };
  if (parts.every((p) => p === 0))
    return { ok: false, error: `the suffix :: is all zeros: give the device's own, ${EXAMPLE}` };
  const written = `${short}/${prefixLen}`;
  return { ok: true, choice: { host: { kind: 'fixed', parts, prefixLen, mac: null }, from: OBSERVED, text: written } };
}

const OBSERVED: PrefixFrom = { kind: 'observed' };

/** `eth1`, `Ethernet 2`, or an IPv6 range such as `2001:db8::/32`. */
function parseFrom(text: string): { ok: true; from: PrefixFrom } | { ok: false; error: string } {
  const bad = {
    ok: false,
    error: `"${text}" is neither an interface name nor an IPv6 range such as 2001:db8::/32`,
  } as const;
  if (text.includes(':') || text.includes('/')) {
    if (!/^[0-9a-f:]+\/\d{1,3}$/i.test(text) || !ipaddr.IPv6.isValidCIDR(text)) return bad;
    const [addr, length] = ipaddr.IPv6.parseCIDR(text);
    const network = ipaddr.IPv6.networkAddressFromCIDR(text).parts;
    const range = `${new ipaddr.IPv6(network).toString()}/${length}`;
    return addr.parts.length === 8 ? { ok: true, from: { kind: 'range', range, network, length } } : bad;
  }
  if (!/^[\p{L}\p{N}._ ()-]{1,64}$/u.test(text)) return bad;
  return { ok: true, from: { kind: 'iface', name: text } };
}

/** The setting read into its parts, or why it is not one. */
export function parseAddressChoice(input: string): ChoiceParse {
  const t = input.trim();
  const at = t.indexOf('@');
  const head = (at < 0 ? t : t.slice(0, at)).trim();
  const tail = at < 0 ? null : t.slice(at + 1).trim();
  const from = tail === null ? ({ ok: true, from: OBSERVED } as const) : parseFrom(tail);
  if (!from.ok) return from;
  const at1 = from.from.kind === 'observed' ? '' : `@${from.from.kind === 'iface' ? from.from.name : from.from.range}`;
  const word = head.toLowerCase();
  if (word === 'stable' || word === 'observed') {
    if (word === 'observed' && at1)
      return { ok: false, error: `observed is the address the sources saw: it cannot be put on another prefix (${t})` };
    return { ok: true, choice: { host: { kind: word }, from: from.from, text: `${word}${at1}` } };
  }
  const m = /^(.*?)(?:\/(\d{1,3}))?$/.exec(head)!;
  const fixed = /:|^[0-9a-f]{2}-/i.test(m[1]!) ? parseFixed(m[1]!, m[2]) : null;
  if (!fixed)
    return {
      ok: false,
      error: `expected stable, observed, an IPv6 suffix such as ::1:2:3:4 or a MAC such as mac:00:11:22:33:44:55, not "${input.trim()}"`,
    };
  if (!fixed.ok) return fixed;
  const c = fixed.choice;
  return { ok: true, choice: { ...c, from: from.from, text: `${c.text}${at1}` } };
}

/**
 * ddns-updater's `ipv6_suffix` as this setting, or why it cannot be one. Its `/N` counts the
 * suffix's bits, not the prefix's: the record holds the public address's first 128-N bits and
 * the suffix's last N (ddns-updater internal/update/ipv6.go), so `…/64` is a /64 here and
 * `…/72` a /56; the suffix's bits inside the prefix are dropped, as ddns-updater drops them.
 */
export function fromDdnsUpdaterSuffix(text: string): { address: string } | { error: string } {
  const m = /^([0-9a-fA-F:]+)\/(\d{1,3})$/.exec(text.trim());
  if (!m || !ipaddr.IPv6.isValid(m[1]!))
    return {
      error: `ipv6_suffix "${text}" is not an IPv6 suffix with its prefix length, such as 0:0:0:0:72ad:8fbb:a54e:bedd/64`,
    };
  const prefixLen = 128 - Number(m[2]);
  if (prefixLen < MIN_PREFIX || prefixLen > MAX_PREFIX)
    return {
      error: `ipv6_suffix "${text}": a ${m[2]}-bit suffix sits behind a /${prefixLen}, and IPWatch takes /48 to /64 (a suffix of 64 to 80 bits)`,
    };
  const parts = ipaddr.IPv6.parse(m[1]!).parts.map((p, i) => p & ~wordMask(prefixLen, i) & 0xffff);
  const c = parseAddressChoice(`${new ipaddr.IPv6(parts).toString()}/${prefixLen}`);
  return c.ok ? { address: c.choice.text } : { error: `ipv6_suffix "${text}": ${c.error}` };
}
