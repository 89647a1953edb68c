/**
 * Reading the default gateway out of what each OS prints, as pure functions (table tests in
 * tests/electron/engine/router/gateway.test.ts). Where several default routes exist (Wi-Fi and
 * Ethernet), the one of lowest metric wins, as the OS itself would choose.
 */
import { isIP } from 'node:net';

import ipaddr from 'ipaddr.js';

import type { Family } from '../../../shared/types';
import { type ProcDefaultRoute, procDefaultRoutes4, procDefaultRoutes6, RTF_GATEWAY, RTF_UP } from '../net/proc-routes';
import type { Gateway } from './types';

interface Candidate extends Gateway {
  metric: number;
}

/**
 * The default route of lowest metric; among those that leave by `prefer` (the interface chosen to
 * leave from, by name or address: monitor.fromV4, issue 76) when any does.
 */
const best = (candidates: Candidate[], prefer: readonly string[] = []): Gateway | null => {
  const chosen = candidates.filter((c) => c.interface !== undefined && prefer.includes(c.interface));
  const [first] = (chosen.length ? chosen : candidates).sort((a, b) => a.metric - b.metric);
  if (!first) return null;
  return { address: first.address, family: first.family, ...(first.interface ? { interface: first.interface } : {}) };
};

const usable = (r: ProcDefaultRoute): boolean => (r.flags & (RTF_UP | RTF_GATEWAY)) === (RTF_UP | RTF_GATEWAY);

/**
 * Linux /proc/net/route: hex fields in the kernel's byte order, so a little-endian machine
 * prints 192.168.1.1 as 0101A8C0. The default route has destination and mask 0, and flags UP
 * and GATEWAY.
 */
export function parseProcNetRoute(
  text: string,
  endianness: 'LE' | 'BE',
  prefer: readonly string[] = [],
): Gateway | null {
  const candidates: Candidate[] = [];
  for (const r of procDefaultRoutes4(text).filter(usable)) {
    const bytes = (r.gateway.match(/../g) ?? []).map((b) => parseInt(b, 16));
    if (bytes.length !== 4 || bytes.some(Number.isNaN)) continue;
    const address = (endianness === 'LE' ? bytes.reverse() : bytes).join('.');
    if (address === '0.0.0.0') continue;
    candidates.push({ address, family: 4, interface: r.iface, metric: r.metric });
  }
  return best(candidates, prefer);
}

/** Linux /proc/net/ipv6_route: a link-local next hop needs its interface as the zone (fe80::1%eth0) to be reachable at all. */
export function parseProcIpv6Route(text: string, prefer: readonly string[] = []): Gateway | null {
  const candidates: Candidate[] = [];
  for (const r of procDefaultRoutes6(text).filter(usable)) {
    if (/^0{32}$/.test(r.gateway) || !/^[0-9a-f]{32}$/i.test(r.gateway) || r.iface === 'lo') continue;
    const address = ipaddr.IPv6.parse(r.gateway.match(/.{4}/g)!.join(':')).toString();
    candidates.push({ address: withZone(address, r.iface), family: 6, interface: r.iface, metric: r.metric });
  }
  return best(candidates, prefer);
}

/** Linux `ip route show default` (or `ip -6 route show default`): "default via GW dev IF metric N". */
export function parseIpRouteDefault(text: string, family: Family, prefer: readonly string[] = []): Gateway | null {
  const candidates: Candidate[] = [];
  for (const line of text.split('\n')) {
    const m = /^default\s.*?\bvia\s+(\S+)(?:.*?\bdev\s+(\S+))?(?:.*?\bmetric\s+(\d+))?/.exec(line.trim());
    if (!m || isIP(m[1]!) !== family) continue;
    const iface = m[2];
    const address = family === 6 ? withZone(m[1]!, iface) : m[1]!;
    candidates.push({ address, family, ...(iface ? { interface: iface } : {}), metric: Number(m[3] ?? 0) });
  }
  return best(candidates, prefer);
}

/**
 * macOS and the BSDs, `route -n get [-inet6] default`: "gateway: 192.168.1.1" and
 * "interface: en0". A default route that is only an interface (a VPN's utun) names no
 * gateway address: no router to ask.
 */
export function parseRouteGet(text: string, family: Family): Gateway | null {
  const field = (name: string) => new RegExp(`^\\s*${name}:\\s*(\\S+)`, 'm').exec(text)?.[1];
  const gateway = field('gateway');
  const iface = field('interface');
  if (!gateway || isIP(gateway.replace(/%.*$/, '')) !== family) return null;
  const address = family === 6 && !gateway.includes('%') ? withZone(gateway, iface) : gateway;
  return { address, family, ...(iface ? { interface: iface } : {}) };
}

/**
 * Windows `route print -4`: the Active Routes rows "0.0.0.0 0.0.0.0 GATEWAY INTERFACE METRIC".
 * Only the shape is read, never the headings, which Windows translates; persistent routes
 * have four columns and are skipped, and "On-link" (translated too) is no address.
 */
export function parseRoutePrintV4(text: string, prefer: readonly string[] = []): Gateway | null {
  const candidates: Candidate[] = [];
  for (const line of text.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length !== 5 || f[0] !== '0.0.0.0' || f[1] !== '0.0.0.0') continue;
    if (isIP(f[2]!) !== 4 || isIP(f[3]!) !== 4 || !/^\d+$/.test(f[4]!)) continue;
    candidates.push({ address: f[2]!, family: 4, interface: f[3]!, metric: Number(f[4]) });
  }
  return best(candidates, prefer);
}

/**
 * Windows `route print -6`: rows "IF METRIC ::/0 GATEWAY", where the interface is an index (the
 * zone of a link-local gateway). A long row wraps its gateway onto the next line.
 */
export function parseRoutePrintV6(text: string, prefer: readonly string[] = []): Gateway | null {
  const candidates: Candidate[] = [];
  const lines = text.split('\n').map((l) => l.trim().split(/\s+/));
  lines.forEach((f, i) => {
    if (f[2] !== '::/0' || !/^\d+$/.test(f[0] ?? '') || !/^\d+$/.test(f[1] ?? '')) return;
    const hop = f[3] ?? (lines[i + 1]?.length === 1 ? lines[i + 1]![0] : undefined);
    if (!hop || isIP(hop) !== 6) return;
    candidates.push({ address: withZone(hop, f[0]), family: 6, interface: f[0]!, metric: Number(f[1]) });
  });
  return best(candidates, prefer);
}

const withZone = (address: string, zone: string | undefined) =>
  /^fe[89ab]/i.test(address) && zone && !address.includes('%') ? `${address}%${zone}` : address;
