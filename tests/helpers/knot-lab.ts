/**
 * The Knot lab: Debian's real Knot DNS as the authoritative servers of a test zone, in a network
 * namespace made for one test run and removed after it, whatever happens.
 *
 *   namespace ipwknot…-dns, lo: 10.53.0.1 (primary: accepts updates signed with the lab's key,
 *   notifies) and 10.53.0.2 (secondary: takes the zone from the primary by transfer)
 *
 * The test process stays outside: the engine's ddns code runs in a probe inside the namespace
 * (tests/fixtures/ddns/ddns-probe.ts), and nothing links the namespace to the machine, so nothing
 * a test sends can leave it. Needs root, `ip netns`, knotd and kdig: `knotLabPeer.skip` says when
 * they are missing (IPWATCH_REQUIRE_PEERS=1 makes that a failure).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';

import type { ProbeCommand } from '../fixtures/ddns/ddns-probe';
import { KNOT, primaryConfig, secondaryConfig, zoneFile } from '../fixtures/ddns/knot-files';
import { deleteNamespace, endChild, removeCrashedLabs } from '../fixtures/router/lab-cleanup';
import { peer, peersRequired } from './peers';
import { until } from './until';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

const tools = peer('knot', {
  packages: ['knot', 'knot-dnsutils', 'iproute2'],
  commands: ['ip', 'knotd', 'knotc', 'kdig'],
});
const isRoot = process.getuid?.() === 0;
if (!isRoot && !tools.skip && peersRequired()) {
  throw new Error('the Knot lab needs root (network namespaces), and IPWATCH_REQUIRE_PEERS=1 requires it');
}
/** Skip the lab's tests when this is set: a tool is missing (named at the end of the run) or this is not root. */
export const knotLabPeer = { skip: tools.skip || !isRoot };

export { KNOT } from '../fixtures/ddns/knot-files';

const PREFIX = 'ipwknot';
let labCount = 0;

/** Starts both servers and the probe; resolves once the secondary serves the zone. `secret`: the TSIG key, base64. */
export async function startKnotLab(secret: string): Promise<KnotLab> {
  await removeCrashedLabs(PREFIX);
  const lab = new KnotLab(`${PREFIX}${process.pid}x${++labCount}`, secret);
  try {
    await lab.start();
    return lab;
  } catch (err) {
    await lab.stop().catch((e: unknown) => console.error('knot lab teardown after a failed start:', e));
    throw err;
  }
}

type Command = ProbeCommand extends infer C ? (C extends ProbeCommand ? Omit<C, 'id'> : never) : never;

export class KnotLab {
  readonly ns: string;
  private dir = '';
  private made = false;
  private readonly children = new Set<ChildProcess>();
  private readonly logs: Record<string, string> = {};
  private probe?: ChildProcess;
  private readonly pending = new Map<number, (reply: { ok: boolean; answer?: unknown; error?: string }) => void>();
  private nextId = 1;
  private stopped?: Promise<void>;

  constructor(
    readonly id: string,
    /** The TSIG key's secret (base64). */
    readonly secret: string,
  ) {
    this.ns = `${id}-dns`;
  }

  /** What each knotd printed (it logs to stderr). */
  log(server: 'primary' | 'secondary'): string {
    return this.logs[server] ?? '';
  }

