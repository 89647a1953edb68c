/**
 * One built headless runner behind Debian's miniupnpd in the router lab (tests/helpers/router-lab.ts),
 * as the lab lanes measure it: default settings but for the sources (the lab's echo services in
 * `wan`, three providers per family, tests/fixtures/router/wan-echo-client.ts), both families
 * (IPv4 through the router's NAT, IPv6 routed), the API on, the store on disk in a data folder
 * under the lab's temp folder. withLabRunner() always stops the runner and removes the lab (its
 * namespaces, processes and files), whatever the lane did.
 *
 * The lab needs root, `ip netns`, nft and miniupnpd: labMissing() says what is not there, so a
 * lane reports that instead of a figure (and `--check` fails on it: nothing measured is no pass).
 */
import { appendFile } from 'node:fs/promises';

import type { LabRunner } from '../../tests/fixtures/router/lab-runner';
import type { WanEchoes } from '../../tests/fixtures/router/wan-echo-client';
import { findCommand } from '../../tests/helpers/peers';
import type { RouterLab, RouterLabOptions } from '../../tests/helpers/router-lab';
import { buildRunner, runnerFile } from '../engine/rss';

/** Why the lab cannot run here, or null. Checked before the lab's modules are loaded. */
export function labMissing(): string | null {
  if (process.platform !== 'linux') return 'the router lab is Linux only (network namespaces)';
  if (process.getuid?.() !== 0) return 'the router lab needs root (network namespaces)';
  const missing = ['ip', 'nft', 'miniupnpd'].filter((c) => !findCommand(c));
  if (missing.length)
    return `the router lab needs ${missing.join(', ')}: apt-get install miniupnpd miniupnpd-nftables nftables iproute2`;
  return null;
}

/** Built once per bench process as the runner suite does (`npm run build:headless`), or BENCH_RUNNER_FILE as is. */
let built: Promise<string> | undefined;
export const labRunnerFile = (): Promise<string> =>
  (built ??= process.env['BENCH_RUNNER_FILE']
    ? Promise.resolve(process.env['BENCH_RUNNER_FILE'])
    : buildRunner().then(runnerFile));

export interface LabSession {
  lab: RouterLab;
  echoes: WanEchoes;
  runner: LabRunner;
  /** The runner's first answers: wall-clock ms of the first check line of each family with an address. */
  firstChecks: { v4: number; v6: number };
}

export interface LabRunOptions {
  lab?: RouterLabOptions;
  /** monitor.intervalSec; the default (60 s) when absent. */
  intervalSec?: number;
}

/** A positive number from the environment, else `fallback`; a bad value is an error, not a silent default. */
export function envNumber(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min) throw new Error(`${name}=${raw}: needs a number >= ${min}`);
  return n;
}

export async function withLabRunner<T>(opts: LabRunOptions, body: (s: LabSession) => Promise<T>): Promise<T> {
  const file = await labRunnerFile();
  const { startRouterLab } = await import('../../tests/helpers/router-lab');
  const { startLabRunner } = await import('../../tests/fixtures/router/lab-runner');
  const { labSources, startWanEchoes } = await import('../../tests/fixtures/router/wan-echo-client');
  const lab = await startRouterLab({ ipv6: true, ...opts.lab });
  let runner: LabRunner | undefined;
  try {
    // For diagnosis: echoes that close idle connections sooner (e.g. 5000, node's default), so checks open new ones.
    const echoes = await startWanEchoes(lab, envNumber('BENCH_LAB_ECHO_KEEP_ALIVE_MS', 0, 0) || undefined);
    const settings = {
      ...(opts.intervalSec ? { monitor: { intervalSec: opts.intervalSec } } : {}),
      sources: { builtIn: false, custom: labSources(true) },
    };
    // For diagnosis: the runner's log level (e.g. debug) and a copy of its log and lines at the end.
    const level = process.env['BENCH_LAB_LOG_LEVEL'];
    const env = { IPWATCH_API: 'on', ...(level ? { IPWATCH_LOG_LEVEL: level } : {}) };
    runner = await startLabRunner(lab, { file, settings, env });
    const first = (family: 4 | 6) =>
      runner!.waitFor((l) => l.type === 'check' && l.family === family && typeof l.ip === 'string', {
        timeoutMs: 60_000,
        what: `the runner's first IPv${family} answer in the lab`,
      });
    const [v4, v6] = await Promise.all([first(4), first(6)]);
    return await body({ lab, echoes, runner, firstChecks: { v4: v4.seenAt, v6: v6.seenAt } });
  } finally {
    const code = await runner?.stop().catch(() => null);
    const copy = process.env['BENCH_LAB_LOG_FILE'];
    if (runner && copy)
      await appendFile(copy, `${runner.stderr()}\n${runner.lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    if (runner && code !== 0)
      process.stderr.write(`lab runner exited ${code}; its log ends:\n${runner.stderr().slice(-2000)}\n`);
    await lab.stop();
  }
}
