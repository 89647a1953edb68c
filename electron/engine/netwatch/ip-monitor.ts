/**
 * Linux: rtnetlink's address and route groups, read through iproute2's `ip -o monitor address
 * route` (one line per message; -o folds an address's second line into the first with a `\`).
 * iproute2 prints a message as `ip addr` / `ip route` would, prefixed by `Deleted ` for
 * RTM_DELADDR/RTM_DELROUTE, and by `[ADDR]`/`[ROUTE]` when asked for labels. The kernel and
 * the network managers send much that never moves a public address: the local table's routes
 * for every address, multicast and link-local routes (Tailscale's netmon ignores those too),
 * and RTM_NEWADDR again for an address it already has whenever its lifetimes are renewed
 * (netmon keeps an address cache for those; here the re-sample that follows a line drops them).
 */
import type { WatchSpec } from './types';

export interface IpAddressLine {
  type: 'address';
  deleted: boolean;
  iface: string;
  family: 4 | 6;
  address: string;
  scope: string | null;
}

export interface IpRouteLine {
  type: 'route';
  deleted: boolean;
  /** The route type iproute2 prints before the destination (local, broadcast, multicast...); unicast when none. */
  routeType: string;
  /** `default`, or a prefix (`192.0.2.0/24`), or a host address. */
  dst: string;
  /** null for the main table, which iproute2 does not name. */
  table: string | null;
  dev: string | null;
  via: string | null;
}

export type IpMonitorLine = IpAddressLine | IpRouteLine;

const ADDRESS = /^(?:\[ADDR\]\s*)?(Deleted\s+)?\d+:\s+(\S+)\s+(inet6?)\s+([0-9A-Fa-f.:]+)(?:\/\d+)?(.*)$/;
const ROUTE_TYPES = 'unicast|local|broadcast|multicast|anycast|unreachable|blackhole|prohibit|throw|nat|xresolve';
const ROUTE = new RegExp(
  `^(?:\\[ROUTE\\]\\s*)?(Deleted\\s+)?(?:(${ROUTE_TYPES})\\s+)?(default|[0-9A-Fa-f.:]+(?:/\\d+)?)(\\s.*)?$`,
);
const word = (rest: string, key: string): string | null =>
  new RegExp(`(?:^|\\s)${key}\\s+(?:inet6?\\s+)?(\\S+)`).exec(rest)?.[1] ?? null;

/** One line of `ip -o monitor address route`, or null for anything else (a blank, an unknown kind). */
export function parseIpMonitorLine(line: string): IpMonitorLine | null {
  const a = ADDRESS.exec(line);
  if (a) {
    const rest = a[5] ?? '';
    return {
      type: 'address',
      deleted: Boolean(a[1]),
      iface: a[2]!,
      family: a[3] === 'inet6' ? 6 : 4,
      address: a[4]!,
      scope: word(rest, 'scope'),
    };
  }
  const r = ROUTE.exec(line);
  if (!r || (!r[3]!.includes('.') && !r[3]!.includes(':') && r[3] !== 'default')) return null;
  const rest = r[4] ?? '';
  return {
    type: 'route',
    deleted: Boolean(r[1]),
    routeType: r[2] ?? 'unicast',
    dst: r[3]!,
    table: word(rest, 'table'),
    dev: word(rest, 'dev'),
    via: word(rest, 'via'),
  };
}

const DEFAULTS = new Set(['default', '0.0.0.0/0', '::/0']);

/**
 * Whether a line may move the public address: any address that is neither link-local nor
 * host-scoped (loopback), and a default route outside the local table. A prefix route comes
 * with its address, which already counts.
 */
export function ipLineMatters(l: IpMonitorLine | null): boolean {
  if (!l) return false;
  if (l.type === 'address') return l.scope !== 'host' && !(l.family === 6 && /^fe[89ab]/i.test(l.address));
  return DEFAULTS.has(l.dst) && l.table !== 'local';
}

/** What `ip` is asked: one line per message, addresses and routes of every family. */
export const IP_MONITOR_ARGS = ['-o', 'monitor', 'address', 'route'] as const;

/**
 * The source: `ip` at the path given. Under `setpriv --pdeathsig TERM` (util-linux) where there
 * is one, the kernel ends the child when this process dies, however it dies; without it an
 * orphaned monitor would live on until its next write hit the closed pipe.
 */
export function ipMonitorSpec(env: NodeJS.ProcessEnv, ip: string, setpriv: string | null): WatchSpec {
  return {
    kind: 'netlink',
    command: setpriv ?? ip,
    args: setpriv ? ['--pdeathsig', 'TERM', '--', ip, ...IP_MONITOR_ARGS] : [...IP_MONITOR_ARGS],
    env: { ...env, LC_ALL: 'C' },
    reader: () => (line) => ipLineMatters(parseIpMonitorLine(line)),
  };
}
