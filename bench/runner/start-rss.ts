/**
 * The built runner's RSS at start (issue 49): 3 s after the first check of both families, per
 * configuration (configs.ts: default, lean, busy), the median of several starts, each bundle in
 * turn so two builds (before and after a change) meet the same machine load. Beside RSS it reads
 * the runner's own figures from its API status (the V8 heap, the native part, the store's wasm
 * memory) and the machine's load average at each start.
 *
 *   npx tsx bench/runner/start-rss.ts [--runs 5] [--configs default,lean] [bundle.js ...]
 *
 * Each bundle defaults to the package's built runner (out/headless/index.js, not rebuilt here);
 * a bundle must sit in the checkout (out/...) so its external packages resolve. Each sample runs
 * in a child process of its own (BENCH_RUNNER_FILE names its bundle to session.ts).
 */
import { execFile } from 'node:child_process';
import { loadavg } from 'node:os';
import { promisify } from 'node:util';

import type { ProcessStatus } from '../../shared/types';
import { REPO_ROOT } from '../engine/remote-world';
import { median, round, sleep } from '../engine/stats';
import { configName, type ConfigName, startConfig } from './configs';
import { procMemory } from './proc-memory';
import { withRunner } from './session';

const SETTLE_MS = 3_000;
const MB = 1024 * 1024;

export interface StartSample {
  rssMB: number;
  /** RSS's anonymous part (heaps, arenas, wasm memory) and its file-mapped part (node's binary), from /proc. */
  anonMB: number;
  fileMB: number;
  heapUsedMB: number;
  heapTotalMB: number;
  nativeMB: number;
  wasmMB: number;
  load1: number;
}

/** One start of the runner in `config`: the figures SETTLE_MS after its first check of both families. */
export async function sampleStart(config: ConfigName): Promise<StartSample> {
  const cfg = await startConfig(config);
  try {
    return await withRunner(
      cfg.intervalSec,
      {},
      async (s) => {
        await s.both('check', 60_000);
        await cfg.attach(s);
        await sleep(SETTLE_MS);
        const { process: m } = (await s.status()) as { process: ProcessStatus };
        const proc = procMemory(s.pid);
        return {
          rssMB: proc.rssMB,
          anonMB: proc.anonMB,
          fileMB: proc.fileMB,
          heapUsedMB: round(m.heapUsedBytes / MB),
          heapTotalMB: round(m.heapTotalBytes / MB),
          nativeMB: round(m.nativeBytes / MB),
          wasmMB: round(m.wasmMemoryBytes / MB),
          load1: round(loadavg()[0]!),
        };
      },
      { settings: cfg.settings },
    );
  } finally {
    await cfg.close();
  }
}

/** One sample in a child process, so each has its own bundle and nothing of the last run. */
async function sampleInChild(file: string, config: ConfigName): Promise<StartSample> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'bench/runner/start-rss.ts', '--one', config],
    { cwd: REPO_ROOT, env: { ...process.env, BENCH_RUNNER_FILE: file } },
  );
  return JSON.parse(stdout.trim().split('\n').pop()!) as StartSample;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

async function main(): Promise<void> {
  const one = process.argv.indexOf('--one');
  if (one > 0) {
    console.log(JSON.stringify(await sampleStart(configName(process.argv[one + 1] ?? ''))));
    return;
  }
  const runs = Number(arg('--runs', '5'));
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs: needs a whole number >= 1');
  const configs = arg('--configs', 'default,lean').split(',').map(configName);
  const flagged = new Set(['--runs', '--configs'].flatMap((f) => [f, arg(f, '')]));
  const files = process.argv.slice(2).filter((a) => !flagged.has(a));
  if (!files.length) files.push('out/headless/index.js');
  const samples = new Map<string, StartSample[]>();
  for (let i = 0; i < runs; i++)
    for (const config of configs)
      for (const file of files) {
        const s = await sampleInChild(file, config);
        console.error(`run ${i + 1} ${config} ${file}: ${JSON.stringify(s)}`);
        const key = `${config}\t${file}`;
        samples.set(key, [...(samples.get(key) ?? []), s]);
      }
  console.log('config\tbundle\tRSS MB (median)\tRSS min-max\tanon\tfile\theap used\theap total\tnative\twasm\tload1');
  for (const [key, list] of samples) {
    const med = (f: keyof StartSample) => round(median(list.map((s) => s[f])));
    const rss = list.map((s) => s.rssMB);
    console.log(
      `${key}\t${med('rssMB')}\t${Math.min(...rss)}-${Math.max(...rss)}\t${med('anonMB')}\t${med('fileMB')}\t${med('heapUsedMB')}\t` +
        `${med('heapTotalMB')}\t${med('nativeMB')}\t${med('wasmMB')}\t${med('load1')}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('start-rss.ts')) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
