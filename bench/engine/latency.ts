/**
 * Detection latency, real clock: (1) through the network-change trigger at the default
 * poll/settle (interval 60 s): the interface table the engine samples and the fakes' answer
 * switch together at a random phase of the sampler; (2) with polling only (networkWatch off,
 * the schema's minimum 10 s interval). Time runs from the switch to the `change` event.
 */
import { performance } from 'node:perf_hooks';

import { defaultSettings } from '../../shared/settings';
import { changeTo, checkOf, interfaceTable, type Lane, makeLane, nextEvent, nextIps, startAndSettle } from './lane';
import type { RemoteWorld } from './remote-world';
import { dist, quantile, round, sleep, stratifiedPhases } from './stats';

const DEFAULTS = defaultSettings().monitor;
const POLL_MS = DEFAULTS.networkPollMs;
const SETTLE_MS = DEFAULTS.networkSettleMs;
const POLL_INTERVAL_SEC = 10; // the schema's minimum

// ---------------------------------------------------------------------------------------
// 1. Network-change trigger

interface NetworkSample {
  v4Ms: number;
  v6Ms: number;
  /** switch -> the sampler tick that saw the new interface table */
  samplerMs: number;
  /** that tick -> v4 check start (the settle timer, plus timer lag) */
  settleMs: number;
  /** v4 check start -> v4 change event */
  checkMs: number;
  trigger: string;
}

async function networkSample(lane: Lane, phaseMs: number): Promise<NetworkSample> {
  // Restarting drops the pending follow-up check of the previous sample, which would
  // otherwise sometimes catch a switch before the sampler does, and re-phases the sampler
  // (its first tick comes one poll period after start()).
  await startAndSettle(lane);
  await sleep(phaseMs);
  const ips = nextIps();
  const timeout = 10 * (POLL_MS + SETTLE_MS) + 5000;
  const c4 = nextEvent(lane.engine, changeTo(4, ips.v4), timeout);
  const c6 = nextEvent(lane.engine, changeTo(6, ips.v6), timeout);
  const k4 = nextEvent(
    lane.engine,
    checkOf(4, (e) => e.ip === ips.v4),
    timeout,
  );
  const t0 = performance.now();
  const wall0 = Date.now();
  await lane.world.setIp(ips.v4, ips.v6);
  lane.interfaces = interfaceTable(ips.n);
  const [r4, r6, k] = await Promise.all([c4, c6, k4]);
  await lane.engine.stop();
  const tick = lane.reads.find((t) => t >= t0) ?? NaN;
  const checkStart = t0 + (k.e.at - wall0); // the check event's `at` is wall-clock, ms resolution
  return {
    v4Ms: r4.t - t0,
    v6Ms: r6.t - t0,
    samplerMs: tick - t0,
    settleMs: checkStart - tick,
    checkMs: r4.t - checkStart,
    trigger: r4.e.trigger,
  };
}

/** `samplesPerLane` switches on each world, lanes side by side; phases stratified over all. */
export async function networkChange(worlds: RemoteWorld[], samplesPerLane: number) {
  const lanes = await Promise.all(
    worlds.map((w) =>
      makeLane(w, { intervalSec: 60, networkWatch: true, networkPollMs: POLL_MS, networkSettleMs: SETTLE_MS }),
    ),
  );
  const samples: NetworkSample[] = [];
  const phases = stratifiedPhases(lanes.length * samplesPerLane, POLL_MS);
  try {
    await Promise.all(
      lanes.map(async (lane, l) => {
        for (let i = 0; i < samplesPerLane; i++)
          samples.push(await networkSample(lane, phases[l * samplesPerLane + i]!));
      }),
    );
  } finally {
    await Promise.all(lanes.map((l) => l.close()));
  }
  const triggers: Record<string, number> = {};
  for (const s of samples) triggers[s.trigger] = (triggers[s.trigger] ?? 0) + 1;
  const parts = {
    switchToSamplerTick: samples.map((s) => s.samplerMs),
    tickToCheckStart: samples.map((s) => s.settleMs),
    checkToChange: samples.map((s) => s.checkMs),
  };
  const each = (q: number) => ({
    switchToSamplerTick: quantile(parts.switchToSamplerTick, q),
    tickToCheckStart: quantile(parts.tickToCheckStart, q),
    checkToChange: quantile(parts.checkToChange, q),
  });
  return {
    settings: { networkPollMs: POLL_MS, networkSettleMs: SETTLE_MS, intervalSec: 60 },
    v4: dist(samples.map((s) => s.v4Ms)),
    v6: dist(samples.map((s) => s.v6Ms)),
    /** Where the v4 latency goes, p50 of each part. */
    breakdownP50Ms: each(0.5),
    breakdownMaxMs: each(1),
    changeTriggers: triggers,
  };
}

// ---------------------------------------------------------------------------------------
// 2. Polling only

interface PollingSample {
  v4Ms: number;
  v6Ms: number;
  /** previous check (the start check) reported -> change event: the worst-case latency. */
  periodMs: number;
  trigger: string;
}

async function pollingSample(lane: Lane, phaseMs: number): Promise<PollingSample> {
  const prev = await startAndSettle(lane);
  await sleep(phaseMs);
  const ips = nextIps();
  const timeout = POLL_INTERVAL_SEC * 1000 + 10_000;
  const c4 = nextEvent(lane.engine, changeTo(4, ips.v4), timeout);
  const c6 = nextEvent(lane.engine, changeTo(6, ips.v6), timeout);
  const t0 = performance.now();
  await lane.world.setIp(ips.v4, ips.v6);
  lane.interfaces = interfaceTable(ips.n); // unwatched: must not matter
  const [r4, r6] = await Promise.all([c4, c6]);
  await lane.engine.stop();
  return { v4Ms: r4.t - t0, v6Ms: r6.t - t0, periodMs: Math.max(r4.t, r6.t) - prev, trigger: r4.e.trigger };
}

/** One switch per world, lanes side by side (a sample takes a whole interval). */
export async function pollingOnly(worlds: RemoteWorld[]) {
  const lanes = await Promise.all(
    worlds.map((w) => makeLane(w, { intervalSec: POLL_INTERVAL_SEC, networkWatch: false })),
  );
  let samples: PollingSample[];
  const phases = stratifiedPhases(lanes.length, POLL_INTERVAL_SEC * 1000);
  try {
    samples = await Promise.all(lanes.map((lane, i) => pollingSample(lane, phases[i]!)));
  } finally {
    await Promise.all(lanes.map((l) => l.close()));
  }
  const intervalMs = POLL_INTERVAL_SEC * 1000;
  const worst = Math.max(...samples.flatMap((s) => [s.v4Ms, s.v6Ms]));
  return {
    intervalMs,
    v4: dist(samples.map((s) => s.v4Ms)),
    v6: dist(samples.map((s) => s.v6Ms)),
    /** Max measured latency minus the interval (negative unless a switch fell right after a check). */
    maxOverIntervalMs: round(worst - intervalMs),
    /**
     * Previous check -> detecting check, minus the interval: what a switch just after a check
     * would wait beyond the interval. The worst case, whatever phases were drawn.
     */
    worstCaseOverIntervalMs: round(Math.max(...samples.map((s) => s.periodMs)) - intervalMs),
    changeTriggers: [...new Set(samples.map((s) => s.trigger))],
  };
}
