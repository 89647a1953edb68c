/**
 * CPU (user + system, this process) per steady-state check of both families, engine vs the
 * naive monitor. The fakes run in the world host process and are not counted.
 */
import { performance } from 'node:perf_hooks';

import type { Engine } from '../../electron/engine/ip-monitor/engine';
import type { NaiveMonitor } from './naive';
import { quantileRaw, round } from './stats';

interface CpuSample {
  cpuMs: number;
  wallMs: number;
}

/** CPU and wall time per call of `run`, over `n` sequential calls. */
async function cpuPer(run: () => Promise<unknown>, n: number): Promise<CpuSample> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await run();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { cpuMs: (c.user + c.system) / 1000 / n, wallMs: wall / n };
}

/** Reported to 0.001 ms: figures are around 1 ms, so the 0.1 of the latency figures is too coarse. */
const med3 = (xs: number[]) => round(quantileRaw(xs, 0.5), 3);

export async function measureCpu(engine: Engine, naive: NaiveMonitor, opts: { checks: number; reps: number }) {
  // Warm up both first, then interleave the reps so drift hits both alike.
  for (let i = 0; i < 20; i++) {
    await engine.checkNow('interval');
    await naive.check();
  }
  const ours: CpuSample[] = [];
  const nv: CpuSample[] = [];
  for (let r = 0; r < opts.reps; r++) {
    ours.push(await cpuPer(() => engine.checkNow('interval'), opts.checks));
    nv.push(await cpuPer(naive.check, opts.checks));
  }
  return {
    checksPerRep: opts.checks,
    reps: opts.reps,
    note: 'one check = both families; the fakes run in another process and are not counted',
    oursMsPerCheck: med3(ours.map((c) => c.cpuMs)),
    oursWallMsPerCheck: med3(ours.map((c) => c.wallMs)),
    naiveMsPerCheck: med3(nv.map((c) => c.cpuMs)),
    naiveWallMsPerCheck: med3(nv.map((c) => c.wallMs)),
  };
}
