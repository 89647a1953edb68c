/** The idle collector really runs V8's major GC on its schedule, and stops when told. */
import { constants, PerformanceObserver } from 'node:perf_hooks';

import { describe, expect, it } from 'vitest';

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

describe('idle GC', () => {
  it('runs a major collection every period until stopped', async () => {
    const stop = startIdleGc(20, 10);
    let seen = 0;
    try {
      // An idle test process does not collect its old space five times in a row on its own.
      for (; seen < 5; seen++) await nextMajorGc();
    } finally {
      stop();
    }
    expect(seen).toBe(5);
  });
});
