/**
 * The router lab: Debian's real miniupnpd as a home router, in three network namespaces made for
 * one test run and removed after it, whatever happens (docs/development.md, The router lab).
 *
 *   wan (up0: 11.0.0.1)  ── router (wan0: the WAN address; lan0: 192.168.77.1; miniupnpd, NAT) ──  lan (eth0: 192.168.77.2)
 *
 * Nothing leaves the machine: the namespaces have no link to it or to each other beyond these veth
 * pairs, so the public-looking WAN addresses (miniupnpd refuses the RFC 5737 ones as reserved) are
 * reachable only inside them. The router masquerades to the WAN, so a server in `wan` sees the
 * router's WAN address as the client's, as a public echo service would.
 *
 * Needs root, `ip netns`, nft and miniupnpd: `routerLabPeer.skip` says when they are missing.
 */
import { type ChildProcess, execFile, spawn, type SpawnOptions } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';

import { deleteNamespace, endChild, removeCrashedLabs } from '../fixtures/router/lab-cleanup';
import { directIpv4Lines, ipv6Lines, miniupnpdConfig, nftRules } from '../fixtures/router/lab-files';
import { LAN_PROBE, LanProbe } from '../fixtures/router/lan-probe-client';
import { peer, peersRequired } from './peers';
import { until } from './until';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

const tools = peer('miniupnpd', {
  packages: ['miniupnpd', 'miniupnpd-nftables', 'nftables', 'iproute2'],
  commands: ['ip', 'nft', 'miniupnpd'],
});
const isRoot = process.getuid?.() === 0;
if (!isRoot && !tools.skip && peersRequired()) {
  throw new Error('the router lab needs root (network namespaces), and IPWATCH_REQUIRE_PEERS=1 requires it');
}
/** Skip the lab's tests when this is set: a tool is missing (named at the end of the run) or this is not root. */
export const routerLabPeer = { skip: tools.skip || !isRoot };

export type LabNamespace = 'wan' | 'router' | 'lan';

export const LAB = {
  upstream: '11.0.0.1',
  /** The router's WAN address at start. */
  wan: '11.0.0.2/24',
  gateway: '192.168.77.1',
  lanAddress: '192.168.77.2',
  httpPort: 5000,
} as const;

export interface RouterLabOptions {
  /** More lines for miniupnpd's config file. */
  config?: string[];
  /** IPv6 routed through the router, no NAT (LAB6 in tests/fixtures/router/lab-files.ts). */
  ipv6?: boolean;
  /** A direct link from `lan` to `wan` carrying the LAN host's IPv4 (DIRECT): the router off its IPv4 path. */
  directIpv4?: boolean;
  /**
   * false: a plain NAT router, as many consumer routers ship (UPnP and NAT-PMP off): the same
   * table and masquerade, but miniupnpd is not started, so nothing answers UPnP, NAT-PMP or PCP.
   */
  miniupnpd?: boolean;
}

/** Run-unique names, with the pid first so a later run can tell a crashed run's leftovers. */
const PREFIX = 'ipwlab';
let labCount = 0;

/**
 * Builds the namespaces, starts miniupnpd in `router` and a probe in `lan`, and resolves once the
 * router answers NAT-PMP and SOAP (without miniupnpd: once the namespaces and the NAT are up). A
 * failed start tears down whatever it had made, then rejects.
 */
export async function startRouterLab(opts: RouterLabOptions = {}): Promise<RouterLab> {
  await removeCrashedLabs(PREFIX);
  const lab = new RouterLab(`${PREFIX}${process.pid}x${++labCount}`);
  try {
    await lab.start(opts);
    return lab;
  } catch (err) {
    await lab.stop().catch((e: unknown) => console.error('router lab teardown after a failed start:', e));
    throw err;
  }
}

export class RouterLab {
  /** The namespaces' names. */
  readonly ns: Record<LabNamespace, string>;
  /** The client in `lan` (tests/fixtures/router/lan-probe.ts). */
  probe!: LanProbe;
  /** The router's current WAN address, with its prefix length. */
  wan: string = LAB.wan;
  private dir = '';
  private miniupnpd?: ChildProcess;
  private miniupnpdLog = '';
  private readonly children = new Set<ChildProcess>();
  private made: string[] = [];
  private stopped?: Promise<void>;

