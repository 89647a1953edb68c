/**
 * A network namespace of the test's own, with a veth pair in it (`v0` and `v1`, both up):
 * built with iproute2, and removed by close(), or when the process exits, whatever happened.
 * Needs root and `ip`; `netnsSupport` says whether a test can have one (skip otherwise, naming
 * what is missing, unless IPWATCH_REQUIRE_PEERS=1 asks for a failure).
 *
 * `procNet` is /proc/<pid>/net of a process that sits inside the namespace: the kernel's
 * routes and netlink sockets as the namespace sees them, read without entering it.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

import { peer, peersRequired } from './peers';

export interface NetnsSupport {
  skip: boolean;
  /** Why the tests skip; null when they run. */
  why: string | null;
}

export function netnsSupport(): NetnsSupport {
  if (process.platform !== 'linux') return { skip: true, why: 'network namespaces are Linux only' };
  const ip = peer('iproute2', { packages: ['iproute2'], commands: ['ip'] });
  if (ip.skip) return { skip: true, why: 'ip (iproute2) is missing' };
  if (process.getuid?.() !== 0) {
    const why = 'network namespaces need root';
    if (peersRequired()) throw new Error(`${why}, and IPWATCH_REQUIRE_PEERS=1 requires them`);
    return { skip: true, why };
  }
  return { skip: false, why: null };
}

export interface Netns {
  name: string;
  /** Runs `ip -n <name> ...args` and returns its output; throws with ip's message on failure. */
  ip(...args: string[]): string;
  /** The command and arguments that run `argv` inside the namespace. */
  exec(argv: readonly string[]): { command: string; args: string[] };
  procNet: string;
  /** True once a process in the namespace listens to rtnetlink groups (`ip monitor` is ready). */
  netlinkListening(): boolean;
  close(): void;
}

let serial = 0;
const live = new Set<Netns>();
process.on('exit', () => {
  for (const ns of live) ns.close();
});

export function createNetns(tag: string): Netns {
  const name = `ipw-${tag}-${process.pid}-${++serial}`;
  const run = (args: string[]) => execFileSync('ip', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  run(['netns', 'add', name]);
  let anchor: ChildProcess | null = null;
  const ns: Netns = {
    name,
    ip: (...args) => run(['-n', name, ...args]),
    exec: (argv) => ({ command: 'ip', args: ['netns', 'exec', name, ...argv] }),
    procNet: '',
    netlinkListening() {
      const rows = readFileSync(`${ns.procNet}/netlink`, 'utf8').trim().split('\n').slice(1);
      return rows.map((r) => r.trim().split(/\s+/)).some((f) => f[1] === '0' && /[1-9a-f]/i.test(f[3] ?? '0'));
    },
    close() {
      live.delete(ns);
      anchor?.kill();
      try {
        run(['netns', 'del', name]);
      } catch {
        // already gone
      }
    },
  };
  live.add(ns);
  try {
    // `ip netns exec` replaces itself with the command: the pid is the sleeper's, inside the namespace.
    anchor = spawn('ip', ['netns', 'exec', name, 'sleep', '3600'], { stdio: 'ignore' });
    anchor.unref();
    ns.procNet = `/proc/${anchor.pid}/net`;
    ns.ip('link', 'set', 'lo', 'up');
    ns.ip('link', 'add', 'v0', 'type', 'veth', 'peer', 'name', 'v1');
    ns.ip('link', 'set', 'v0', 'up');
    ns.ip('link', 'set', 'v1', 'up');
  } catch (err) {
    ns.close();
    throw err;
  }
  return ns;
}

/**
 * The namespace's interfaces as os.networkInterfaces() would list them there (`ip -j addr`);
 * the netmask is given as the prefix length, which is all the interface signature compares.
 */
export function netnsInterfaces(ns: Netns): NodeJS.Dict<import('node:os').NetworkInterfaceInfo[]> {
  type Addr = { family: string; local: string; prefixlen: number; scope: string };
  const links = JSON.parse(ns.ip('-j', 'addr', 'show')) as { ifname: string; address?: string; addr_info: Addr[] }[];
  const out: NodeJS.Dict<import('node:os').NetworkInterfaceInfo[]> = {};
  for (const l of links) {
    out[l.ifname] = l.addr_info.map((a) => {
      const v6 = a.family === 'inet6';
      const base = {
        address: a.local,
        netmask: `/${a.prefixlen}`,
        mac: l.address ?? '00:00:00:00:00:00',
        internal: a.scope === 'host',
        cidr: `${a.local}/${a.prefixlen}`,
      };
      return v6 ? { ...base, family: 'IPv6' as const, scopeid: 0 } : { ...base, family: 'IPv4' as const };
    });
  }
  return out;
}
