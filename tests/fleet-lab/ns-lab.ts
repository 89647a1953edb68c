/**
 * The fleet lab's network: each runner in a network namespace of its own (tests/helpers/netns.ts),
 * joined to the host by a veth pair of its own with a /30 the test picks (`10.198.<seed>.<4i>`),
 * host side `.4i+1`, namespace side `.4i+2` (named `up0`), and a default route through the host.
 * The host's broker and the sites' stand-in sources listen on the first link's host address, the
 * hub, which every namespace reaches through its own link. `cut()` sets a namespace's side of its
 * link down: its TCP connections vanish without a FIN or a RST. Needs root and iproute2; close()
 * removes the links and namespaces (the namespaces also at process exit, netns.ts). startNsRunner runs
 * the built runner in a namespace, startSitesTap the reader of its API (sites-tap.ts).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { cleanEnv, jsonLines, runnerCommand } from '../helpers/headless';
import { createNetns, type Netns } from '../helpers/netns';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface LabHost {
  ns: Netns;
  /** The namespace's own address on its link. */
  address: string;
  /** Its link's host side, its default gateway. */
  gateway: string;
  /** Sets its side of the link down (no FIN, no RST: the peer hears nothing). */
  cut(): void;
}

export interface NsLab {
  hub: string;
  hosts: Record<string, LabHost>;
  close(): void;
}

/** One namespace per name, in order; the first one's link carries the hub. */
export function startNsLab(names: readonly string[], seed: number): NsLab {
  const links: string[] = [];
  const hosts: Record<string, LabHost> = {};
  const net = `10.198.${seed % 250}`;
  const lab: NsLab = {
    hub: `${net}.1`,
    hosts,
    close() {
      for (const link of links) {
        try {
          execFileSync('ip', ['link', 'del', link], { stdio: 'ignore' });
        } catch {
          // gone with its namespace
        }
      }
      for (const h of Object.values(hosts)) h.ns.close();
    },
  };
  try {
    names.forEach((name, i) => {
      const ns = createNetns(`fl${name.slice(0, 3)}`);
      const [gateway, address] = [`${net}.${4 * i + 1}`, `${net}.${4 * i + 2}`];
      const link = `ipwf${process.pid % 100_000}${i}`;
      hosts[name] = { ns, address, gateway, cut: () => ns.ip('link', 'set', 'up0', 'down') };
      execFileSync('ip', ['link', 'add', link, 'type', 'veth', 'peer', 'name', 'up0', 'netns', ns.name]);
      links.push(link);
      execFileSync('ip', ['addr', 'add', `${gateway}/30`, 'dev', link]);
      execFileSync('ip', ['link', 'set', link, 'up']);
      ns.ip('addr', 'add', `${address}/30`, 'dev', 'up0');
      ns.ip('link', 'set', 'up0', 'up');
      ns.ip('route', 'add', 'default', 'via', gateway);
    });
  } catch (err) {
    lab.close();
    throw err;
  }
  return lab;
}

export interface NsRunner {
  child: ChildProcess;
  dir: string;
  /** Its `--json` lines on stdout. */
  lines: ReturnType<typeof jsonLines>;
}

/** The built runner in `host`'s namespace, with `settings` in a data folder of its own (or `dir`'s again). */
export async function startNsRunner(
  host: LabHost,
  settings: object,
  env: Record<string, string>,
  dir?: string,
): Promise<NsRunner> {
  const folder = dir ?? (await mkdtemp(path.join(tmpdir(), 'ipwatch-fleet-ns-')));
  if (!dir) await writeFile(path.join(folder, 'settings.json'), JSON.stringify(settings), { mode: 0o600 });
  const run = host.ns.exec([process.execPath, ...runnerCommand(), '--data-dir', folder, '--json']);
  const child = spawn(run.command, run.args, { cwd: ROOT, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'ignore'] });
  return { child, dir: folder, lines: jsonLines(child) };
}

/** sites-tap.ts in `host`'s namespace, reading the API at `apiUrl` with the token the runner of `dataDir` wrote. */
export function startSitesTap(host: LabHost, apiUrl: string, dataDir: string) {
  const tap = path.join(ROOT, 'tests/fleet-lab/sites-tap.ts');
  const run = host.ns.exec([process.execPath, '--import', 'tsx', tap, apiUrl, path.join(dataDir, 'api-token')]);
  const child = spawn(run.command, run.args, { cwd: ROOT, env: cleanEnv(), stdio: ['ignore', 'pipe', 'inherit'] });
  return { child, lines: jsonLines(child) };
}