  constructor(readonly id: string) {
    this.ns = { wan: `${id}-wan`, router: `${id}-rtr`, lan: `${id}-lan` };
  }

  get rootDescUrl(): string {
    return `http://${LAB.gateway}:${LAB.httpPort}/rootDesc.xml`;
  }

  /** The lab's temp folder (configs, pid and lease files); gone after stop(). */
  get tempDir(): string {
    return this.dir;
  }

  /** What miniupnpd printed (it runs with -d: debug, in the foreground, to stderr). */
  get log(): string {
    return this.miniupnpdLog;
  }

  /** Runs a command inside a namespace; rejects with its stderr when it fails. */
  async exec(ns: LabNamespace, cmd: string[]): Promise<{ stdout: string; stderr: string }> {
    return run('ip', ['netns', 'exec', this.ns[ns], ...cmd], { timeout: 10_000 });
  }

  /** Starts a program inside a namespace; it is killed at stop() if still running. */
  spawnIn(ns: LabNamespace, cmd: string[], opts: SpawnOptions = {}): ChildProcess {
    const child = spawn('ip', ['netns', 'exec', this.ns[ns], ...cmd], { cwd: ROOT, ...opts });
    this.children.add(child);
    child.once('exit', () => this.children.delete(child));
    return child;
  }

  /** Starts `node ARGS` inside `lan` (for a .ts entry, pass `--import tsx` first). */
  spawnInLan(args: string[], opts: SpawnOptions = {}): ChildProcess {
    return this.spawnIn('lan', [process.execPath, ...args], opts);
  }

  /**
   * Replaces the router's WAN address (`ip addr del` then `add`, as a DHCP renewal would), which
   * miniupnpd sees through rtnetlink. Resolves with the wall-clock ms just before the change was
   * started (so a figure measured from it includes `ip`'s own start, a few ms).
   */
  async setWanAddress(cidr: string): Promise<number> {
    return this.changeWan([`addr del ${this.wan} dev wan0`], cidr);
  }

  /**
   * Takes the router's WAN address away and leaves it without one (a PPPoE reconnect or a DHCP
   * renewal's gap); `addWanAddress` ends the gap. Resolves as setWanAddress does.
   */
  async dropWanAddress(): Promise<number> {
    const at = performance.timeOrigin + performance.now();
    await this.ipBatch(this.ns.router, [`addr del ${this.wan} dev wan0`]);
    return at;
  }

  /** Gives the router a WAN address after dropWanAddress. Resolves as setWanAddress does. */
  async addWanAddress(cidr: string): Promise<number> {
    return this.changeWan([], cidr);
  }

  private async changeWan(before: string[], cidr: string): Promise<number> {
    const address = cidr.includes('/') ? cidr : `${cidr}/24`;
    // The way back from `wan` when the new address is outside its subnet, made first, as the
    // provider's route to a customer exists before the customer has the address: made after,
    // it raced the runner's check (miniupnpd announces at once), whose SYN-ACKs found no route
    // and whose connections waited for TCP's 1 s retransmit.
    await this.ipBatch(this.ns.wan, [`route replace ${address.split('/')[0]}/32 dev up0`]);
    const at = performance.timeOrigin + performance.now();
    await this.ipBatch(this.ns.router, [
      ...before,
      `addr add ${address} dev wan0`,
      // On-link, so it holds whatever subnet the new address is in.
      'route replace default dev wan0',
    ]);
    this.wan = address;
    return at;
  }

