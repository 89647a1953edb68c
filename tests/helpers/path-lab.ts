/**
 * The path lab (issue 77): a host namespace with two routers to a target namespace, and the
 * host's default route switched between them, so that the path to the target changes:
 *
 *   host 79.192.0.2 ── r1 79.192.0.1 ── 10.77.3.0/24 ──┐
 *                                                      target 9.9.9.9 (on its loopback)
 *   host 8.8.8.2    ── r2 8.8.8.1    ── 10.77.4.0/24 ──┘
 *
 * The routers' addresses are taken from public blocks (Deutsche Telekom's, Google's) so that the
 * offline table names their networks; nothing leaves the namespaces. Built with iproute2 (root),
 * removed by close() or when the process exits. `run` runs a program inside the host namespace.
 */
import { execFileSync } from 'node:child_process';

export const PATH_LAB = { target: '9.9.9.9', r1: '79.192.0.1', r2: '8.8.8.1' } as const;

const live = new Set<PathLab>();
process.on('exit', () => {
  for (const lab of live) lab.close();
});

let serial = 0;

export class PathLab {
  private readonly names: Record<'host' | 'r1' | 'r2' | 'target', string>;

  constructor() {
    const tag = `ipw-path-${process.pid}-${++serial}`;
    this.names = { host: `${tag}-h`, r1: `${tag}-r1`, r2: `${tag}-r2`, target: `${tag}-t` };
    live.add(this);
    try {
      this.build();
    } catch (err) {
      this.close();
      throw err;
    }
  }

  /** Sends the host's traffic through router 1 or 2. */
  via(router: 'r1' | 'r2'): void {
    this.ip('host', 'route', 'replace', 'default', 'via', PATH_LAB[router]);
  }

  /** The command and arguments that run `argv` inside the host namespace. */
  inHost(argv: readonly string[]): { command: string; args: string[] } {
    return { command: 'ip', args: ['netns', 'exec', this.names.host, ...argv] };
  }

  close(): void {
    live.delete(this);
    for (const name of Object.values(this.names)) {
      try {
        execFileSync('ip', ['netns', 'del', name], { stdio: 'ignore' });
      } catch {
        // not made, or already gone
      }
    }
  }

  private ip(ns: keyof PathLab['names'], ...args: string[]): void {
    execFileSync('ip', ['-n', this.names[ns], ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  }

  private link(a: keyof PathLab['names'], aIf: string, b: keyof PathLab['names'], bIf: string): void {
    execFileSync('ip', [
      'link',
      'add',
      aIf,
      'netns',
      this.names[a],
      'type',
      'veth',
      'peer',
      'name',
      bIf,
      'netns',
      this.names[b],
    ]);
    this.ip(a, 'link', 'set', aIf, 'up');
    this.ip(b, 'link', 'set', bIf, 'up');
  }

  private build(): void {
    for (const name of Object.values(this.names)) execFileSync('ip', ['netns', 'add', name]);
    for (const ns of ['host', 'r1', 'r2', 'target'] as const) this.ip(ns, 'link', 'set', 'lo', 'up');
    this.link('host', 'h1', 'r1', 'r1h');
    this.link('host', 'h2', 'r2', 'r2h');
    this.link('r1', 'r1t', 'target', 't1');
    this.link('r2', 'r2t', 'target', 't2');
    const addr = (ns: keyof PathLab['names'], cidr: string, dev: string) =>
      this.ip(ns, 'addr', 'add', cidr, 'dev', dev);
    addr('host', '79.192.0.2/24', 'h1');
    addr('r1', '79.192.0.1/24', 'r1h');
    addr('host', '8.8.8.2/24', 'h2');
    addr('r2', '8.8.8.1/24', 'r2h');
    addr('r1', '10.77.3.1/24', 'r1t');
    addr('target', '10.77.3.2/24', 't1');
    addr('r2', '10.77.4.1/24', 'r2t');
    addr('target', '10.77.4.2/24', 't2');
    addr('target', `${PATH_LAB.target}/32`, 'lo');
    for (const r of ['r1', 'r2'] as const)
      execFileSync('ip', ['netns', 'exec', this.names[r], 'sysctl', '-qw', 'net.ipv4.ip_forward=1']);
    this.ip('r1', 'route', 'add', `${PATH_LAB.target}/32`, 'via', '10.77.3.2');
    this.ip('r2', 'route', 'add', `${PATH_LAB.target}/32`, 'via', '10.77.4.2');
    this.ip('target', 'route', 'add', '79.192.0.0/24', 'via', '10.77.3.1');
    this.ip('target', 'route', 'add', '8.8.8.0/24', 'via', '10.77.4.1');
    this.via('r1');
  }
}
