/** The memory bound (shared/memory-bound.ts): the crossing's table, its hysteresis as a property, the default's sources. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  cgroupLimitBytes,
  grewMost,
  MEMORY_FLOOR_BYTES,
  MEMORY_WATCH_START,
  memoryBound,
  type MemorySample,
  memoryStep,
  type MemoryWatchState,
} from '../../shared/memory-bound';

const MB = 1024 * 1024;
const sample = (rssMB: number, parts: Partial<Record<'heap' | 'native' | 'wasm', number>> = {}, at = 0) =>
  ({
    at,
    rssBytes: rssMB * MB,
    heapUsedBytes: (parts.heap ?? 10) * MB,
    heapTotalBytes: 20 * MB,
    nativeBytes: (parts.native ?? 30) * MB,
    wasmBytes: (parts.wasm ?? 5) * MB,
  }) satisfies MemorySample;

const BOUND = 100 * MB;
const armed: MemoryWatchState = { armed: true, baseline: sample(50), baselineKind: 'start' };
const disarmed: MemoryWatchState = { armed: false, baseline: sample(50), baselineKind: 'notice' };

describe('memoryStep', () => {
  it.each<[string, MemoryWatchState, number, number | null, boolean, boolean]>([
    // name, state, rss (MB), bound, notice?, armed after
    ['armed, at the bound: one notice', armed, 100, BOUND, true, false],
    ['armed, above the bound: one notice', armed, 180, BOUND, true, false],
    ['armed, below the bound: nothing', armed, 99, BOUND, false, true],
    ['told, still above: nothing', disarmed, 150, BOUND, false, false],
    ['told, between 90 % and the bound: nothing, not re-armed', disarmed, 95, BOUND, false, false],
    ['told, at 90 %: still not re-armed', disarmed, 90, BOUND, false, false],
    ['told, below 90 %: re-armed', disarmed, 89, BOUND, false, true],
    ['no bound: nothing', armed, 500, null, false, true],
  ])('%s', (_name, state, rssMB, bound, notice, armedAfter) => {
    const r = memoryStep(state, sample(rssMB), bound);
    expect(r.crossing !== null).toBe(notice);
    expect(r.state.armed).toBe(armedAfter);
  });

  it('keeps the first sample as the baseline and says what grew most since it', () => {
    const first = memoryStep(MEMORY_WATCH_START, sample(50, {}, 1000), BOUND);
    expect(first.crossing).toBeNull();
    const cross = memoryStep(first.state, sample(120, { heap: 12, native: 80, wasm: 9 }, 2000), BOUND);
    expect(cross.crossing).toEqual({
      sample: sample(120, { heap: 12, native: 80, wasm: 9 }, 2000),
      boundBytes: BOUND,
      grew: { part: 'native', grewBytes: 50 * MB },
      since: { kind: 'start', at: 1000 },
    });
    // The next notice measures from this one.
    expect(cross.state.baseline?.at).toBe(2000);
    expect(cross.state.baselineKind).toBe('notice');
  });

  it('a first sample already above the bound is told, with nothing grown', () => {
    const r = memoryStep(MEMORY_WATCH_START, sample(150, {}, 7), BOUND);
    expect(r.crossing?.grew).toBeNull();
    expect(r.crossing?.since).toEqual({ kind: 'start', at: 7 });
  });
});

describe('grewMost', () => {
  it.each<[string, Parameters<typeof sample>[1], MemorySample['heapUsedBytes'] | null, string | null]>([
    ['the heap', { heap: 40 }, 30 * MB, 'heap'],
    ['native memory', { native: 31 }, 1 * MB, 'native'],
    ['the wasm memory', { wasm: 25 }, 20 * MB, 'wasm'],
    ['nothing, when every part shrank or held', { heap: 5, native: 30, wasm: 5 }, null, null],
  ])('%s', (_name, parts, bytes, part) => {
    const g = grewMost(sample(50), sample(60, parts));
    expect(g?.part ?? null).toBe(part);
    expect(g?.grewBytes ?? null).toBe(bytes);
  });
});

/**
 * The oracle, written apart from memoryStep: each sample is H (at or above the bound), L (below
 * 90 % of it) or M (between). M changes nothing, so drop it; then every run of H's is one
 * excursion, told at its first H.
 */
function oracleNotices(rss: readonly number[], bound: number): number[] {
  const out: number[] = [];
  let last: 'H' | 'L' = 'L';
  rss.forEach((r, i) => {
    const symbol = r >= bound ? 'H' : r < 0.9 * bound ? 'L' : 'M';
    if (symbol === 'M') return;
    if (symbol === 'H' && last === 'L') out.push(i);
    last = symbol;
  });
  return out;
}