  /** @internal Called once, by startRouterLab. */
  async start(opts: RouterLabOptions): Promise<void> {
    this.dir = await mkdtemp(path.join(tmpdir(), `${this.id}-`));
    await this.makeNamespaces();
    if (opts.ipv6) await this.addIpv6();
    if (opts.directIpv4) {
      const lines = directIpv4Lines(this.ns.wan);
      await this.ip('lan', lines.lan);
      await this.ip('wan', lines.wan);
    }
    await this.exec('router', ['nft', '-f', await this.writeFile('router.nft', nftRules())]);
    if (opts.miniupnpd === false) return this.startProbe();
    const conf = await this.writeFile('miniupnpd.conf', miniupnpdConfig(this.dir, LAB.httpPort, opts.config ?? []));
    const daemon = this.spawnIn('router', ['miniupnpd', '-d', '-f', conf, '-P', path.join(this.dir, 'miniupnpd.pid')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.miniupnpd = daemon;
    daemon.stdout!.on('data', (c: Buffer) => (this.miniupnpdLog += c.toString()));
    daemon.stderr!.on('data', (c: Buffer) => (this.miniupnpdLog += c.toString()));
    this.startProbe();
    await until(
      async () => {
        if (daemon.exitCode !== null) throw new Error(`miniupnpd exited (${daemon.exitCode}) at start:\n${this.log}`);
        if (this.probe.exited) throw new Error(this.probe.exited);
        const natpmp = await this.probe.natpmp(LAB.gateway, 250).catch(() => null);
        return natpmp !== null && (await this.probe.soap(this.rootDescUrl, 1000).catch(() => null)) !== null;
      },
      { timeoutMs: 15_000, everyMs: 20, what: 'miniupnpd answering NAT-PMP and SOAP in the lab' },
    );
  }

  private startProbe(): void {
    this.probe = new LanProbe(
      this.spawnInLan(['--import', 'tsx', LAN_PROBE, LAB.lanAddress], { stdio: ['pipe', 'pipe', 'pipe'] }),
    );
  }

  /**
   * Stops the probe, every child and miniupnpd, kills whatever else runs in the namespaces,
   * deletes them and the temp files. Safe to call more than once; tries every step, then throws
   * what failed.
   */
  stop(): Promise<void> {
    this.stopped ??= this.teardown();
    return this.stopped;
  }

  private async teardown(): Promise<void> {
    const errors: unknown[] = [];
    const attempt = async (step: () => Promise<unknown>) => step().catch((e: unknown) => void errors.push(e));
    await attempt(async () => this.probe?.stop());
    await Promise.all([...this.children].map((c) => attempt(() => endChild(c))));
    for (const ns of this.made.reverse()) await attempt(() => deleteNamespace(ns));
    this.made = [];
    if (this.dir) await attempt(() => rm(this.dir, { recursive: true, force: true }));
    if (errors.length) throw new AggregateError(errors, `router lab ${this.id}: teardown failed`);
  }

  private async makeNamespaces(): Promise<void> {
    const { wan, router, lan } = this.ns;
    for (const ns of [wan, router, lan]) {
      await run('ip', ['netns', 'add', ns]);
      this.made.push(ns);
    }
    // Each pair is made inside `router`, its peer end moved straight to the other namespace:
    // the host's own interface names are never touched.
    await this.ipBatch(router, [
      `link add wan0 type veth peer name up0 netns ${wan}`,
      `link add lan0 type veth peer name eth0 netns ${lan}`,
      'link set lo up',
      `addr add ${LAB.wan} dev wan0`,
      'link set wan0 up',
      `addr add ${LAB.gateway}/24 dev lan0`,
      'link set lan0 up',
      'route add default dev wan0',
    ]);
    await this.ipBatch(wan, ['link set lo up', `addr add ${LAB.upstream}/24 dev up0`, 'link set up0 up']);
    await this.ipBatch(lan, [
      'link set lo up',
      `addr add ${LAB.lanAddress}/24 dev eth0`,
      'link set eth0 up',
      `route add default via ${LAB.gateway}`,
    ]);
    await this.exec('router', ['sysctl', '-qw', 'net.ipv4.ip_forward=1']);
  }

  /** Runs `ip -batch` lines inside one of the lab's namespaces (all or nothing is not promised: ip stops at the first error). */
  ip(ns: LabNamespace, lines: string[]): Promise<void> {
    return this.ipBatch(this.ns[ns], lines);
  }

  private async addIpv6(): Promise<void> {
    const lines = ipv6Lines();
    await this.exec('router', ['sysctl', '-qw', 'net.ipv6.conf.all.forwarding=1']);
    await this.ip('router', lines.router);
    await this.ip('wan', lines.wan);
    await this.ip('lan', lines.lan);
  }

  private async ipBatch(ns: string, lines: string[]): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      const child = execFile('ip', ['-n', ns, '-batch', '-'], { timeout: 10_000 }, (err, _out, stderr) =>
        err ? reject(new Error(`ip -n ${ns}: ${stderr || err.message}`)) : resolve(),
      );
      child.stdin!.end(`${lines.join('\n')}\n`);
    });
  }

  private async writeFile(name: string, text: string): Promise<string> {
    const file = path.join(this.dir, name);
    await writeFile(file, text, { mode: 0o600 });
    return file;
  }
}
