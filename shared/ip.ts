/**
 * Pure address validation: is an echo service's answer a usable public address of the
 * expected family? The truth table lives in tests/shared/ip.test.ts.
 */
import ipaddr from 'ipaddr.js';

import { type Reason, reason } from './reason';
import type { Family } from './types';

export type Rejection =
  | 'empty'
  | 'html'
  | 'several-addresses'
  | 'not-an-ip'
  | 'wrong-family'
  | 'unspecified'
  | 'private'
  | 'loopback'
  | 'link-local'
  | 'multicast'
  | 'documentation'
  | 'benchmarking'
  | 'reserved'
  | 'cgnat'
  | 'non-global';

export type Validation =
  | { ok: true; ip: string }
  | {
      ok: false;
      reason: Rejection;
      /** In English: the engine's field; `why` is the same as a code (the reader's language). */
      detail: string;
      why: Reason;
      /** a well-formed address that was rejected */
      address?: string;
    };

type Range = readonly [cidr: string, reason: Rejection];

/** IPv4 blocks that are never a machine's public address (RFC 6890 and friends). */
const V4_BOGONS: readonly Range[] = [
  ['0.0.0.0/8', 'unspecified'],
  ['10.0.0.0/8', 'private'],
  ['100.64.0.0/10', 'cgnat'],
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'link-local'],
  ['172.16.0.0/12', 'private'],
  ['192.0.0.0/24', 'reserved'],
  ['192.0.2.0/24', 'documentation'],
  ['192.88.99.0/24', 'reserved'],
  ['192.168.0.0/16', 'private'],
  ['198.18.0.0/15', 'benchmarking'],
  ['198.51.100.0/24', 'documentation'],
  ['203.0.113.0/24', 'documentation'],
  ['224.0.0.0/4', 'multicast'],
  ['240.0.0.0/4', 'reserved'],
];

/** Inside 2000::/3 (global unicast), the blocks that still are not a public address. */
const V6_BOGONS: readonly Range[] = [
  ['2001:db8::/32', 'documentation'],
  ['3fff::/20', 'documentation'],
  ['2001:2::/48', 'benchmarking'],
  ['2001:10::/28', 'reserved'],
  ['2001:20::/28', 'reserved'],
];

/** Outside 2000::/3, named for a clearer message. */
const V6_NAMED: readonly Range[] = [
  ['::/128', 'unspecified'],
  ['::1/128', 'loopback'],
  ['fc00::/7', 'private'],
  ['fe80::/10', 'link-local'],
  ['ff00::/8', 'multicast'],
];

const parseRanges = (ranges: readonly Range[]) =>
  ranges.map(([cidr, reason]) => ({ cidr: ipaddr.parseCIDR(cidr), text: cidr, reason }));
const V4 = parseRanges(V4_BOGONS);
const V6 = parseRanges(V6_BOGONS);
const V6N = parseRanges(V6_NAMED);
const GLOBAL_V6_TEXT = '2000::/3';
const GLOBAL_V6 = ipaddr.parseCIDR(GLOBAL_V6_TEXT);

const IP_TOKEN = /^[0-9a-fA-F:.]+$/;

/** Parses one strictly formed address (dotted quad or RFC 4291 IPv6), else null. */
export function parseAddress(text: string): { family: Family; addr: ipaddr.IPv4 | ipaddr.IPv6 } | null {
  if (!IP_TOKEN.test(text)) return null;
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return { family: 4, addr: ipaddr.IPv4.parse(text) };
  if (text.includes(':') && ipaddr.IPv6.isValid(text)) {
    const addr = ipaddr.IPv6.parse(text);
    // ipaddr.js reads the IPv4-compatible spelling `::a.b.c.d` (RFC 4291 2.5.5.1: ::/96, an IPv6
    // address) as the IPv4-mapped `::ffff:a.b.c.d` (its fix for whitequark/ipaddr.js#101), while
    // `::0:a.b.c.d`, the same address, is read as IPv6. A mapped address is spelt with its ffff.
    if (addr.isIPv4MappedAddress() && !/ffff/i.test(text))
      return { family: 6, addr: new ipaddr.IPv6([0, 0, 0, 0, 0, 0, addr.parts[6]!, addr.parts[7]!]) };
    return addr.isIPv4MappedAddress() ? { family: 4, addr: addr.toIPv4Address() } : { family: 6, addr };
  }
  return null;
}

const fam = (f: Family) => (f === 4 ? 'IPv4' : 'IPv6');

/**
 * Judges one raw answer (already cut out of its body by the source's parser).
 * Accepts exactly one well-formed, globally routable address of the expected family.
 */
