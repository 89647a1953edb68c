/** The idle collector really runs V8's major GC when the heap has grown, not before, and stops when told. */
import { constants, PerformanceObserver } from 'node:perf_hooks';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { startIdleGc } from '../../../electron/engine/idle-gc';

/** Resolves with the next major (mark-compact) GC V8 reports. */
function nextMajorGc(): Promise<void> {
  return new Promise((resolve) => {
    const obs = new PerformanceObserver((list) => {
      const major = list
        .getEntries()
        .some((e) => (e as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR);
      if (!major) return;
      obs.disconnect();
      resolve();
    });
    obs.observe({ entryTypes: ['gc'] });
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('idle GC', () => {
  it('runs major collections of V8 when the heap has grown', async () => {
    // Growth 0: every look finds enough to collect.
    const stop = startIdleGc({ lookMs: 20, growthBytes: 0 });
    let seen = 0;
    try {
      // An idle test process does not collect its old space five times in a row on its own.
      for (; seen < 5; seen++) await nextMajorGc();
    } finally {
      stop();
    }
    expect(seen).toBe(5);
  });

  it('collects only once the heap grew by the threshold since the last collection, until stopped', () => {
    vi.useFakeTimers();
    let heap = 100;
    const collect = vi.fn(() => {
      heap = 100;
    });
    const stop = startIdleGc({ lookMs: 60_000, growthBytes: 50, collect, measure: () => heap });
    const looks: number[] = [];
    for (const grown of [10, 20, 30, 0, 60]) {
      heap += grown;
      vi.advanceTimersByTime(60_000);
      looks.push(collect.mock.calls.length);
    }
    // 110, 130, 160 (collects, back to 100), 100, 160 (collects).
    expect(looks).toEqual([0, 0, 1, 1, 2]);
    stop();
    heap += 1000;
    vi.advanceTimersByTime(10 * 60_000);
    expect(collect).toHaveBeenCalledTimes(2);
  });

  it('measures growth from the lowest reading: a start-up heap that V8 collected on its own is no baseline', () => {
    vi.useFakeTimers();
    // Started at 200 (start-up garbage), V8 took it down to 100 by itself; then it grows again.
    let heap = 200;
    const collect = vi.fn(() => {
      heap = 100;
    });
    const stop = startIdleGc({ lookMs: 60_000, growthBytes: 50, collect, measure: () => heap });
    const looks: number[] = [];
    for (const next of [100, 120, 140, 160, 90, 130, 140]) {
      heap = next;
      vi.advanceTimersByTime(60_000);
      looks.push(collect.mock.calls.length);
    }
    // 100 (lowest), 120, 140, 160 (collects: 60 above 100, back to 100), 90 (lowest), 130, 140 (collects).
    expect(looks).toEqual([0, 0, 0, 1, 1, 1, 2]);
    stop();
  });
});