describe('memoryStep as a property', () => {
  it('tells each excursion above the bound once, at its first sample above it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 200 }), (series) => {
        let state = MEMORY_WATCH_START;
        const told: number[] = [];
        series.forEach((rssMB, i) => {
          const r = memoryStep(state, sample(rssMB, {}, i), BOUND);
          state = r.state;
          if (r.crossing) told.push(i);
        });
        expect(told).toEqual(
          oracleNotices(
            series.map((m) => m * MB),
            BOUND,
          ),
        );
      }),
    );
  });
});

describe('memoryBound', () => {
  const GB = 1024 * MB;
  it.each<[string, number, Parameters<typeof memoryBound>[1], ReturnType<typeof memoryBound>]>([
    [
      'the setting wins',
      300,
      { cgroupV2: String(GB), cgroupV1: null, totalBytes: 8 * GB },
      { bytes: 300 * MB, source: 'setting', fromBytes: null },
    ],
    [
      "80 % of cgroup v2's memory.max",
      0,
      { cgroupV2: `${GB}\n`, cgroupV1: null, totalBytes: 8 * GB },
      { bytes: Math.floor(0.8 * GB), source: 'cgroup-v2', fromBytes: GB },
    ],
    [
      'cgroup v2 "max" is no limit: the machine',
      0,
      { cgroupV2: 'max\n', cgroupV1: null, totalBytes: 8 * GB },
      { bytes: 2 * GB, source: 'machine', fromBytes: 8 * GB },
    ],
    [
      "80 % of cgroup v1's memory.limit_in_bytes",
      0,
      { cgroupV2: null, cgroupV1: `${512 * MB}\n`, totalBytes: 8 * GB },
      { bytes: Math.floor(0.8 * 512 * MB), source: 'cgroup-v1', fromBytes: 512 * MB },
    ],
    [
      "cgroup v1's near-2^63 figure is no limit",
      0,
      { cgroupV2: null, cgroupV1: '9223372036854771712\n', totalBytes: 4 * GB },
      { bytes: GB, source: 'machine', fromBytes: 4 * GB },
    ],
    [
      'no cgroup files: a quarter of the machine',
      0,
      { cgroupV2: null, cgroupV1: null, totalBytes: 2 * GB },
      { bytes: GB / 2, source: 'machine', fromBytes: 2 * GB },
    ],
    [
      'a 1 GB machine: its quarter is the floor itself',
      0,
      { cgroupV2: null, cgroupV1: null, totalBytes: GB },
      { bytes: 256 * MB, source: 'machine', fromBytes: GB },
    ],
    [
      'a 512 MB machine: the floor, above its quarter of 128 MB',
      0,
      { cgroupV2: 'max', cgroupV1: null, totalBytes: 512 * MB },
      { bytes: MEMORY_FLOOR_BYTES, source: 'machine-floor', fromBytes: 512 * MB },
    ],
    [
      'a 320 MB machine: the floor is its 80 %',
      0,
      { cgroupV2: null, cgroupV1: null, totalBytes: 320 * MB },
      { bytes: 256 * MB, source: 'machine-floor', fromBytes: 320 * MB },
    ],
    [
      'a 256 MB machine: 80 % of it, under the floor (told before the OOM killer)',
      0,
      { cgroupV2: null, cgroupV1: null, totalBytes: 256 * MB },
      { bytes: Math.floor(0.8 * 256 * MB), source: 'machine-floor', fromBytes: 256 * MB },
    ],
    [
      "a container's small limit is not raised to the floor",
      0,
      { cgroupV2: String(200 * MB), cgroupV1: null, totalBytes: 512 * MB },
      { bytes: Math.floor(0.8 * 200 * MB), source: 'cgroup-v2', fromBytes: 200 * MB },
    ],
    [
      'nor a setting below it',
      100,
      { cgroupV2: null, cgroupV1: null, totalBytes: 512 * MB },
      { bytes: 100 * MB, source: 'setting', fromBytes: null },
    ],
  ])('%s', (_name, setting, limits, expected) => {
    expect(memoryBound(setting, limits)).toEqual(expected);
  });

  it.each([
    ['max', null],
    ['', null],
    ['12ab', null],
    ['-5', null],
    ['0', null],
    ['1048576', 1048576],
  ])('reads %j as %j', (text, bytes) => {
    expect(cgroupLimitBytes(text, 8 * 1024 * MB)).toBe(bytes);
  });
});
