/**
 * The egress lab (issue 63): the built runner in a network namespace whose only way out is one
 * veth to a sink namespace, where tcpdump records every frame that arrives from the runner's side.
 *
 *   runner namespace  eg0 10.77.0.2/30, fd77::2/64   default routes via the sink
 *   sink namespace    eg1 10.77.0.1/30, fd77::1/64   every other address is local to it
 *                                                    (`local 0.0.0.0/0` and `local ::/0`), so
 *                                                    every connection is answered at once
 *
 * The runner's namespace has its own resolv.conf (/etc/netns/<name>/resolv.conf, which `ip netns
 * exec` mounts over /etc/resolv.conf) naming the sink's resolver (tests/egress-lab/sink.ts), which
 * gives each name an address of its own, so each packet is known by the name it was sent to.
 *
 * What the kernel sends for itself is turned off where it can be: no link-local addresses, no
 * duplicate address detection, no router solicitations (sysctl), and the neighbours written in by
 * hand (no ARP, no neighbour solicitation). What is left (MLD reports of the solicited-node groups)
 * is named by the comparison (egress-lab-compare.ts), not dropped.
 *
 * Needs root, iproute2 and tcpdump: `egressLabPeer.skip` says when they are missing (naming the
 * packages at the end of the run; IPWATCH_REQUIRE_PEERS=1 makes that a failure).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

import type { EgressReport } from '../../shared/contract/egress';
import type { SinkConfig, SinkLine } from '../egress-lab/sink';
import { endChild } from '../fixtures/router/lab-cleanup';
import { type LabFrame, readPcap } from './egress-lab-pcap';
import { cleanEnv, collect, jsonLines, runnerCommand } from './headless';
import { createNetns, type Netns, netnsSupport } from './netns';
import { peer } from './peers';
import { until } from './until';

const ROOT = path.resolve(import.meta.dirname, '../..');

const support = netnsSupport();
const tcpdump = peer('tcpdump', { packages: ['tcpdump', 'iproute2'], commands: ['tcpdump', 'ip'] });
/** Skip the lab when set: not root, or ip or tcpdump missing (named at the end of the run). */
export const egressLabPeer = { skip: support.skip || tcpdump.skip };

export const LAB = {
  runner: { v4: '10.77.0.2', v6: 'fd77::2', mac: '02:00:00:77:00:02' },
  sink: { v4: '10.77.0.1', v6: 'fd77::1', mac: '02:00:00:77:00:01' },
  /** The sink's HTTP stand-in's port, on every address. */
  httpPort: 8080,
  /** What the lab's custom source answers: the runner's public IPv4 address. */
  publicV4: '81.2.69.142',
} as const;

/** Where the lab's end mark goes (TEST-NET-1): the last frame of a capture, taken out before the comparison. */
const END_MARK = { host: '192.0.2.1', port: 9 };

/** A node one-liner that sends one UDP datagram from where it runs. */
export function sendDatagram(to: { host: string; port: number }): string {
  const socket = `require('node:dgram').createSocket('udp${to.host.includes(':') ? 6 : 4}')`;
  return `const s=${socket};s.send('ipwatch egress lab',${to.port},'${to.host}',()=>s.close())`;
}

/** Turned off in both namespaces before the link exists (interfaces take `default`'s values). */
const QUIET_IPV6 = ['accept_ra=0', 'router_solicitations=0', 'accept_dad=0', 'dad_transmits=0', 'addr_gen_mode=1'];

export interface LabRunner {
  child: ChildProcess;
  dataDir: string;
  lines: ReturnType<typeof jsonLines>;
  stderr(): string;
  /** What `ipwatch egress --json` says, run in the runner's namespace against this runner. */
  report(): Promise<EgressReport>;
}

