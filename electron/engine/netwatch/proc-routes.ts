/**
 * Linux's default routes, read from procfs: /proc/net/route (IPv4, the main table) and
 * /proc/net/ipv6_route (IPv6, every table). A change of gateway or of the interface the
 * default goes through can move the public address without any address changing (two routers
 * on one LAN), and the kernel does not always say so: deleting an address takes the IPv4
 * routes through it away without an RTM_DELROUTE. Reading the tables after each event sees it.
 * Two small files: cheap enough for every re-sample.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { procDefaultRoutes4, procDefaultRoutes6 } from '../net/proc-routes';

/** `iface|gateway|metric` of each IPv4 default route (Destination and Mask 0), gateway as hex as the file has it. */
export function parseProcRoute(text: string): string[] {
  return procDefaultRoutes4(text).map((r) => `${r.iface}|${r.gateway}|${r.metric}`);
}

/**
 * `iface|next hop|metric` of each IPv6 default route (::/0). Reference counts and use counters
 * change all the time and are left out.
 */
export function parseProcIpv6Route(text: string): string[] {
  return procDefaultRoutes6(text).map((r) => `${r.iface}|${r.gateway}|${r.metric.toString(16).padStart(8, '0')}`);
}

/** The default routes as one sorted string; a file that cannot be read (IPv6 disabled) counts as none. */
export function readProcDefaultRoutes(dir = '/proc/net'): string {
  const read = (name: string): string => {
    try {
      return readFileSync(path.join(dir, name), 'utf8');
    } catch {
      return '';
    }
  };
  const rows = [
    ...parseProcRoute(read('route')).map((r) => `4|${r}`),
    ...parseProcIpv6Route(read('ipv6_route')).map((r) => `6|${r}`),
  ];
  return rows.sort().join(',');
}
