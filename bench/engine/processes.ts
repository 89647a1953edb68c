/**
 * Process mechanics for the runner-memory section (rss.ts): start a headless runner against
 * the local world and wait for its first check, start idle baselines beside it, read RSS,
 * peak RSS and CPU from /proc (Linux only), stop everything and report the exits.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

import { REPO_ROOT } from './remote-world';
import { round, sleep } from './stats';

export interface ProcStat {
  rssMB: number;
  hwmMB: number;
  /** user + system CPU since the process started, ms. */
  cpuMs: number;
}

export const clkTck = (() => {
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

/**
 * CPU time of every thread of `pid` so far, ms, from /proc/<pid>/task/<tid>/schedstat (time on
 * the CPU in ns): far finer than /proc/<pid>/stat's clock ticks (10 ms), which a check of a
 * few milliseconds needs. A thread that exited between two readings takes its time with it;
 * the runner's threads (main, libuv pool, V8 platform) live as long as it does.
 */
export function procCpuMs(pid: number): number {
  let ns = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return ns / 1e6;
}

export function exited(child: ChildProcess, ms: number): Promise<{ code: number | null; signal: string | null }> {
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

/** Calls `onEvent` with each `--json` event line the runner prints on stdout; other lines are skipped. */
export function onJsonEvents(
  child: ChildProcess,
  onEvent: (e: { type?: unknown; family?: unknown; url?: unknown }) => void,
): void {
  let buf = '';
  child.stdout?.on('data', (d: Buffer) => {
    buf += d.toString();
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      let event: unknown;
      try {
        event = JSON.parse(line);
      } catch {
        continue; // not an event line
      }
      if (typeof event === 'object' && event !== null) onEvent(event);
    }
  });
}

/** Resolves with ms from `t0` to the first `check` event line of both families on stdout. */
function firstCheckOf(child: ChildProcess, t0: number): Promise<number> {
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise<number>((resolve, reject) => {
    const seen = new Set<unknown>();
    const timer = setTimeout(() => reject(new Error(`runner: no first check within 30 s; stderr: ${stderr}`)), 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`runner exited (${code}) before its first check; stderr: ${stderr}`));
    });
    onJsonEvents(child, (e) => {
      if (e.type === 'check' && e.family) seen.add(e.family);
      if (seen.has(4) && seen.has(6)) {
        clearTimeout(timer);
        resolve(performance.now() - t0);
      }
    });
  });
}

export interface IdleRun {
  rssMB: number;
  peakMB: number;
  startToFirstCheckMs: number;
  /** CPU the runner used while idle (sampler ticks only), ms per second; clock-tick resolution. */
  idleCpuMsPerSec: number;
  exitCode: number | null;
  exitSignal: string | null;
  /** VmRSS of each baseline, read at the same moment as the runner's. */
  baselinesMB: number[];
}

/**
 * Starts `node ...runnerArgs --data-dir dataDir --json` and `node ...args` for each baseline
 * (all in the repo root), waits for the runner's first check of both families plus `idleMs`,
 * reads VmRSS of all, then SIGTERMs the runner and reports how it exited.
 */
export async function idleRun(
  runnerArgs: string[],
  dataDir: string,
  baselines: string[][],
  idleMs: number,
): Promise<IdleRun> {
  const kids: ChildProcess[] = [];
  try {
    const t0 = performance.now();
    const runner = spawn(process.execPath, [...runnerArgs, '--data-dir', dataDir, '--json'], {
      cwd: REPO_ROOT,
      // No router is asked: nothing leaves the machine.
      env: { ...process.env, IPWATCH_ROUTER: 'off' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    kids.push(runner);
    const firstCheck = firstCheckOf(runner, t0);
    for (const args of baselines) kids.push(spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: 'ignore' }));
    const startToFirstCheckMs = await firstCheck;
    const pid = (c: ChildProcess) => c.pid ?? NaN;
    const cpu0 = procStat(pid(runner)).cpuMs;
    await sleep(idleMs);
    const r = procStat(pid(runner));
    const baselinesMB = kids.slice(1).map((k) => procStat(pid(k)).rssMB);
    const exit = exited(runner, 10_000);
    runner.kill('SIGTERM');
    const { code, signal } = await exit;
    return {
      rssMB: r.rssMB,
      peakMB: r.hwmMB,
      startToFirstCheckMs: Math.round(startToFirstCheckMs),
      idleCpuMsPerSec: round((r.cpuMs - cpu0) / (idleMs / 1000)),
      exitCode: code,
      exitSignal: signal,
      baselinesMB,
    };
  } finally {
    for (const k of kids) if (k.exitCode === null && k.signalCode === null) k.kill('SIGKILL');
    await Promise.all(kids.map((k) => exited(k, 5000)));
  }
}