export interface EgressLab {
  runnerNs: Netns;
  sinkNs: Netns;
  /** What the sink's stand-ins saw so far. */
  sink: SinkLine[];
  /** The built runner in the runner's namespace, its API on its loopback. */
  startRunner(settings: object): Promise<LabRunner>;
  /** Runs a command in the runner's namespace (the self-check's stray datagram). */
  execInRunner(argv: string[]): Promise<void>;
  /** Stops the runner and tcpdump, and reads every frame tcpdump recorded. */
  finish(): Promise<LabFrame[]>;
  /** address -> names the sink's resolver answered with it. */
  names(): Map<string, string[]>;
  close(): Promise<void>;
}

function inNs(ns: Netns, argv: string[], env: NodeJS.ProcessEnv = cleanEnv()): ChildProcess {
  const run = ns.exec(argv);
  return spawn(run.command, run.args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Resolves once a child printed `text` on stderr; rejects when it exits first. */
function heard(child: ChildProcess, text: string, what: string): Promise<void> {
  let said = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      said += d.toString();
      if (said.includes(text)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`${what} exited (${code}) before saying "${text}": ${said}`)));
  });
}

function wire(runnerNs: Netns, sinkNs: Netns): void {
  for (const ns of [runnerNs, sinkNs]) {
    ns.ip('link', 'del', 'v0');
    for (const scope of ['all', 'default'])
      for (const s of QUIET_IPV6)
        execFileSync('ip', ['netns', 'exec', ns.name, 'sysctl', '-qw', `net.ipv6.conf.${scope}.${s}`]);
  }
  execFileSync('ip', [
    'link',
    'add',
    'eg0',
    'netns',
    runnerNs.name,
    'type',
    'veth',
    'peer',
    'name',
    'eg1',
    'netns',
    sinkNs.name,
  ]);
  const sides = [
    [runnerNs, 'eg0', LAB.runner, LAB.sink],
    [sinkNs, 'eg1', LAB.sink, LAB.runner],
  ] as const;
  for (const [ns, dev, own, peerSide] of sides) {
    ns.ip('link', 'set', dev, 'address', own.mac);
    ns.ip('addr', 'add', `${own.v4}/30`, 'dev', dev);
    ns.ip('-6', 'addr', 'add', `${own.v6}/64`, 'dev', dev, 'nodad');
    for (const to of [peerSide.v4, peerSide.v6])
      ns.ip('neigh', 'replace', to, 'lladdr', peerSide.mac, 'dev', dev, 'nud', 'permanent');
    ns.ip('link', 'set', dev, 'up');
  }
  runnerNs.ip('route', 'add', 'default', 'via', LAB.sink.v4);
  runnerNs.ip('-6', 'route', 'add', 'default', 'via', LAB.sink.v6);
  // In the main table, below the link's own routes: replies to the runner still leave by eg1.
  sinkNs.ip('route', 'add', 'local', '0.0.0.0/0', 'dev', 'lo', 'table', 'main');
  sinkNs.ip('-6', 'route', 'add', 'local', '::/0', 'dev', 'lo', 'table', 'main');
}

