/**
 * macOS: the PF_ROUTE socket, read through `route -n monitor`. Its output, as Apple's
 * route.c (network_cmds, route.tproj: monitor, print_rtmsg, pmsg_addrs) prints a message:
 *
 *     got message of size 200 on Fri Apr  5 19:21:22 2024
 *     RTM_DELETE: Delete Route: len 200, pid: 4334, seq 0, errno 0, flags:<GATEWAY,DONE,PRCLONING,GLOBAL>
 *     locks:  inits:
 *     sockaddrs: <DST,GATEWAY,NETMASK,IFP,IFA>
 *      :: fd54:20a4:d33b:b10c:: default ipsec0 fe80::aede:48ff:fe00:1122%ipsec0
 *
 * The addresses follow in the order the sockaddrs line names them, DST first when present,
 * and `-n` prints 0.0.0.0 as `default`. What matters: RTM_NEWADDR and RTM_DELADDR, and
 * RTM_ADD/RTM_DELETE/RTM_CHANGE of a default route. The rest is noise a Mac sends all day:
 * RTM_IFINFO every few seconds on some machines, host routes cloned and dropped for each
 * neighbour (flag HOST: awdl0 alone adds one every few seconds), RTM_MISS, RTM_RESOLVE, RTM_GET.
 */
import type { WatchSpec } from './types';

const ADDRESS_TYPES = new Set(['RTM_NEWADDR', 'RTM_DELADDR']);
const ROUTE_TYPES = new Set(['RTM_ADD', 'RTM_DELETE', 'RTM_CHANGE']);
const DEFAULT_DST = new Set(['default', '0.0.0.0', '::', '0.0.0.0/0', '::/0']);

/**
 * A reader of one run's lines: true on an address message's first line, and on the address
 * line of a route message whose destination is a default. A route message is known only two
 * lines after its head, so the reader keeps which message it is in.
 */
export function routeMonitorReader(): (line: string) => boolean {
  /** In a route message that may be a default's; `dstFirst` once its sockaddrs line said DST comes first. */
  let route: { dstFirst: boolean } | null = null;
  return (raw) => {
    const line = raw.trimEnd();
    const head = /^\s*(RTM_[A-Z0-9]+):/.exec(line);
    if (head) {
      const type = head[1]!;
      route = ROUTE_TYPES.has(type) && !/flags:<(?:[^>]*,)?HOST[,>]/.test(line) ? { dstFirst: false } : null;
      return ADDRESS_TYPES.has(type);
    }
    if (!route) return false;
    const names = /^sockaddrs:\s*<([^>]*)>/.exec(line);
    if (names) {
      if (names[1]!.split(',')[0] === 'DST') route.dstFirst = true;
      else route = null;
      return false;
    }
    if (route.dstFirst && /^\s/.test(line) && line.trim()) {
      route = null;
      return DEFAULT_DST.has(line.trim().split(/\s+/)[0]!);
    }
    return false;
  };
}

/** The source: /sbin/route, where macOS has it whatever the PATH. */
export function routeMonitorSpec(env: NodeJS.ProcessEnv): WatchSpec {
  return {
    kind: 'route-socket',
    command: '/sbin/route',
    args: ['-n', 'monitor'],
    env: { ...env, LC_ALL: 'C' },
    reader: routeMonitorReader,
  };
}
