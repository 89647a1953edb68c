/**
 * A DNS64 lab (issue 77): a network namespace whose system resolver (/etc/netns/<name>/resolv.conf,
 * which `ip netns exec` mounts over /etc/resolv.conf) is a real unbound with its dns64 module
 * (unbound.conf(5): module-config "dns64 iterator", dns64-prefix). unbound learns
 * `ipv4only.arpa`'s A records (192.0.0.170, 192.0.0.171, RFC 7050 section 2.2) from an
 * auth-zone used for upstream answers, as it would from the arpa servers, and synthesizes the
 * AAAA answers RFC 6147 describes. Needs root, iproute2 and unbound; close() stops unbound and
 * removes the namespace and its files.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { until } from './until';

const ZONE = `$ORIGIN ipv4only.arpa.
$TTL 3600
@ IN SOA localhost. nobody.invalid. 1 3600 600 86400 60
@ IN NS localhost.
@ IN A 192.0.0.170
@ IN A 192.0.0.171
`;

const config = (dir: string, prefix: string) => `server:
  interface: 127.0.0.1
  port: 53
  username: ""
  chroot: ""
  directory: "${dir}"
  pidfile: "${dir}/unbound.pid"
  use-syslog: no
  do-daemonize: no
  do-ip6: no
  verbosity: 1
  module-config: "dns64 iterator"
  dns64-prefix: ${prefix}
  access-control: 127.0.0.0/8 allow
auth-zone:
  name: "ipv4only.arpa"
  zonefile: "${dir}/ipv4only.arpa.zone"
  for-upstream: yes
  for-downstream: no
  fallback-enabled: no
`;

let serial = 0;

export class Dns64Lab {
  readonly name = `ipw-dns64-${process.pid}-${++serial}`;
  private readonly dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-dns64-'));
  private unbound: ChildProcess | null = null;
  private log = '';

  /** Starts unbound in a new namespace with the NAT64 prefix given (RFC 6052: /32 to /96). */
  async start(unbound: string, prefix: string): Promise<void> {
    execFileSync('ip', ['netns', 'add', this.name]);
    execFileSync('ip', ['-n', this.name, 'link', 'set', 'lo', 'up']);
    mkdirSync(`/etc/netns/${this.name}`, { recursive: true });
    writeFileSync(`/etc/netns/${this.name}/resolv.conf`, 'nameserver 127.0.0.1\n');
    writeFileSync(path.join(this.dir, 'ipv4only.arpa.zone'), ZONE);
    writeFileSync(path.join(this.dir, 'unbound.conf'), config(this.dir, prefix));
    this.unbound = spawn('ip', ['netns', 'exec', this.name, unbound, '-d', '-c', path.join(this.dir, 'unbound.conf')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const s of [this.unbound.stdout, this.unbound.stderr])
      s?.on('data', (d: Buffer) => (this.log += d.toString()));
    await until(() => this.log.includes('start of service'), { timeoutMs: 10_000 });
  }

  /** The command and arguments that run `argv` inside the namespace, its resolver unbound. */
  exec(argv: readonly string[]): { command: string; args: string[] } {
    return { command: 'ip', args: ['netns', 'exec', this.name, ...argv] };
  }

  close(): void {
    this.unbound?.kill();
    try {
      execFileSync('ip', ['netns', 'del', this.name], { stdio: 'ignore' });
    } catch {
      // not made
    }
    rmSync(`/etc/netns/${this.name}`, { recursive: true, force: true });
    rmSync(this.dir, { recursive: true, force: true });
  }
}
