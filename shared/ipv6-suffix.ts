/**
 * An IPv6 interface suffix (`::1:2:3:4`, the last 64 bits of an address) as a DNS record's
 * `address` setting gives it for another device in the LAN, and the /64 prefix it is put
 * behind. Pure; the table is in tests/shared/ipv6-suffix.test.ts.
 */
import ipaddr from 'ipaddr.js';

export type SuffixParse = { ok: true; suffix: string } | { ok: false; error: string };

const EXAMPLE = 'such as ::1:2:3:4';

/**
 * The suffix in its short form, or why the text is not one:
 *
 *   text                 | result
 *   ---------------------+--------------------------------------------------------------
 *   ::1:2:3:4            | ok ::1:2:3:4
 *   0:0:0:0:72AD:8FBB::1 | ok ::72ad:8fbb:0:1 (RFC 5952's short form)
 *   2001:db8::1          | error: sets the prefix too (the first 64 bits must be 0)
 *   ::                   | error: all zeros
 *   ::1:2:3:4/64, abc    | error: not an IPv6 suffix
 */
export function parseSuffix(text: string): SuffixParse {
  const t = text.trim();
  if (!/^[0-9a-fA-F:]+$/.test(t) || !ipaddr.IPv6.isValid(t))
    return { ok: false, error: `"${text}" is not an IPv6 suffix ${EXAMPLE}` };
  const parts = ipaddr.IPv6.parse(t).parts;
  if (parts.slice(0, 4).some((p) => p !== 0))
    return { ok: false, error: `${t} sets the prefix too: a suffix gives only the last 64 bits, ${EXAMPLE}` };
  if (parts.every((p) => p === 0))
    return { ok: false, error: `the suffix :: is all zeros: give the device's own, ${EXAMPLE}` };
  return { ok: true, suffix: new ipaddr.IPv6(parts).toString() };
}

/** The /64 an address is in, as `2001:db8:1:2::/64`; null when it is not an IPv6 address. */
export function prefix64(address: string): string | null {
  if (!ipaddr.IPv6.isValid(address)) return null;
  const parts = ipaddr.IPv6.parse(address).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...parts, 0, 0, 0, 0]).toString()}/64`;
}

/** The address made of `address`'s /64 and the suffix's last 64 bits (both already valid). */
export function withSuffix(address: string, suffix: string): string {
  const head = ipaddr.IPv6.parse(address).parts.slice(0, 4);
  const tail = ipaddr.IPv6.parse(suffix).parts.slice(4);
  return new ipaddr.IPv6([...head, ...tail]).toString();
}

/** The address in RFC 5952's short form, so two spellings of one address compare equal. */
export const normalV6 = (address: string): string => ipaddr.IPv6.parse(address).toString();
