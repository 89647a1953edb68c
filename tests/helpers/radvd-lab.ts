/**
 * The radvd lab: Debian's real radvd advertising IPv6 prefixes over a veth pair between two
 * network namespaces made for one test and removed after it, whatever happens.
 *
 *   <name>-r (router): ra0, forwarding on, radvd advertising the lab's prefixes for SLAAC
 *   <name>-h (host):   lan0, accept_ra 1 and use_tempaddr 2 (RFC 8981): in each prefix a stable
 *                      address (EUI-64, flagged mngtmpaddr) and a temporary one
 *
 * Nothing links the namespaces to the machine, so nothing can leave. A prefix is withdrawn as a
 * router does when the network is renumbered: advertised with preferred lifetime 0 (RFC 4862
 * 5.5.3), so its addresses turn deprecated. Needs root, ip and radvd: `radvdLabPeer.skip`
 * says when they are missing (IPWATCH_REQUIRE_PEERS=1 makes that a failure).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { linuxSource } from '../../electron/engine/host-addresses/linux';
import type { HostAddressSource } from '../../electron/engine/host-addresses/types';
import { deleteNamespace, endChild, removeCrashedLabs } from '../fixtures/router/lab-cleanup';
import { peer, peersRequired } from './peers';

const run = promisify(execFile);

const tools = peer('radvd', { packages: ['radvd', 'iproute2'], commands: ['ip', 'radvd'] });
const isRoot = process.getuid?.() === 0;
if (!isRoot && !tools.skip && peersRequired()) {
  throw new Error('the radvd lab needs root (network namespaces), and IPWATCH_REQUIRE_PEERS=1 requires it');
}
/** Skip the lab's tests when this is set: a tool is missing (named at the end of the run) or this is not root. */
export const radvdLabPeer = { skip: tools.skip || !isRoot };

/** One prefix radvd advertises; `withdrawn`: with preferred lifetime 0, its addresses deprecated. */
export interface Advertised {
  prefix: string;
  withdrawn?: boolean;
}

const PREFIX = 'ipwra';
let labCount = 0;

export async function startRadvdLab(prefixes: Advertised[]): Promise<RadvdLab> {
  await removeCrashedLabs(PREFIX);
  const lab = new RadvdLab(`${PREFIX}${process.pid}x${++labCount}`);
  try {
    await lab.start(prefixes);
    return lab;
  } catch (err) {
    await lab.stop().catch((e: unknown) => console.error('radvd lab teardown after a failed start:', e));
    throw err;
  }
}

const config = (prefixes: Advertised[]) =>
  [
    'interface ra0 {',
    '  AdvSendAdvert on;',
    // radvd's shortest allowed intervals: a new prefix reaches the host within seconds.
    '  MinRtrAdvInterval 3;',
    '  MaxRtrAdvInterval 4;',
    ...prefixes.map(
      (p) =>
        `  prefix ${p.prefix} { AdvOnLink on; AdvAutonomous on;${p.withdrawn ? ' AdvPreferredLifetime 0;' : ''} };`,
    ),
    '};',
    '',
  ].join('\n');

export class RadvdLab {
  readonly router: string;
  readonly host: string;
  private dir = '';
  private radvd: ChildProcess | null = null;
  private log = '';
  private made: string[] = [];

  constructor(readonly name: string) {
    this.router = `${name}-r`;
    this.host = `${name}-h`;
  }

  /** The host namespace's addresses as the product lists them: its Linux reader, run inside the namespace. */
  get source(): HostAddressSource {
    return linuxSource('ip', ['ip', 'netns', 'exec', this.host]);
  }

  /** What radvd has written (its -m stderr log), for a failure's message. */
  get radvdLog(): string {
    return this.log;
  }

  async start(prefixes: Advertised[]): Promise<void> {
    this.dir = await mkdtemp(path.join(tmpdir(), `${this.name}-`));
    for (const ns of [this.router, this.host]) {
      await run('ip', ['netns', 'add', ns]);
      this.made.push(ns);
    }
    const ip = (ns: string, ...args: string[]) => run('ip', ['-n', ns, ...args]);
    // /proc/sys/net is the namespace's own for a process inside it (no procps needed).
    const ipv6conf = (ns: string, values: Record<string, number>) => {
      const writes = Object.entries(values).map(([key, v]) => `echo ${v} > /proc/sys/net/ipv6/conf/${key}`);
      return run('ip', ['netns', 'exec', ns, 'sh', '-c', writes.join(' && ')]);
    };
    await ip(this.router, 'link', 'add', 'ra0', 'type', 'veth', 'peer', 'name', 'lan0', 'netns', this.host);
    await ipv6conf(this.router, { 'all/forwarding': 1 });
    // lan0 took its settings when it was made: its own are set before it comes up.
    await ipv6conf(this.host, { 'lan0/accept_ra': 1, 'lan0/use_tempaddr': 2 });
    for (const [ns, dev] of [
      [this.router, 'ra0'],
      [this.host, 'lan0'],
    ] as const) {
      await ip(ns, 'link', 'set', 'lo', 'up');
      await ip(ns, 'link', 'set', dev, 'up');
    }
    await writeFile(this.file('radvd.conf'), config(prefixes));
    const args = ['-n', '-C', this.file('radvd.conf'), '-p', this.file('radvd.pid'), '-m', 'stderr', '-d', '1'];
    this.radvd = spawn('ip', ['netns', 'exec', this.router, tools.path('radvd'), ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    this.radvd.stderr!.on('data', (b: Buffer) => (this.log += b.toString()));
    await new Promise<void>((resolve, reject) => {
      this.radvd!.once('spawn', resolve);
      this.radvd!.once('error', reject);
    });
  }

  /** Advertises these prefixes from now on: radvd reads its configuration again on SIGHUP. */
  async advertise(prefixes: Advertised[]): Promise<void> {
    await writeFile(this.file('radvd.conf'), config(prefixes));
    const { stdout } = await run('ip', ['netns', 'pids', this.router]);
    // The daemon itself: `ip netns exec` became it, so its pid is the child's.
    if (!stdout.split(/\s+/).includes(String(this.radvd?.pid))) throw new Error(`radvd is not running:\n${this.log}`);
    this.radvd!.kill('SIGHUP');
  }

  async stop(): Promise<void> {
    if (this.radvd) await endChild(this.radvd);
    for (const ns of this.made) await deleteNamespace(ns).catch(() => undefined);
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }

  private file(name: string): string {
    return path.join(this.dir, name);
  }
}
