/**
 * Linux: the addresses as iproute2 prints them in JSON (`ip -j -6 addr show`). Each link has an
 * `addr_info` list; an address's flags are keys set to true, named as iproute2's ipaddress.c
 * prints IFA_F_* (`temporary` for IFA_F_TEMPORARY, `mngtmpaddr` for the stable address the
 * kernel makes temporary ones from, `deprecated`, `tentative`, `dadfailed`). Pure.
 */
import { normalV6 } from '../../../shared/ipv6-suffix';
import type { HostAddress, HostAddressSource } from './types';

interface AddrInfo {
  family?: string;
  local?: string;
  prefixlen?: number;
  scope?: string;
  temporary?: boolean;
  deprecated?: boolean;
  tentative?: boolean;
  dadfailed?: boolean;
}

/** The addresses in `ip -j -6 addr show`'s output; throws when it is not that JSON. */
export function parseIpAddrJson(output: string): HostAddress[] {
  const links = JSON.parse(output) as unknown;
  if (!Array.isArray(links)) throw new Error('ip -j addr: expected a JSON list of links');
  const out: HostAddress[] = [];
  for (const link of links as { ifname?: string; addr_info?: AddrInfo[] }[]) {
    for (const a of link.addr_info ?? []) {
      if (a.family !== 'inet6' || !a.local || typeof a.prefixlen !== 'number') continue;
      out.push({
        iface: link.ifname ?? '?',
        address: normalV6(a.local),
        prefixLen: a.prefixlen,
        temporary: a.temporary === true,
        deprecated: a.deprecated === true,
        unusable: a.tentative === true || a.dadfailed === true,
      });
    }
  }
  return out;
}

/** `ip` (found in PATH) asked for the IPv6 addresses; `prefix` runs it another way (inside a network namespace). */
export const linuxSource = (ip: string, prefix: readonly string[] = []): HostAddressSource => ({
  command: prefix[0] ?? ip,
  args: [...prefix.slice(1), ...(prefix.length ? [ip] : []), '-j', '-6', 'addr', 'show'],
  parse: parseIpAddrJson,
});
