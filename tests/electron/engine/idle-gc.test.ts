/** The idle collector really runs V8's major GC on its schedule, midway between checks, and stops when told. */
import { constants, PerformanceObserver } from 'node:perf_hooks';

import { describe, expect, it } from 'vitest';

import { CHECKING_RETRY_MS, QUIET_MARGIN_MS, quietDelayMs, startIdleGc } from '../../../electron/engine/idle-gc';
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

const T = 1_000_000;
const timing = (t: Partial<CheckTiming>): CheckTiming => ({
  running: true,
  checking: false,
  nextCheckAt: T + 10_000,
  lastCheckAt: T,
  ...t,
});

describe('quietDelayMs', () => {
  it.each([
    ['not monitoring: now', T + 100, timing({ running: false, nextCheckAt: null }), 0],
    ['a check runs: ask again', T + 100, timing({ checking: true, nextCheckAt: null }), CHECKING_RETRY_MS],
    ['nothing scheduled while running: ask again', T + 100, timing({ nextCheckAt: null }), CHECKING_RETRY_MS],
    ['just after a check: the middle of the gap', T + 100, timing({}), 4_900],
    ['at the middle: now', T + 5_000, timing({}), 0],
    ['past the middle, the next check far: now', T + 7_000, timing({}), 0],
    ['the next check near: after it, with the margin', T + 9_000, timing({}), 1_000 + QUIET_MARGIN_MS],
    ['the next check overdue: the margin', T + 10_500, timing({}), QUIET_MARGIN_MS],
    ['a 60 s interval: 30 s after the check', T, timing({ nextCheckAt: T + 60_000 }), 30_000],
    ['no check yet: the middle from now', T, timing({ lastCheckAt: null, nextCheckAt: T + 4_000 }), 2_000],
    ['a clock that went back: the middle from now', T, timing({ lastCheckAt: T + 5_000 }), 5_000],
  ])('%s', (_name, now, t, expected) => {
    expect(quietDelayMs(now, t)).toBe(expected);
  });
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
