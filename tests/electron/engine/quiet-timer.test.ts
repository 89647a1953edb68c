/** Housekeeping clear of the checks: the two waiting rules as tables, and the timer that applies them. */
import { describe, expect, it } from 'vitest';

import type { CheckTiming } from '../../../electron/engine/monitor/engine';
import {
  CHECKING_RETRY_MS,
  clearDelayMs,
  QUIET_MARGIN_MS,
  quietDelayMs,
  startQuietTimer,
} from '../../../electron/engine/quiet-timer';

const T = 1_000_000;
const timing = (t: Partial<CheckTiming>): CheckTiming => ({
  running: true,
  checking: false,
  nextCheckAt: T + 10_000,
  lastCheckAt: T,
  ...t,
});

describe('quietDelayMs (midway between checks)', () => {
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

describe('clearDelayMs (just clear of the checks)', () => {
  it.each([
    ['not monitoring: now', T + 100, timing({ running: false, nextCheckAt: null }), 0],
    ['a check runs: ask again', T + 100, timing({ checking: true, nextCheckAt: null }), CHECKING_RETRY_MS],
    ['nothing scheduled while running: ask again', T + 100, timing({ nextCheckAt: null }), CHECKING_RETRY_MS],
    ['just after a check: until the margin has passed', T + 100, timing({}), QUIET_MARGIN_MS - 100],
    ['the margin passed: now, not the middle', T + QUIET_MARGIN_MS, timing({}), 0],
    ['the next check near: after it, with the margin', T + 9_000, timing({}), 1_000 + QUIET_MARGIN_MS],
    ['the next check overdue: the margin', T + 10_500, timing({}), QUIET_MARGIN_MS],
    ['an hour between checks: now', T + 5_000, timing({ nextCheckAt: T + 3_600_000 }), 0],
    ['no check yet, the first far: now', T, timing({ lastCheckAt: null, nextCheckAt: T + 4_000 }), 0],
    ['a clock that went back: only the next check counts', T, timing({ lastCheckAt: T + 1_000 }), 0],
  ])('%s', (_name, now, t, expected) => {
    expect(clearDelayMs(now, t)).toBe(expected);
  });
});

describe('startQuietTimer', () => {
  it('asks the timing when due, waits as the rule says, and runs again after each run ends', async () => {
    const events: string[] = [];
    let waits = [0, 30, 0];
    await new Promise<void>((resolve) => {
      const timer = startQuietTimer({
        everyMs: 10,
        firstMs: 1,
        timing: () => timing({}),
        rule: () => {
          const w = waits[0] ?? 0;
          waits = waits.slice(1);
          events.push(`wait ${w}`);
          return w;
        },
        run: async () => {
          events.push('run');
          await Promise.resolve();
          if (events.filter((e) => e === 'run').length === 2) {
            timer.stop();
            resolve();
          }
        },
      });
    });
    expect(events).toEqual(['wait 0', 'run', 'wait 30', 'wait 0', 'run']);
  });

  it('retries a failed run after retryMs, and keeps clear of a timing given later', async () => {
    const at: number[] = [];
    const seen: string[] = [];
    await new Promise<void>((resolve) => {
      const timer = startQuietTimer({
        everyMs: 60_000,
        firstMs: 1,
        retryMs: 5,
        run: () => {
          at.push(Date.now());
          if (at.length === 1) {
            timer.keepClearOf(() => {
              seen.push('asked');
              return timing({ running: false });
            });
            return Promise.reject(new Error('disk busy'));
          }
          timer.stop();
          resolve();
        },
      });
    });
    // The retry came after 5 ms, not the minute, and asked the timing given meanwhile.
    expect([at.length, at[1]! - at[0]! < 30_000, seen]).toEqual([2, true, ['asked']]);
  });

  it('waits at most maxWaitMs for the checks, then runs though the rule still says wait', async () => {
    const asked: number[] = [];
    const started = performance.now();
    const ranAfter = await new Promise<number>((resolve) => {
      const timer = startQuietTimer({
        everyMs: 60_000,
        firstMs: 1,
        maxWaitMs: 40,
        timing: () => timing({ checking: true }),
        rule: () => (asked.push(performance.now()), 1_000),
        run: () => {
          timer.stop();
          resolve(performance.now() - started);
        },
      });
    });
    // Asked once, then held 40 ms (a timer never fires early), not the 1 s the rule asked for.
    expect([asked.length, ranAfter >= 40, ranAfter < 1_000]).toEqual([1, true, true]);
  });
});
