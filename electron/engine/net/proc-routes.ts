/**
 * Linux's default routes as procfs prints them, read once for both their users: the network
 * watch (netwatch/proc-routes.ts: a route that moves is a network change) and the router's
 * gateway finder (router/gateway-parse.ts: the gateway to ask). Pure.
 *
 * - /proc/net/route (IPv4, the main table): Iface, Destination, Gateway, Flags, RefCnt, Use,
 *   Metric, Mask, ...; hex fields in the kernel's byte order, a header line first.
 * - /proc/net/ipv6_route (IPv6, every table): destination, its prefix length, source, its
 *   prefix length, next hop, metric (hex), refcount, use, flags, interface; no header.
 */

export interface ProcDefaultRoute {
  iface: string;
  /** The gateway or next hop as the file writes it (hex). */
  gateway: string;
  metric: number;
  flags: number;
}

export const RTF_UP = 0x1;
export const RTF_GATEWAY = 0x2;

/** The IPv4 default routes (destination and mask 0) of /proc/net/route. */
export function procDefaultRoutes4(text: string): ProcDefaultRoute[] {
  const rows: ProcDefaultRoute[] = [];
  for (const line of text.split('\n').slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 8 || f[1] !== '00000000' || f[7] !== '00000000') continue;
    rows.push({ iface: f[0]!, gateway: f[2]!, metric: Number(f[6]) || 0, flags: parseInt(f[3]!, 16) });
  }
  return rows;
}

const V6_ZERO = '0'.repeat(32);

/** The IPv6 default routes (::/0) of /proc/net/ipv6_route. */
export function procDefaultRoutes6(text: string): ProcDefaultRoute[] {
  const rows: ProcDefaultRoute[] = [];
  for (const line of text.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length < 10 || f[0] !== V6_ZERO || f[1] !== '00') continue;
    rows.push({ iface: f[9]!, gateway: f[4]!, metric: parseInt(f[5]!, 16), flags: parseInt(f[8]!, 16) });
  }
  return rows;
}
