/**
 * Idle memory of the headless runner as users run it: the package's `ipwatch` bin, the bundle
 * the package's own `build:headless` script makes, under plain node, so this section does the
 * same (the npm script, then the bin) and reports that RSS as the primary figure. For comparison it also runs
 * `node --import tsx electron/headless.ts`, a bare node and `node --import tsx` on an empty
 * script, so the report can say how much of each RSS is the runtime's and the loader's.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';

import type { CustomSource } from '../../shared/settings';
import { idleRun, type IdleRun } from './processes';
import { REPO_ROOT } from './remote-world';
import { median, round } from './stats';

const BUILD_SCRIPT = 'build:headless';
const TSX_RUNNER = ['--import', 'tsx', 'electron/headless.ts'];
const BARE_NODE = ['-e', 'setTimeout(()=>{},1e9)'];

/**
 * The bundle users run, read from package.json: its `ipwatch` bin (what `npx ipwatch`, a global
 * install and `npm run headless` run), which must be the `--outfile` of `build:headless`, so a
 * change to either that breaks the pair fails the bench instead of measuring a stale file.
 */
export async function runnerFile(): Promise<string> {
  const pkg = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    bin?: Record<string, string>;
    scripts?: Record<string, string>;
  };
  const file = pkg.bin?.ipwatch;
  const outfile = /--outfile[= ](\S+)/.exec(pkg.scripts?.[BUILD_SCRIPT] ?? '')?.[1];
  if (!file || file !== outfile)
    throw new Error(`package.json: the ipwatch bin (${file}) is not the ${BUILD_SCRIPT} output (${outfile})`);
  return file;
}

/** `npm run build:headless --silent`, with the npm that runs the bench when there is one. */
export async function buildRunner(): Promise<void> {
  const npmCli = process.env.npm_execpath;
  const [cmd, pre] = npmCli?.endsWith('.js') ? [process.execPath, [npmCli]] : ['npm', []];
  try {
    await promisify(execFile)(cmd, [...pre, 'run', BUILD_SCRIPT, '--silent'], { cwd: REPO_ROOT });
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`npm run ${BUILD_SCRIPT} failed: ${e.stderr || e.message}`);
  }
}

interface RunSample {
  built: IdleRun;
  bareNodeMB: number;
  tsx: IdleRun;
  tsxEmptyMB: number;
}

/**
 * One run, in two phases so the built runner starts on an otherwise quiet machine as it
 * would for a user: the built runner with a bare node beside it, then the tsx runner with a
 * tsx empty script beside it. Each runner gets a fresh data dir whose settings.json points
 * at the world's sources only.
 */
async function sampleRun(file: string, sources: CustomSource[], idleMs: number): Promise<RunSample> {
  const dir = await mkdtemp(join(tmpdir(), 'ipwatch-bench-'));
  try {
    const settings = `${JSON.stringify({ sources: { builtIn: false, custom: sources } }, null, 2)}\n`;
    for (const d of ['built', 'tsx']) {
      await mkdir(join(dir, d));
      await writeFile(join(dir, d, 'settings.json'), settings);
    }
    const empty = join(dir, 'empty.ts');
    // "Empty" but kept alive so it can be measured.
    await writeFile(empty, 'setTimeout(() => undefined, 1e9);\nexport {};\n');
    const built = await idleRun([file], join(dir, 'built'), [BARE_NODE], idleMs);
    const tsx = await idleRun(TSX_RUNNER, join(dir, 'tsx'), [['--import', 'tsx', empty]], idleMs);
    return { built, bareNodeMB: built.baselinesMB[0]!, tsx, tsxEmptyMB: tsx.baselinesMB[0]! };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function runnerMemory(sources: CustomSource[], opts: { runs: number; idleMs: number }) {
  const file = await runnerFile();
  const t0 = performance.now();
  await buildRunner();
  const buildMs = Math.round(performance.now() - t0);
  const runs: RunSample[] = [];
  for (let i = 0; i < opts.runs; i++) runs.push(await sampleRun(file, sources, opts.idleMs));

  const med = (pick: (r: RunSample) => number) => median(runs.map(pick));
  const runnerMB = med((r) => r.built.rssMB);
  const bareNodeMB = med((r) => r.bareNodeMB);
  const tsxRunnerMB = med((r) => r.tsx.rssMB);
  const tsxEmptyMB = med((r) => r.tsxEmptyMB);
  return {
    runs: runs.length,
    idleMs: opts.idleMs,
    build: `npm run ${BUILD_SCRIPT} --silent`,
    buildMs,
    command: `node ${file} --data-dir TMP --json`,
    note: 'per run: the built runner beside a bare node, then the tsx runner beside a tsx empty script; RSS read idleMs after the first check of both families',
    runnerRssMB: runnerMB,
    runnerPeakRssMB: med((r) => r.built.peakMB),
    bareNodeRssMB: bareNodeMB,
    runnerOverBareNodeMB: round(runnerMB - bareNodeMB),
    startToFirstCheckMs: med((r) => r.built.startToFirstCheckMs),
    idleCpuMsPerSec: med((r) => r.built.idleCpuMsPerSec),
    exitCodes: runs.map((r) => r.built.exitCode),
    exitSignals: runs.map((r) => r.built.exitSignal),
    tsxRunnerCommand: `node ${TSX_RUNNER.join(' ')} --data-dir TMP --json`,
    tsxRunnerRssMB: tsxRunnerMB,
    tsxRunnerPeakRssMB: med((r) => r.tsx.peakMB),
    tsxEmptyRssMB: tsxEmptyMB,
    tsxRunnerOverTsxEmptyMB: round(tsxRunnerMB - tsxEmptyMB),
    tsxLoaderOverBareNodeMB: round(tsxEmptyMB - bareNodeMB),
    tsxRunnerOverRunnerMB: round(tsxRunnerMB - runnerMB),
    tsxRunnerStartToFirstCheckMs: med((r) => r.tsx.startToFirstCheckMs),
    tsxRunnerExitCodes: runs.map((r) => r.tsx.exitCode),
  };
}