  /** An rfc2136 record of the lab's zone, as settings hold it. */
  record(over: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      id: 'home',
      provider: 'rfc2136',
      server: KNOT.primary,
      zone: KNOT.zone,
      name: KNOT.record,
      keyName: KNOT.keyName,
      secret: this.secret,
      ...over,
    };
  }

  /** Runs a command inside the namespace; rejects with its stderr when it fails. */
  async exec(cmd: string[]): Promise<string> {
    return (await run('ip', ['netns', 'exec', this.ns, ...cmd], { timeout: 10_000 })).stdout;
  }

  /** Asks one server directly with kdig (not the engine's code): the answer's data, sorted. */
  async dig(server: string, name: string, type: string): Promise<string[]> {
    const out = await this.exec(['kdig', `@${server}`, '+short', '+norecurse', '+time=2', '+retry=0', name, type]);
    return out.split('\n').filter(Boolean).sort();
  }

  /** Runs knotc against one server's control socket (a change by hand: zone-begin, zone-set, zone-commit). */
  async knotc(server: 'primary' | 'secondary', ...args: string[]): Promise<string> {
    return this.exec(['knotc', '-s', path.join(this.dir, server, 'knot.sock'), ...args]);
  }

  /** Sends a command to the probe inside the namespace and resolves with its answer. */
  ask<T>(cmd: Command): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, (r) => (r.ok ? resolve(r.answer as T) : reject(new Error(r.error))));
      this.probe!.stdin!.write(`${JSON.stringify({ ...cmd, id })}\n`);
    });
  }

  /** @internal Called once, by startKnotLab. */
  async start(): Promise<void> {
    this.dir = await mkdtemp(path.join(tmpdir(), `${this.id}-`));
    await run('ip', ['netns', 'add', this.ns]);
    this.made = true;
    const ip = (args: string) => run('ip', ['-n', this.ns, ...args.split(' ')]);
    await ip('link set lo up');
    await ip(`addr add ${KNOT.primary}/32 dev lo`);
    await ip(`addr add ${KNOT.secondary}/32 dev lo`);
    const primary = path.join(this.dir, 'primary');
    const secondary = path.join(this.dir, 'secondary');
    await mkdir(primary);
    await mkdir(secondary);
    await writeFile(path.join(primary, `${KNOT.zone}.zone`), zoneFile());
    await writeFile(path.join(primary, 'knot.conf'), primaryConfig(primary, this.secret), { mode: 0o600 });
    await writeFile(path.join(secondary, 'knot.conf'), secondaryConfig(secondary), { mode: 0o600 });
    this.daemon('primary', path.join(primary, 'knot.conf'));
    this.daemon('secondary', path.join(secondary, 'knot.conf'));
    this.startProbe();
    await until(async () => (await this.dig(KNOT.secondary, KNOT.zone, 'SOA').catch(() => [])).length === 1, {
      timeoutMs: 20_000,
      everyMs: 50,
      what: `the Knot lab's secondary serving ${KNOT.zone}`,
    });
  }

  private daemon(name: 'primary' | 'secondary', conf: string): void {
    const child = this.spawnIn(['knotd', '-c', conf]);
    this.logs[name] = '';
    child.stderr!.on('data', (c: Buffer) => (this.logs[name] += c.toString()));
    child.once('exit', (code) => {
      if (!this.stopped) this.logs[name] += `\nknotd exited (${code})`;
    });
  }

  private spawnIn(cmd: string[]): ChildProcess {
    const child = spawn('ip', ['netns', 'exec', this.ns, ...cmd], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.children.add(child);
    child.once('exit', () => this.children.delete(child));
    return child;
  }

  private startProbe(): void {
    const probe = this.spawnIn([process.execPath, '--import', 'tsx', 'tests/fixtures/ddns/ddns-probe.ts']);
    let stderr = '';
    probe.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    createInterface({ input: probe.stdout! }).on('line', (line) => {
      const reply = JSON.parse(line) as { id: number; ok: boolean; answer?: unknown; error?: string };
      this.pending.get(reply.id)?.(reply);
      this.pending.delete(reply.id);
    });
    probe.once('exit', (code) => {
      for (const settle of this.pending.values()) settle({ ok: false, error: `the probe exited (${code}): ${stderr}` });
      this.pending.clear();
    });
    this.probe = probe;
  }

  /** Ends the probe and both servers, deletes the namespace and the files. Safe to call twice. */
  stop(): Promise<void> {
    this.stopped ??= this.teardown();
    return this.stopped;
  }

  private async teardown(): Promise<void> {
    const errors: unknown[] = [];
    const attempt = async (step: () => Promise<unknown>) => step().catch((e: unknown) => void errors.push(e));
    this.probe?.stdin?.end();
    await Promise.all([...this.children].map((c) => attempt(() => endChild(c))));
    if (this.made) await attempt(() => deleteNamespace(this.ns));
    if (this.dir) await attempt(() => rm(this.dir, { recursive: true, force: true }));
    if (errors.length) throw new AggregateError(errors, `knot lab ${this.id}: teardown failed`);
  }
}
