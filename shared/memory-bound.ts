/**
 * The runner's memory bound (issue 77): where its default comes from, and when RSS passing it is
 * worth a notice. Pure; the runtime's memory part (electron/engine/runtime/memory.ts) reads the
 * figures and the container's limit and hands them here.
 *
 * memoryStep, for one sample against a bound B (re-armed below REARM_SHARE * B):
 *
 *   armed | rss                  | notice | armed after | baseline after
 *   ------+----------------------+--------+-------------+----------------
 *   yes   | >= B                 | one    | no          | this sample
 *   yes   | < B                  | -      | yes         | unchanged
 *   no    | >= REARM_SHARE * B   | -      | no          | unchanged
 *   no    | <  REARM_SHARE * B   | -      | yes         | unchanged
 *   any   | (no bound: B = null) | -      | unchanged   | unchanged
 *
 * So one excursion above the bound, however long and however it wobbles around B, is one notice;
 * the next comes only after RSS fell back below 90 % of B and crossed B again. The notice says what
 * grew most since the baseline: the first sample, or the sample of the last notice.
 */

import type { AppProcesses } from './app-processes';

/** One reading of the process's memory, stamped on the wall clock. */
export interface MemorySample {
  /** Epoch ms: shown, never subtracted (the series is spaced on the monotonic clock). */
  at: number;
  rssBytes: number;
  heapUsedBytes: number;
  heapTotalBytes: number;
  /** RSS outside the V8 heap (shared/process-memory.ts nativeMemoryBytes). */
  nativeBytes: number;
  /** The history's SQLite wasm memory. */
  wasmBytes: number;
  /** The app's other processes (its pages, the GPU, helpers), where Electron tells; absent headless. */
  app?: AppProcesses;
}

/** The parts of memory a notice compares: the V8 heap in use, native memory, the history's wasm memory. */
export const MEMORY_PARTS = ['heap', 'native', 'wasm'] as const;
export type MemoryPart = (typeof MEMORY_PARTS)[number];

const PART_BYTES: Record<MemoryPart, (s: MemorySample) => number> = {
  heap: (s) => s.heapUsedBytes,
  native: (s) => s.nativeBytes,
  wasm: (s) => s.wasmBytes,
};

/** RSS must fall below this share of the bound before a new crossing is told again. */
export const REARM_SHARE = 0.9;

export interface MemoryWatchState {
  /** A crossing would be told now (false from a notice until RSS fell below REARM_SHARE of the bound). */
  armed: boolean;
  /** What growth is measured from: the first sample, then the sample of the last notice. */
  baseline: MemorySample | null;
  /** Whether the baseline is the first sample or a notice's. */
  baselineKind: 'start' | 'notice';
}

export const MEMORY_WATCH_START: MemoryWatchState = { armed: true, baseline: null, baselineKind: 'start' };

/** The part that grew most since the baseline, and by how much; null when none grew. */
export interface MemoryGrowth {
  part: MemoryPart;
  grewBytes: number;
}

/** What a notice of a crossing carries: the figures, the bound, what grew most and since when. */
export interface MemoryCrossing {
  sample: MemorySample;
  boundBytes: number;
  grew: MemoryGrowth | null;
  since: { kind: 'start' | 'notice'; at: number };
}

/** The part of memory that grew most from `from` to `to`, or null when none grew. Pure. */
export function grewMost(from: MemorySample, to: MemorySample): MemoryGrowth | null {
  let best: MemoryGrowth | null = null;
  for (const part of MEMORY_PARTS) {
    const grewBytes = PART_BYTES[part](to) - PART_BYTES[part](from);
    if (grewBytes > 0 && (best === null || grewBytes > best.grewBytes)) best = { part, grewBytes };
  }
  return best;
}

/** One sample against the bound (null: no bound): the state after it, and the crossing to tell, if any. See the table. */
export function memoryStep(
  state: MemoryWatchState,
  sample: MemorySample,
  boundBytes: number | null,
): { state: MemoryWatchState; crossing: MemoryCrossing | null } {
  const baseline = state.baseline ?? sample;
  const seen = state.baseline === null ? { ...state, baseline } : state;
  if (boundBytes === null) return { state: seen, crossing: null };
  if (!state.armed) {
    const armed = sample.rssBytes < REARM_SHARE * boundBytes;
    return { state: armed ? { ...seen, armed } : seen, crossing: null };
  }
  if (sample.rssBytes < boundBytes) return { state: seen, crossing: null };
  const crossing: MemoryCrossing = {
    sample,
    boundBytes,
    grew: grewMost(baseline, sample),
    since: { kind: state.baselineKind, at: baseline.at },
  };
  return { state: { armed: false, baseline: sample, baselineKind: 'notice' }, crossing };
}