/** Builds both namespaces, starts tcpdump and the sink's stand-ins; resolves once both listen. */
export async function startEgressLab(): Promise<EgressLab> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-egress-lab-'));
  const children: ChildProcess[] = [];
  const runnerNs = createNetns('egr');
  const sinkNs = createNetns('egs');
  const etc = path.join('/etc/netns', runnerNs.name);
  const sink: SinkLine[] = [];
  let runner: ChildProcess | null = null;
  // A test process that dies skips close(): its resolv.conf goes with it (the namespaces do, netns.ts).
  const forget = () => rmSync(etc, { recursive: true, force: true });
  process.once('exit', forget);
  const close = async () => {
    await Promise.all(children.map((c) => endChild(c)));
    runnerNs.close();
    sinkNs.close();
    forget();
    process.off('exit', forget);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    wire(runnerNs, sinkNs);
    mkdirSync(etc, { recursive: true });
    writeFileSync(path.join(etc, 'resolv.conf'), `nameserver ${LAB.sink.v4}\n`);
    const pcap = path.join(dir, 'egress.pcap');
    // -Q in: what arrives from the runner's side; --immediate-mode and -U: each frame handed over
    // and written as it comes (not held in the kernel's ring, lost at the stop); -Z root: keep the
    // right to write here.
    const capture = inNs(sinkNs, [
      'tcpdump',
      ...['-i', 'eg1', '-Q', 'in', '-n', '--immediate-mode', '-U', '-Z', 'root', '-w', pcap],
    ]);
    children.push(capture);
    await heard(capture, 'listening on eg1', 'tcpdump');
    const config: SinkConfig = {
      resolver: LAB.sink.v4,
      v4: '198.18.0.',
      v6: '2001:db8::',
      port: LAB.httpPort,
      publicV4: LAB.publicV4,
    };
    const stand = inNs(sinkNs, [
      process.execPath,
      '--import',
      'tsx',
      'tests/egress-lab/sink.ts',
      JSON.stringify(config),
    ]);
    children.push(stand);
    const ready = new Promise<void>((resolve, reject) => {
      stand.once('exit', (code) => reject(new Error(`the sink exited (${code})`)));
      createInterface({ input: stand.stdout! }).on('line', (l) => {
        const line = JSON.parse(l) as SinkLine;
        sink.push(line);
        if (line.kind === 'ready') resolve();
      });
    });
    await ready;
    const execInRunner = async (argv: string[]) => {
      const r = await collect(inNs(runnerNs, argv));
      if (r.code !== 0) throw new Error(`${argv.join(' ')} exited ${r.code}: ${r.stderr}`);
    };
    return {
      runnerNs,
      sinkNs,
      sink,
      async startRunner(settings) {
        const dataDir = path.join(dir, `runner-${children.length}`);
        mkdirSync(dataDir);
        writeFileSync(path.join(dataDir, 'settings.json'), JSON.stringify(settings), { mode: 0o600 });
        // The router watch on, as at default settings (cleanEnv turns it off for the other tests).
        const env = cleanEnv({ IPWATCH_API: 'on', IPWATCH_ROUTER: '' });
        runner = inNs(runnerNs, [process.execPath, ...runnerCommand(), '--data-dir', dataDir, '--json'], env);
        children.push(runner);
        let stderr = '';
        runner.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
        const lines = jsonLines(runner);
        const api = await lines.until((l) => l.type === 'api', 30_000);
        const port = new URL(String(api.url)).port;
        return {
          child: runner,
          dataDir,
          lines,
          stderr: () => stderr,
          async report() {
            const token = readFileSync(path.join(dataDir, 'api-token'), 'utf8').trim();
            const argv = [
              process.execPath,
              ...runnerCommand(),
              '--data-dir',
              dataDir,
              'egress',
              '--port',
              port,
              '--json',
            ];
            const r = await collect(inNs(runnerNs, argv, cleanEnv({ IPWATCH_API_TOKEN: token })));
            if (r.code !== 0) throw new Error(`ipwatch egress --json exited ${r.code}: ${r.stderr}`);
            return JSON.parse(r.stdout) as EgressReport;
          },
        };
      },
      execInRunner,
      async finish() {
        if (runner) await endChild(runner);
        // The end mark: once tcpdump wrote it, every frame sent before it is in the file.
        await execInRunner([process.execPath, '-e', sendDatagram(END_MARK)]);
        const isMark = (f: LabFrame) => f.dst === END_MARK.host && f.dport === END_MARK.port;
        await until(() => readPcap(pcap).some(isMark), {
          timeoutMs: 10_000,
          everyMs: 20,
          what: 'the end mark captured',
        });
        await endChild(capture);
        return readPcap(pcap).filter((f) => !isMark(f));
      },
      names() {
        const out = new Map<string, string[]>();
        for (const l of sink)
          if (l.kind === 'dns' && l.answer)
            out.set(l.answer, [...new Set([...(out.get(l.answer) ?? []), l.name.replace(/\.$/, '')])]);
        return out;
      },
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}
