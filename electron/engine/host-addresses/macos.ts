/**
 * macOS: the addresses as `ifconfig` prints them, an interface's name at the start of a line
 * and its addresses indented below it: `inet6 <address>[%zone] prefixlen <n> [flags] [scopeid
 * <id>]`. The flags are XNU's in6_ifaddr flags as ifconfig names them (network_cmds'
 * ifconfig.tproj/af_inet6.c): `autoconf`, `temporary` (RFC 8981), `secured` (the stable
 * address), `deprecated`, `tentative`, `duplicated`, `detached`, `dynamic`. Pure.
 */
import { normalV6 } from '../../../shared/ipv6-suffix';
import type { HostAddress, HostAddressSource } from './types';

const IFACE = /^([^\s:]+):\s+flags=/;
const INET6 = /^\s+inet6\s+([0-9a-fA-F:]+)(?:%\S+)?\s+prefixlen\s+(\d+)(.*)$/;

/** The IPv6 addresses in `ifconfig`'s output, of every interface. */
export function parseIfconfig(output: string): HostAddress[] {
  const out: HostAddress[] = [];
  let iface = '?';
  for (const line of output.split(/\r?\n/)) {
    const head = IFACE.exec(line);
    if (head) {
      iface = head[1]!;
      continue;
    }
    const m = INET6.exec(line);
    if (!m) continue;
    const flags = new Set(
      m[3]!
        .replace(/scopeid\s+\S+/, '')
        .trim()
        .split(/\s+/),
    );
    out.push({
      iface,
      address: normalV6(m[1]!),
      prefixLen: Number(m[2]),
      temporary: flags.has('temporary'),
      deprecated: flags.has('deprecated'),
      unusable: flags.has('tentative') || flags.has('duplicated') || flags.has('detached'),
    });
  }
  return out;
}

export const macosSource = (): HostAddressSource => ({ command: '/sbin/ifconfig', args: [], parse: parseIfconfig });
