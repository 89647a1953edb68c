/**
 * Idle memory of real processes for the engine bench: the headless runner against the local
 * world, next to a bare `node` and `node --import tsx` on an empty script, so the report can
 * say how much of the runner's RSS is the runtime's. Linux only (/proc).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import type { CustomSource } from '../../shared/settings';
import { REPO_ROOT } from './remote-world';

export interface ProcStat {
  rssMB: number;
  hwmMB: number;
  /** user + system CPU since the process started, ms. */
  cpuMs: number;
}

const clkTck = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

export function procStat(pid: number): ProcStat {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the ")" closing comm start at field 3 (state); utime and stime are fields 14 and 15.
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(rest[11]) + Number(rest[12]);
  return { rssMB: round(kb('VmRSS') / 1024), hwmMB: round(kb('VmHWM') / 1024), cpuMs: (ticks * 1000) / clkTck };
}

const round = (n: number) => Math.round(n * 10) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function exited(child: ChildProcess, ms: number): Promise<{ code: number | null; signal: string | null }> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      return resolve({ code: child.exitCode, signal: child.signalCode });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ code: null, signal: 'timeout' });
    }, ms);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal });
    });
  });
}

export interface RunnerSample {
  /** `node --import tsx electron/headless.ts` */
  runnerMB: number;
  runnerPeakMB: number;
  /** The same entry bundled by esbuild (node_modules left external) under plain node; NaN if esbuild is missing. */
  bundledMB: number;
  bareNodeMB: number;
  tsxEmptyMB: number;
  startToFirstCheckMs: number;
  bundledStartToFirstCheckMs: number;
  /** CPU the tsx runner used while idle (sampler ticks only), ms per second; clock-tick resolution. */
  idleCpuMsPerSec: number;
  exitCode: number | null;
  exitSignal: string | null;
  bundledExitCode: number | null;
}

/**
 * Bundles electron/headless.ts with esbuild (a dependency of tsx) into .bench-tmp, so the
 * runner's RSS can be shown without the tsx loader. Resolves null when esbuild is missing.
 */
export async function bundleRunner(): Promise<{ file: string; remove: () => Promise<void> } | null> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    return null;
  }
  const dir = join(REPO_ROOT, '.bench-tmp', `engine-${process.pid}`);
  const file = join(dir, 'headless.mjs');
  await esbuild.build({
    entryPoints: [join(REPO_ROOT, 'electron/headless.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: file,
    logLevel: 'warning',
  });
  return { file, remove: () => rm(dir, { recursive: true, force: true }) };
}

interface Started {
  child: ChildProcess;
  /** Resolves with ms from spawn to the first check of both families. */
  firstCheck: Promise<number>;
}

function startRunner(args: string[], dataDir: string): Started {
  const t0 = performance.now();
  const child = spawn(process.execPath, [...args, '--data-dir', dataDir, '--json'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const firstCheck = new Promise<number>((resolve, reject) => {
    const seen = new Set<number>();
    let buf = '';
    const timer = setTimeout(() => reject(new Error(`runner: no first check within 30 s; stderr: ${stderr}`)), 30_000);
    child.once('exit', (code) =>
      reject(new Error(`runner exited (${code}) before its first check; stderr: ${stderr}`)),
    );
    child.stdout?.on('data', (d: Buffer) => {
      buf += d.toString();
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        try {
          const e = JSON.parse(line) as { type?: string; family?: number };
          if (e.type === 'check' && e.family) seen.add(e.family);
        } catch {
          // not an event line
        }
        if (seen.has(4) && seen.has(6)) {
          clearTimeout(timer);
          resolve(performance.now() - t0);
        }
      }
    });
  });
  return { child, firstCheck };
}

/**
 * One measurement: starts the runner (settings.json = the world's custom sources only), its
 * bundled twin and both baselines at once, waits for the runners' first check of both
 * families plus `idleMs`, reads VmRSS of all, then SIGTERMs the runners and reports exits.
 */
export async function measureRunner(
  sources: CustomSource[],
  idleMs: number,
  bundled: string | null,
): Promise<RunnerSample> {
  const dir = await mkdtemp(join(tmpdir(), 'ipwatch-bench-'));
  const kids: ChildProcess[] = [];
  try {
    const settings = `${JSON.stringify({ sources: { builtIn: false, custom: sources } }, null, 2)}\n`;
    for (const d of ['tsx', 'bundled']) {
      await mkdir(join(dir, d));
      await writeFile(join(dir, d, 'settings.json'), settings);
    }
    const empty = join(dir, 'empty.ts');
    // "Empty" but kept alive so it can be measured.
    await writeFile(empty, 'setTimeout(() => undefined, 1e9);\nexport {};\n');
    const runner = startRunner(['--import', 'tsx', 'electron/headless.ts'], join(dir, 'tsx'));
    const twin = bundled ? startRunner([bundled], join(dir, 'bundled')) : null;
    const opts = { cwd: REPO_ROOT, stdio: 'ignore' as const };
    const bare = spawn(process.execPath, ['-e', 'setTimeout(()=>{},1e9)'], opts);
    const tsxEmpty = spawn(process.execPath, ['--import', 'tsx', empty], opts);
    kids.push(runner.child, bare, tsxEmpty, ...(twin ? [twin.child] : []));
    const [startToFirstCheckMs, bundledStartMs] = await Promise.all([runner.firstCheck, twin?.firstCheck ?? NaN]);
    const pid = (c: ChildProcess) => c.pid ?? NaN;
    const cpu0 = procStat(pid(runner.child)).cpuMs;
    await sleep(idleMs);
    const r = procStat(pid(runner.child));
    const tw = twin ? procStat(pid(twin.child)) : null;
    const b = procStat(pid(bare));
    const t = procStat(pid(tsxEmpty));
    const exits = [runner, ...(twin ? [twin] : [])].map((s) => exited(s.child, 10_000));
    runner.child.kill('SIGTERM');
    twin?.child.kill('SIGTERM');
    const [main, other] = await Promise.all(exits);
    return {
      runnerMB: r.rssMB,
      runnerPeakMB: r.hwmMB,
      bundledMB: tw?.rssMB ?? NaN,
      bareNodeMB: b.rssMB,
      tsxEmptyMB: t.rssMB,
      startToFirstCheckMs: Math.round(startToFirstCheckMs),
      bundledStartToFirstCheckMs: Math.round(bundledStartMs),
      idleCpuMsPerSec: round((r.cpuMs - cpu0) / (idleMs / 1000)),
      exitCode: main!.code,
      exitSignal: main!.signal,
      bundledExitCode: other?.code ?? null,
    };
  } finally {
    for (const k of kids) if (k.exitCode === null && k.signalCode === null) k.kill('SIGKILL');
    await Promise.all(kids.map((k) => exited(k, 5000)));
    await rm(dir, { recursive: true, force: true });
  }
}
