/**
 * Engine benchmark, on the real system clock and real sockets to a local internet of fakes
 * (tests/helpers/world.ts, hosted in a child process so the fakes' CPU is not the engine's).
 * Sections, one module each under bench/engine/:
 *
 * 1. detection latency through the network-change trigger (latency.ts);
 * 2. detection latency with polling only (latency.ts);
 * 3. requests per steady-state check and per confirmed change, against a naive monitor that
 *    asks every source every check (requests.ts, naive.ts);
 * 4. CPU per steady-state check (cpu.ts);
 * 5. idle RSS of the headless runner as `npm run headless` runs it, beside the tsx runner
 *    and bare-node / tsx baselines (rss.ts).
 * 6. a check with one hung or very late confirmer (hedge.ts).
 *
 * This file runs them and turns each figure with a target into a Check (bench/check.ts).
 */
import { performance } from 'node:perf_hooks';

import { type Check, atMost } from './check';
import { measureCpu } from './engine/cpu';
import { measureHedge } from './engine/hedge';
import { makeLane } from './engine/lane';
import { networkChange, pollingOnly } from './engine/latency';
import { naiveMonitor } from './engine/naive';
import { type RemoteWorld, startWorldHost } from './engine/remote-world';
import { measureRequests } from './engine/requests';
import { runnerMemory } from './engine/rss';

const CFG = {
  networkLanes: 2,
  networkSamplesPerLane: 8,
  pollingLanes: 5,
  requestChecks: 30,
  requestChanges: 5,
  cpuChecks: 200,
  cpuReps: 3,
  runnerRuns: 3,
  runnerIdleMs: 60_000,
};

const TARGETS = {
  networkChangeP50Ms: 1000,
  pollingSlackMs: 200,
  steadyRequestsPerFamily: 1,
  changeRequestsPerFamily: 3,
  // Issue 28 retired the 2 ms per check (the runner suite's target is 3 ms): idle CPU is where the cost is.
  cpuMsPerCheck: 3,
  runnerIdleRssMB: 90,
};

/** Requests and CPU share one lane, never started: checks run only when asked. */
async function requestsAndCpu(world: RemoteWorld) {
  const lane = await makeLane(world, { intervalSec: 60 });
  try {
    const naive = naiveMonitor(lane);
    const requests = await measureRequests(lane, naive, { checks: CFG.requestChecks, changes: CFG.requestChanges });
    const cpu = await measureCpu(lane.engine, naive, { checks: CFG.cpuChecks, reps: CFG.cpuReps });
    return { requests, cpu };
  } finally {
    await lane.close();
  }
}

export default async function engineBench(): Promise<Record<string, unknown> & { checks: Check[] }> {
  const t0 = performance.now();
  const host = await startWorldHost();
  try {
    const worlds: RemoteWorld[] = [];
    for (let i = 0; i < Math.max(CFG.networkLanes, CFG.pollingLanes); i++) worlds.push(await host.create());
    const w0 = worlds[0]!;

    const { requests, cpu } = await requestsAndCpu(w0);
    const network = await networkChange(worlds.slice(0, CFG.networkLanes), CFG.networkSamplesPerLane);
    const polling = await pollingOnly(worlds.slice(0, CFG.pollingLanes));
    const runner = await runnerMemory(w0.sources, { runs: CFG.runnerRuns, idleMs: CFG.runnerIdleMs });
    const hedge = await measureHedge();

    const { ours } = requests;
    const exitedNonZero = runner.exitCodes.filter((c) => c !== 0).length;
    const checks: Check[] = [
      atMost('network change v4 p50', network.v4.p50Ms, TARGETS.networkChangeP50Ms, 'ms'),
      atMost('network change v6 p50', network.v6.p50Ms, TARGETS.networkChangeP50Ms, 'ms'),
      atMost('polling worst case over the interval', polling.worstCaseOverIntervalMs, TARGETS.pollingSlackMs, 'ms'),
      atMost('requests per steady check v4', ours.steadyPerCheck.v4, TARGETS.steadyRequestsPerFamily, 'requests'),
      atMost('requests per steady check v6', ours.steadyPerCheck.v6, TARGETS.steadyRequestsPerFamily, 'requests'),
      atMost('requests per change v4 (max)', ours.perChangeMax.v4, TARGETS.changeRequestsPerFamily, 'requests'),
      atMost('requests per change v6 (max)', ours.perChangeMax.v6, TARGETS.changeRequestsPerFamily, 'requests'),
      atMost('CPU per check', cpu.oursMsPerCheck, TARGETS.cpuMsPerCheck, 'ms'),
      // The runner as users run it (npm run headless: the esbuild bundle under plain node).
      atMost('headless runner idle RSS', runner.runnerRssMB, TARGETS.runnerIdleRssMB, 'MB'),
      atMost(`runner runs not exiting 0 on SIGTERM (codes ${runner.exitCodes.join(',')})`, exitedNonZero, 0, 'runs'),
      ...hedge.checks,
    ];
    return {
      networkChange: network,
      pollingOnly: polling,
      requests,
      cpu,
      headlessRunner: runner,
      hungConfirmer: hedge.figures,
      checks,
      suiteMs: Math.round(performance.now() - t0),
    };
  } finally {
    await host.close();
  }
}
