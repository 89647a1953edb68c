/** The idle collector really runs V8's major GC on its schedule, and stops when told. */
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
  it('runs major collections of V8 on its period', async () => {
    const stop = startIdleGc(20);
    let seen = 0;
    try {
      // An idle test process does not collect its old space five times in a row on its own.
      for (; seen < 5; seen++) await nextMajorGc();
    } finally {
      stop();
    }
    expect(seen).toBe(5);
  });

  it('collects once per period until stopped', () => {
    vi.useFakeTimers();
    const collect = vi.fn();
    const stop = startIdleGc(60_000, collect);
    vi.advanceTimersByTime(3 * 60_000);
    expect(collect).toHaveBeenCalledTimes(3);
    stop();
    vi.advanceTimersByTime(10 * 60_000);
    expect(collect).toHaveBeenCalledTimes(3);
  });
});
