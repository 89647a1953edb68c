/** The idle collector really runs V8's major GC on its schedule, midway between checks, and stops when told. */
import { constants, PerformanceObserver } from 'node:perf_hooks';

import { describe, expect, it } from 'vitest';

import { startIdleGc } from '../../../electron/engine/idle-gc';
import type { CheckTiming } from '../../../electron/engine/monitor/engine';

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

const timing = (t: Partial<CheckTiming>): CheckTiming => ({
  running: true,
  checking: false,
  nextCheckAt: Date.now() + 10_000,
  lastCheckAt: Date.now(),
  ...t,
});

describe('idle GC', () => {
  it('runs a major collection every period until stopped', async () => {
    const stop = startIdleGc({ everyMs: 20, firstMs: 10 });
    let seen = 0;
    try {
      // An idle test process does not collect its old space five times in a row on its own.
      for (; seen < 5; seen++) await nextMajorGc();
    } finally {
      stop();
    }
    expect(seen).toBe(5);
  });

  it('waits while a check runs and collects once the monitor is quiet', async () => {
    const asked: boolean[] = [];
    let collectedAfter = -1;
    await new Promise<void>((resolve) => {
      const stop = startIdleGc({
        everyMs: 60_000,
        firstMs: 5,
        // First a check under way, then a monitor whose next check is a minute away.
        timing: () => {
          const checking = asked.length === 0;
          asked.push(checking);
          const now = Date.now();
          return checking
            ? timing({ checking: true, nextCheckAt: null })
            : timing({ lastCheckAt: now - 60_000, nextCheckAt: now + 60_000 });
        },
        collect: () => {
          collectedAfter = asked.length;
          stop();
          resolve();
        },
      });
    });
    expect(asked).toEqual([true, false]);
    expect(collectedAfter).toBe(2);
  });
});