export function validateAnswer(raw: string, family: Family): Validation {
  return remembered(validations, `${family}|${raw}`, () => Object.freeze(judge(raw, family)));
}

/**
 * The same few answers come back check after check: judging one means parsing it and matching
 * it against every bogon range, so the last verdicts are kept (pure functions of their input).
 */
const MEMO_SIZE = 64;
const validations = new Map<string, Validation>();
const keys = new Map<string, string>();

function remembered<T>(memo: Map<string, T>, key: string, compute: () => T): T {
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const value = compute();
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(key, value);
  return value;
}

/** A rejection: its English detail and the same as a code (reasons-2), said alike. */
const rejected = (kind: Rejection, detail: string, why: Reason, address?: string): Validation =>
  address === undefined ? { ok: false, reason: kind, detail, why } : { ok: false, reason: kind, detail, why, address };

function judge(raw: string, family: Family): Validation {
  const text = raw.trim();
  if (text === '') return rejected('empty', 'empty answer', reason('reason.source.empty'));
  if (/<[a-zA-Z!/]/.test(text)) return rejected('html', 'an HTML page, not an address', reason('reason.source.html'));
  const tokens = text.split(/[\s,;]+/).filter(Boolean);
  const notAnIp = () => {
    const said = preview(text);
    return rejected('not-an-ip', `not an address: ${said}`, reason('reason.source.notAnAddress', { said }));
  };
  if (tokens.length > 1) {
    const count = tokens.filter((t) => parseAddress(t) !== null).length;
    return count > 1
      ? rejected(
          'several-addresses',
          `several addresses in one answer (${count})`,
          reason('reason.source.severalAddresses', { count }),
        )
      : notAnIp();
  }
  const parsed = parseAddress(text);
  if (!parsed) return notAnIp();
  const ip = parsed.addr.toString();
  if (parsed.family !== family) {
    const values = { expected: fam(family), got: fam(parsed.family), address: ip };
    return rejected(
      'wrong-family',
      `expected ${values.expected}, got ${values.got} ${ip}`,
      reason('reason.source.wrongFamily', values),
      ip,
    );
  }
  const bogon = findBogon(parsed.addr, parsed.family);
  if (bogon) {
    const range = bogon.reason === 'non-global' ? GLOBAL_V6_TEXT : bogon.text;
    // An ICU select's keys take no hyphen: link-local is said as linkLocal.
    const kind = bogon.reason.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    const why = reason('reason.source.bogon', { address: ip, kind, range });
    return rejected(bogon.reason, `${ip} is ${bogon.reason} (${bogon.text})`, why, ip);
  }
  return { ok: true, ip };
}

function findBogon(addr: ipaddr.IPv4 | ipaddr.IPv6, family: Family) {
  if (family === 4) return V4.find((r) => addr.match(r.cidr));
  const named = V6N.find((r) => addr.match(r.cidr));
  if (named) return named;
  if (!addr.match(GLOBAL_V6)) return { text: `outside ${GLOBAL_V6_TEXT}`, reason: 'non-global' as const };
  return V6.find((r) => addr.match(r.cidr));
}

const preview = (s: string) => (s.length > 40 ? `${JSON.stringify(s.slice(0, 40))}...` : JSON.stringify(s));

export type V6Compare = 'prefix64' | 'full';

/**
 * The identity used to decide whether an address changed. IPv6 is judged by its /64 by
 * default, so a new temporary (privacy) interface id is not a change.
 */
export function addressKey(ip: string, family: Family, v6: V6Compare = 'prefix64'): string {
  if (family === 4 || v6 === 'full') return ip;
  return remembered(keys, ip, () => {
    const parts = ipaddr.IPv6.parse(ip).parts.slice(0, 4);
    return `${ipaddr.IPv6.parse([...parts, 0, 0, 0, 0].map((p) => p.toString(16)).join(':')).toString()}/64`;
  });
}

/** Masks an address for display: `203.0.113.xxx`, `2001:db8:1:2:xxxx:...`. */
export function maskAddress(ip: string): string {
  const p = parseAddress(ip);
  if (!p) return 'hidden';
  if (p.family === 4) return ip.replace(/\.\d+$/, '.xxx');
  // The four prefix groups uncompressed: `2a02:1::3` must not read as a shorter prefix.
  const prefix = (p.addr as ipaddr.IPv6).parts.slice(0, 4).map((n) => n.toString(16));
  return `${prefix.join(':')}:xxxx:xxxx:xxxx:xxxx`;
}