/**
 * Where the bound in force came from: the setting, the container's limit, the machine's memory, or
 * the floor on a small machine (a quarter of its memory below MEMORY_FLOOR_BYTES).
 */
export type MemoryBoundSource = 'setting' | 'cgroup-v2' | 'cgroup-v1' | 'machine' | 'machine-floor';

export interface MemoryBound {
  bytes: number;
  source: MemoryBoundSource;
  /** The limit or total it was taken from (the container's limit, the machine's memory); null for a setting. */
  fromBytes: number | null;
}

/** The default's share of the container's limit: told before the kernel's OOM killer acts at the limit itself. */
export const CGROUP_SHARE = 0.8;
/** The default's share of the machine's memory, where no container limits the runner. */
export const MACHINE_SHARE = 0.25;

/**
 * The least default bound taken from the machine's memory: 256 MB. A quarter of a small machine's
 * memory is below what a healthy runner holds (128 MB on a 512 MB Raspberry Pi), so the notice would
 * say nothing but "a small machine". Measured: the built headless runner (out/headless, Node 20,
 * x86_64) with default settings and a fresh data folder read a steady VmRSS of 115 to 117 MB over
 * 16 minutes and 133 MB at its start-up peak; the busy soaks of docs/headless.md read up to 127 MB
 * at 10 minutes and a start-up peak of 154 MB. 256 MB is 1.7 times that highest peak, room for the
 * 30-day memory series, a year of history and an open dashboard; a runner past it has grown, and
 * that is worth a notice. A setting or a container's limit is never raised to it (a container's
 * limit is where the kernel kills, so its 80 % is the only warning there is).
 */
export const MEMORY_FLOOR_BYTES = 256 * 1024 * 1024;

/** What the host says about its memory: the cgroup files' text (null: no such file) and the machine's total. */
export interface MemoryLimits {
  /** cgroup v2 `memory.max`: bytes, or "max" for none. */
  cgroupV2: string | null;
  /** cgroup v1 `memory.limit_in_bytes`: bytes; a figure near 2^63 (or above the machine's memory) means none. */
  cgroupV1: string | null;
  totalBytes: number;
}

/** A cgroup file's limit in bytes, or null when it sets none ("max", empty, a figure at or above the machine's memory). */
export function cgroupLimitBytes(text: string | null, totalBytes: number): number | null {
  const t = text?.trim() ?? '';
  if (!/^\d{1,20}$/.test(t)) return null;
  const n = Number(t);
  return n > 0 && n < totalBytes ? n : null;
}

/**
 * The bound in force: the setting when set (MB, above 0), else CGROUP_SHARE of the container's
 * limit (cgroup v2, then v1), else MACHINE_SHARE of the machine's memory, raised to
 * MEMORY_FLOOR_BYTES on a small machine but never above CGROUP_SHARE of it (told before the OOM
 * killer, as in a container). Pure.
 *
 *   machine | quarter | bound
 *   --------+---------+----------------------------------
 *   8 GB    | 2 GB    | 2 GB (machine)
 *   1 GB    | 256 MB  | 256 MB (machine: the quarter is the floor)
 *   512 MB  | 128 MB  | 256 MB (machine-floor)
 *   256 MB  | 64 MB   | 204.8 MB (machine-floor: 80 % of the machine)
 */
export function memoryBound(settingMB: number, limits: MemoryLimits): MemoryBound {
  if (settingMB > 0) return { bytes: settingMB * 1024 * 1024, source: 'setting', fromBytes: null };
  const v2 = cgroupLimitBytes(limits.cgroupV2, limits.totalBytes);
  if (v2 !== null) return { bytes: Math.floor(v2 * CGROUP_SHARE), source: 'cgroup-v2', fromBytes: v2 };
  const v1 = cgroupLimitBytes(limits.cgroupV1, limits.totalBytes);
  if (v1 !== null) return { bytes: Math.floor(v1 * CGROUP_SHARE), source: 'cgroup-v1', fromBytes: v1 };
  const total = limits.totalBytes;
  const quarter = Math.floor(total * MACHINE_SHARE);
  if (quarter >= MEMORY_FLOOR_BYTES) return { bytes: quarter, source: 'machine', fromBytes: total };
  return {
    bytes: Math.min(MEMORY_FLOOR_BYTES, Math.floor(total * CGROUP_SHARE)),
    source: 'machine-floor',
    fromBytes: total,
  };
}
