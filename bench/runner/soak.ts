/**
 * Steady-state memory of the built headless runner: both families, HTTP echo sources, the
 * store on disk, checks at the real interval, for `minutes`. VmRSS, and its anonymous part
 * (RssAnon: the heaps; the rest is mostly node's own binary, mapped from its file), are read
 * from /proc/<pid>/status every `sampleSec` (VmHWM gives the peak between samples too). The
 * heap comes from the runner's own API status (`process`, as the dashboard shows it) every
 * `heapEverySec`: rarer than RSS, since each read is a request the runner serves.
 */
import { appendFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';

import type { ProcessStatus } from '../../shared/types';
import type { WorldOptions } from '../../tests/helpers/world';
import { procStat } from '../engine/processes';
import { round, sleep } from '../engine/stats';
import type { RunnerConfig } from './configs';
import { procMemory } from './proc-memory';
import { withRunner } from './session';

export interface SoakOptions {
  minutes: number;
  sampleSec: number;
  /** The growth slope is taken from this minute to the end; the steady figure is the last minute. */
  growthFromMin: number;
  intervalSec: number;
  /** How often the V8 heap is read through the API status. */
  heapEverySec: number;
  /** The sources' servers (how long they keep idle connections). */
  world: WorldOptions;
  /** Issue 49's configuration (configs.ts): its settings, stand-ins and dashboard; none is the bare runner. */
  config?: RunnerConfig;
  /** A file each RSS sample is appended to as a JSON line when taken, so a long soak can be read while it runs. */
  samplesLog?: string;
}

export interface Sample {
  /** Minutes since the runner was spawned. */
  min: number;
  rssMB: number;
  /** The anonymous part of RSS (RssAnon); absent in older samples. */
  anonMB?: number;
}

export interface HeapSample {
  min: number;
  /** V8 heap in use, and memory outside it held by JS objects (buffers, the store's wasm memory). */
  heapUsedMB: number;
  /** V8 heap committed (used plus free pages V8 keeps); absent in older samples. */
  heapTotalMB?: number;
  externalMB: number;
  /** Parts of externalMB, when the runner reports them: ArrayBuffers, and SQLite's wasm memory. */
  arrayBuffersMB?: number;
  wasmMB?: number;
}

/**
 * Where a soak's growth is measured: hour 1 to the end of a soak of 150 minutes or more (issue
 * 61), the last three fifths of a shorter one.
 */
export const growthFrom = (minutes: number): number => Math.min(60, (minutes * 2) / 5);

export const rssOf = (s: Sample): number => s.rssMB;

/** Least-squares slope of `y` over time, MB per hour; NaN with fewer than two distinct times. */
export function slopePerHour<S extends { min: number }>(samples: readonly S[], y: (s: S) => number): number {
  const n = samples.length;
  const mx = samples.reduce((a, s) => a + s.min, 0) / n;
  const my = samples.reduce((a, s) => a + y(s), 0) / n;
  const sxx = samples.reduce((a, s) => a + (s.min - mx) ** 2, 0);
  const sxy = samples.reduce((a, s) => a + (s.min - mx) * (y(s) - my), 0);
  return n >= 2 && sxx > 0 ? (sxy / sxx) * 60 : NaN;
}

const last = <S>(samples: readonly S[], y: (s: S) => number | undefined): number => {
  const v = samples.length ? y(samples[samples.length - 1]!) : undefined;
  return v ?? NaN;
};

/** The heap's figures (no targets: RSS is what the user pays; these say whether JS objects are what grows). */
export function heapFigures(samples: readonly HeapSample[], fromMin: number) {
  const at1 = samples.find((s) => s.min >= 1);
  const after = samples.filter((s) => s.min >= fromMin);
  return {
    heapUsedAt1MinMB: at1?.heapUsedMB ?? NaN,
    heapUsedEndMB: samples.at(-1)?.heapUsedMB ?? NaN,
    heapUsedPeakMB: samples.length ? Math.max(...samples.map((s) => s.heapUsedMB)) : NaN,
    heapGrowthMBPerHour: round(
      slopePerHour(after, (s) => s.heapUsedMB),
      2,
    ),
    externalEndMB: samples.at(-1)?.externalMB ?? NaN,
    externalGrowthMBPerHour: round(
      slopePerHour(after, (s) => s.externalMB),
      2,
    ),
    arrayBuffersEndMB: last(samples, (s) => s.arrayBuffersMB),
    wasmEndMB: last(samples, (s) => s.wasmMB),
  };
}

/** The figures of a soak from its samples (pure, so it can be table-tested); growth from `fromMin` to the end. */
export function soakFigures(samples: readonly Sample[], hwmMB: number, fromMin: number) {
  const end = samples.at(-1)?.min ?? 0;
  const at1 = samples.find((s) => s.min >= 1);
  const after = samples.filter((s) => s.min >= fromMin);
  const lastMinute = samples.filter((s) => s.min >= end - 1 && s.min >= fromMin);
  const mean = (xs: readonly Sample[]) => (xs.length ? xs.reduce((a, s) => a + s.rssMB, 0) / xs.length : NaN);
  const withAnon = after.filter((s) => s.anonMB !== undefined);
  return {
    rssAt1MinMB: at1?.rssMB ?? NaN,
    rssEndMB: samples.at(-1)?.rssMB ?? NaN,
    /** Mean of the samples in the last minute (after `fromMin`). */
    rssSteadyMB: round(mean(lastMinute)),
    peakMB: Math.max(hwmMB, ...samples.map((s) => s.rssMB)),
    growthMBPerHour: round(slopePerHour(after, rssOf), 2),
    /** The anonymous part's slope (no target): the heaps, without node's binary pages. */
    anonGrowthMBPerHour: round(
      slopePerHour(withAnon, (s) => s.anonMB!),
      2,
    ),
    anonEndMB: last(samples, (s) => s.anonMB),
    samplesInGrowth: after.length,
  };
}

const mb = (bytes: number | undefined) => (bytes === undefined ? undefined : round(bytes / 2 ** 20));

export async function soak(opts: SoakOptions) {
  const { config, samplesLog: _log, ...figuresOpts } = opts;
  return withRunner(
    opts.intervalSec,
    opts.world,
    async (s) => {
      const samples: Sample[] = [];
      const heap: HeapSample[] = [];
      const minSince = () => (performance.now() - s.startedAt) / 60_000;
      await s.both('check', 60_000);
      await config?.attach(s);
      let hwmMB = 0;
      let heapDue = 0;
      while (minSince() < opts.minutes) {
        const p = procStat(s.pid);
        const sample = { min: round(minSince(), 3), rssMB: p.rssMB, anonMB: procMemory(s.pid).anonMB };
        samples.push(sample);
        if (opts.samplesLog) await appendFile(opts.samplesLog, `${JSON.stringify(sample)}\n`);
        hwmMB = p.hwmMB;
        if (performance.now() >= heapDue) {
          heapDue = performance.now() + opts.heapEverySec * 1000;
          // An older bundle (BENCH_RUNNER_FILE) may lack the last two parts.
          const { process: m } = (await s.status()) as {
            process: Omit<ProcessStatus, 'arrayBuffersBytes' | 'wasmMemoryBytes'> & Partial<ProcessStatus>;
          };
          heap.push({
            min: round(minSince(), 3),
            heapUsedMB: round(m.heapUsedBytes / 2 ** 20),
            heapTotalMB: round(m.heapTotalBytes / 2 ** 20),
            externalMB: round(m.externalBytes / 2 ** 20),
            arrayBuffersMB: mb(m.arrayBuffersBytes),
            wasmMB: mb(m.wasmMemoryBytes),
          });
        }
        await sleep(opts.sampleSec * 1000);
      }
      const checks = s.events.filter((e) => e.type === 'check').length;
      return {
        ...figuresOpts,
        config: config?.name ?? 'bare',
        note: 'RSS from /proc/<pid>/status (VmRSS, RssAnon; peak also VmHWM); the V8 heap from the API status every heapEverySec',
        ...soakFigures(samples, hwmMB, opts.growthFromMin),
        ...heapFigures(heap, opts.growthFromMin),
        checkEvents: checks,
        /** Both families each tick over the soak, from the first check. */
        expectedCheckEvents: 2 * Math.floor((opts.minutes * 60) / opts.intervalSec),
        samples: samples.map((x) => [x.min, x.rssMB, x.anonMB]),
        heapSamples: heap.map((x) => [x.min, x.heapUsedMB, x.externalMB, x.arrayBuffersMB, x.wasmMB, x.heapTotalMB]),
      };
    },
    config ? { settings: config.settings } : {},
  );
}
