/**
 * CPU of the built headless runner as a process (every thread's time on the CPU, in ns, from
 * /proc/<pid>/task/<tid>/schedstat), over checks at the real interval, with HTTP sources and
 * the store on disk.
 * A "check" is one tick of both families, as in the engine suite. Per run:
 * - warm-up: the checks of the first `warmupChecks` ticks after the first one (2 minutes by
 *   default, the soak's warm-up too). V8 compiles the check path lazily and tiers it up as it
 *   runs, so a tick costs more in the first minute or two than it does from then on.
 *   The steady figure starts after it; the warm-up is reported beside it, idle subtracted at
 *   the mean rate, with no target;
 * - idle: between ticks, from 1.5 s after a tick's events to 1.5 s before the next one is due;
 * - steady: CPU from one tick's events to the events `checks` ticks later, minus the CPU of
 *   the idle windows inside it as measured, minus the median idle rate times the rest of it
 *   (the 3 s around each tick), over `checks`. Sporadic idle work (housekeeping every few
 *   minutes) is thus subtracted once where it ran, never scaled up to the whole window, and
 *   anything that runs next to a tick (the counters journal) is the check's;
 * - change: the echoes switch address right after a tick; CPU from that tick's events to the
 *   change events and checks of both families, minus the idle rate times that window.
 */
import { performance } from 'node:perf_hooks';

import type { WorldOptions } from '../../tests/helpers/world';
import { procCpuMs } from '../engine/processes';
import { quantileRaw, round, sleep } from '../engine/stats';
import { type RunnerSession, withRunner } from './session';

export interface CpuOptions {
  runs: number;
  checks: number;
  changes: number;
  warmupChecks: number;
  intervalSec: number;
  /** The sources' servers (how long they keep idle connections). */
  world: WorldOptions;
}

interface CpuRun {
  idleMsPerMin: number;
  /** Median over the gaps: the idle rate without sporadic work. */
  idleBaseMsPerMin: number;
  idleSampledSec: number;
  steadyMsPerCheck: number;
  /** All CPU over the steady window, ms (idle included). */
  steadyCpuMs: number;
  steadyWindowSec: number;
  /** CPU per check over the warm-up, mean idle rate subtracted. */
  warmupMsPerCheck: number;
  changeMs: number[];
}

const IDLE_MARGIN_MS = 1500;
/** The v6 addresses differ in their /64: by default (ipv6Compare prefix64) a change within one is none. */
const ADDRESSES: [string, string][] = [
  ['81.2.69.150', '2a02:1:2:4::5'],
  ['81.2.69.142', '2a02:1:2:3::5'],
];

async function oneRun(s: RunnerSession, opts: CpuOptions): Promise<CpuRun> {
  const cpu = () => procCpuMs(s.pid);
  const tickTimeout = opts.intervalSec * 1000 * 3 + 30_000;
  const w0 = { c: 0, t: await s.both('check', tickTimeout) };
  w0.c = cpu();
  let w1 = w0;
  for (let i = 0; i < opts.warmupChecks; i++) w1 = { t: await s.both('check', tickTimeout), c: cpu() };

  // Steady ticks, sampling an idle window inside each gap.
  let idleMs = 0;
  let idleWallMs = 0;
  const gapRates: number[] = [];
  const c0 = cpu();
  const t0 = performance.now();
  let c1 = c0;
  let t1 = t0;
  for (let i = 0; i < opts.checks; i++) {
    let ticked = false;
    const nextTick = s.both('check', tickTimeout).then((at) => ((ticked = true), at));
    await sleep(IDLE_MARGIN_MS);
    const a = { c: cpu(), t: performance.now() };
    await sleep(opts.intervalSec * 1000 - 3 * IDLE_MARGIN_MS);
    if (!ticked) {
      const ms = cpu() - a.c;
      const wall = performance.now() - a.t;
      idleMs += ms;
      idleWallMs += wall;
      gapRates.push(ms / wall);
    }
    t1 = await nextTick;
    c1 = cpu();
  }
  const idleRate = idleWallMs > 0 ? idleMs / idleWallMs : NaN;
  const baseRate = gapRates.length ? quantileRaw(gapRates, 0.5) : NaN;
  const steadyCpu = c1 - c0;
  const steadyMsPerCheck = (steadyCpu - idleMs - baseRate * (t1 - t0 - idleWallMs)) / opts.checks;

  const changeMs: number[] = [];
  for (let j = 0; j < opts.changes; j++) {
    await s.both('check', tickTimeout);
    const b0 = { c: cpu(), t: performance.now() };
    const [v4, v6] = ADDRESSES[j % 2]!;
    const changed = s.both('change', tickTimeout);
    const checked = s.both('check', tickTimeout);
    await s.world.setIp(v4, v6);
    const t = Math.max(await changed, await checked);
    changeMs.push(cpu() - b0.c - baseRate * (t - b0.t));
    // One steady tick after the change, so the next one starts from a settled runner.
    await s.both('check', tickTimeout);
  }
  return {
    idleMsPerMin: round(idleRate * 60_000, 2),
    idleBaseMsPerMin: round(baseRate * 60_000, 2),
    idleSampledSec: round(idleWallMs / 1000),
    steadyMsPerCheck: round(steadyMsPerCheck, 2),
    steadyCpuMs: round(steadyCpu, 1),
    steadyWindowSec: round((t1 - t0) / 1000),
    warmupMsPerCheck: opts.warmupChecks ? round((w1.c - w0.c - idleRate * (w1.t - w0.t)) / opts.warmupChecks, 2) : NaN,
    changeMs: changeMs.map((m) => round(m, 1)),
  };
}

const med = (xs: number[]) => quantileRaw(xs, 0.5);

export async function measureRunnerCpu(opts: CpuOptions) {
  const runs: CpuRun[] = [];
  for (let r = 0; r < opts.runs; r++) runs.push(await withRunner(opts.intervalSec, opts.world, (s) => oneRun(s, opts)));
  return {
    ...opts,
    note:
      'built runner (out/headless/index.js) as a process, CPU of all its threads from /proc/<pid>/task/*/schedstat; one check = one tick of both ' +
      'families; HTTP echo sources only, store on disk; idle windows between ticks subtracted as measured, the 3 s around each tick at the median idle rate',
    idleMsPerMin: round(med(runs.map((r) => r.idleMsPerMin)), 2),
    idleBaseMsPerMin: round(med(runs.map((r) => r.idleBaseMsPerMin)), 2),
    steadyMsPerCheck: round(med(runs.map((r) => r.steadyMsPerCheck)), 2),
    warmupMsPerCheck: round(med(runs.map((r) => r.warmupMsPerCheck)), 2),
    /** Each run's steady figure, so the spread shows beside the median. */
    steadyMsPerCheckRuns: runs.map((r) => r.steadyMsPerCheck),
    changeMs: round(med(runs.flatMap((r) => r.changeMs)), 1),
    /** What a change costs beyond the steady check its tick also is. */
    changeOverSteadyMs: round(med(runs.flatMap((r) => r.changeMs)) - med(runs.map((r) => r.steadyMsPerCheck)), 1),
    /** All CPU over each run's steady window, idle included. */
    steadyCpuMs: runs.map((r) => r.steadyCpuMs),
    runs,
  };
}
