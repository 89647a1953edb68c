/**
 * Which interface the route to a public address leaves by, read out of what each OS prints, as
 * pure functions (table tests in tests/electron/engine/router/egress.test.ts). Not the default
 * route: VPNs often leave it alone and win by other means, OpenVPN's `def1` with 0.0.0.0/1 and
 * 128.0.0.0/1, WireGuard's wg-quick with a routing rule to its own table. The OS's own lookup
 * for one address sees all of those; where only a table can be read, the longest prefix that
 * holds the address wins, then the lowest metric, as the kernel chooses.
 */
import { isIP } from 'node:net';

/** Linux `ip -4 -o route get ADDRESS`: "1.1.1.1 via 192.168.1.1 dev eth0 table 51820 src ... uid 0". */
export function parseIpRouteGet(text: string): string | null {
  const line = text.split('\n').find((l) => l.trim() !== '');
  if (!line || /^(unreachable|prohibit|blackhole)\b/.test(line.trim())) return null;
  return /\bdev\s+(\S+)/.exec(line)?.[1] ?? null;
}

/** macOS and the BSDs, `route -n get -inet ADDRESS`: "interface: utun3". */
export function parseRouteGetInterface(text: string): string | null {
  return /^\s*interface:\s*(\S+)/m.exec(text)?.[1] ?? null;
}

interface Row {
  iface: string;
  prefix: number;
  metric: number;
}

const toInt = (ip: string): number => ip.split('.').reduce((n, b) => n * 256 + Number(b), 0);
const prefixOf = (mask: number): number => (mask >>> 0).toString(2).replace(/0+$/, '').length;
const holds = (dest: number, mask: number, target: number) => (dest & mask) >>> 0 === (target & mask) >>> 0;

function pick(rows: Row[]): string | null {
  rows.sort((a, b) => b.prefix - a.prefix || a.metric - b.metric);
  return rows[0]?.iface ?? null;
}

/**
 * Linux /proc/net/route (the main table only: a routing rule's other tables are not in it): hex
 * fields in the kernel's byte order; only routes that are up (flag 0x1).
 */
export function parseProcRouteEgress(text: string, target: string, endianness: 'LE' | 'BE'): string | null {
  const hex = (h: string): number => {
    const bytes = (h.match(/../g) ?? []).map((b) => parseInt(b, 16));
    return toInt((endianness === 'LE' ? bytes.reverse() : bytes).join('.'));
  };
  const t = toInt(target);
  const rows: Row[] = [];
  for (const line of text.split('\n').slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 8 || !/^[0-9A-Fa-f]{8}$/.test(f[1]!) || !/^[0-9A-Fa-f]{8}$/.test(f[7]!)) continue;
    if ((parseInt(f[3]!, 16) & 0x1) === 0) continue;
    const [dest, mask] = [hex(f[1]!), hex(f[7]!)];
    if (holds(dest, mask, t)) rows.push({ iface: f[0]!, prefix: prefixOf(mask), metric: Number(f[6]) || 0 });
  }
  return pick(rows);
}

/**
 * Windows `route print -4`: the Active Routes rows "DESTINATION MASK GATEWAY INTERFACE METRIC",
 * where the interface is its own address (the caller names it). The gateway may be "On-link",
 * translated, in more than one word ("Auf Verbindung"), so it is whatever stands between the
 * mask and the last two columns. Persistent routes have four columns and are not in force.
 */
export function parseRoutePrintEgress(text: string, target: string): string | null {
  const t = toInt(target);
  const rows: Row[] = [];
  for (const line of text.split('\n')) {
    const f = line.trim().split(/\s+/);
    const [dest, mask, iface, metric] = [f[0]!, f[1]!, f.at(-2)!, f.at(-1)!];
    if (f.length < 5 || isIP(dest) !== 4 || isIP(mask) !== 4 || isIP(iface) !== 4 || !/^\d+$/.test(metric)) continue;
    const m = toInt(mask);
    if (holds(toInt(dest), m, t)) rows.push({ iface, prefix: prefixOf(m), metric: Number(metric) });
  }
  return pick(rows);
}
