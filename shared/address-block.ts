/**
 * The address block an address sits in, from the offline AS table's range holding it
 * (electron/engine/identity/asn-table.ts). The table (@ip-location-db/asn, built from RouteViews'
 * announcements) keeps one row per run of addresses announced by one AS, adjacent prefixes of
 * the same AS joined; the block is the largest CIDR prefix that holds the address and lies
 * inside that row: the announced prefix itself when the row is one prefix. Pure.
 */
import ipaddr from 'ipaddr.js';

const BITS = { 4: 32, 6: 128 } as const;

/** The address as an unsigned integer and its family; null when it is not an address. */
export function addressInteger(ip: string): { value: bigint; family: 4 | 6 } | null {
  if (!ipaddr.isValid(ip)) return null;
  const addr = ipaddr.process(ip);
  let value = 0n;
  for (const byte of addr.toByteArray()) value = (value << 8n) | BigInt(byte);
  return { value, family: addr.kind() === 'ipv4' ? 4 : 6 };
}

function integerAddress(value: bigint, family: 4 | 6): string {
  const bytes: number[] = [];
  for (let i = BITS[family] / 8 - 1; i >= 0; i--) bytes.push(Number((value >> BigInt(i * 8)) & 0xffn));
  return ipaddr.fromByteArray(bytes).toString();
}

/**
 * "192.0.2.0/24": the largest CIDR block holding `ip` inside the range [start, end] (integers of
 * the same family); null when the range does not hold the address.
 */
export function addressBlock(ip: string, start: bigint, end: bigint): string | null {
  const a = addressInteger(ip);
  if (!a || a.value < start || a.value > end) return null;
  const bits = BITS[a.family];
  const all = (1n << BigInt(bits)) - 1n;
  for (let length = 0; length <= bits; length++) {
    const host = (1n << BigInt(bits - length)) - 1n;
    const first = a.value & (all ^ host);
    if (first >= start && (first | host) <= end) return `${integerAddress(first, a.family)}/${length}`;
  }
  return null;
}

/** True when `ip` lies inside the CIDR `block`; false for anything unreadable or of the other family. */
export function blockHolds(block: string, ip: string): boolean {
  try {
    const [range, length] = ipaddr.parseCIDR(block);
    const addr = ipaddr.process(ip);
    return addr.kind() === range.kind() && addr.match(range, length);
  } catch {
    return false;
  }
}
