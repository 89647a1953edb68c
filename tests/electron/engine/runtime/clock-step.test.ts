/**
 * The clock-step decision (runtime/clock-step.ts) as a table, and its watch on the FakeClock, whose
 * jump() moves only the wall clock (as NTP, an admin or a sleep on Linux does) and advance() both.
 */
import { describe, expect, it } from 'vitest';

import { createLogger } from '../../../../electron/engine/logger';
import {
  CLOCK_STEP_WATCH_MS,
  type ClockReading,
  type ClockStep,
  clockStepBetween,
  ClockWatch,
  STEP_MIN_MS,
} from '../../../../electron/engine/runtime/clock-step';
import { FakeClock } from '../../../helpers/fake-clock';

const T = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;
const YEAR = 365 * DAY;
const at = (wall: number, mono: number): ClockReading => ({ wall, mono });

describe('clockStepBetween', () => {
  it.each<[string, ClockReading, ClockReading, ClockStep | null]>([
    ['both clocks moved alike', at(T, 0), at(T + 15_000, 15_000), null],
    ['a small drift (NTP slew) is no step', at(T, 0), at(T + 15_004, 15_000), null],
    ['exactly the threshold forward is no step', at(T, 0), at(T + 15_000 + STEP_MIN_MS, 15_000), null],
    ['exactly the threshold back is no step', at(T, 0), at(T + 15_000 - STEP_MIN_MS, 15_000), null],
    [
      'just over the threshold forward is a step',
      at(T, 0),
      at(T + 15_001 + STEP_MIN_MS, 15_000),
      { at: T + 15_001 + STEP_MIN_MS, before: T + 15_000, stepMs: STEP_MIN_MS + 1 },
    ],
    [
      'forward a year (a Pi that booted with a stale clock)',
      at(T, 1000),
      at(T + YEAR + 10_000, 11_000),
      { at: T + YEAR + 10_000, before: T + 10_000, stepMs: YEAR },
    ],
    [
      'back a day (the date set by hand)',
      at(T, 1000),
      at(T - DAY + 10_000, 11_000),
      { at: T - DAY + 10_000, before: T + 10_000, stepMs: -DAY },
    ],
    [
      'a sleep: the wall clock ran on, the monotonic one stood',
      at(T, 5000),
      at(T + 3_600_000, 5000),
      { at: T + 3_600_000, before: T, stepMs: 3_600_000 },
    ],
    [
      'fractions of the monotonic clock: whole ms',
      at(T, 0.25),
      at(T + 60_000, 0.75),
      { at: T + 60_000, before: T + 1, stepMs: 59_999 },
    ],
  ])('%s', (_name, last, now, expected) => {
    expect(clockStepBetween(last, now)).toEqual(expected);
  });
});

describe('ClockWatch', () => {
  const logger = createLogger('test', { level: 'error', sink: () => undefined });

  it('tells a step once, with the wall time it would read without it, and looks every 15 s by itself', async () => {
    const clock = new FakeClock(T);
    const steps: ClockStep[] = [];
    const watch = new ClockWatch({ clock, logger, onStep: (s) => steps.push(s) });
    expect(watch.check()).toBeNull(); // not started: nothing to compare with
    watch.start();
    await clock.advance(CLOCK_STEP_WATCH_MS * 3);
    expect(steps).toEqual([]);
    clock.jump(-DAY);
    expect(watch.check()).toEqual({
      at: T + 3 * CLOCK_STEP_WATCH_MS - DAY,
      before: T + 3 * CLOCK_STEP_WATCH_MS,
      stepMs: -DAY,
    });
    expect(watch.check()).toBeNull(); // the same step is told once
    clock.jump(YEAR);
    // Its own timer: FakeClock's timers fall due on the wall clock, so the year brings it due at once.
    await clock.advance(0);
    expect(steps.map((s) => s.stepMs)).toEqual([-DAY, YEAR]);
    watch.stop();
    expect(clock.pending).toBe(0);
  });

  it('a failing listener is logged and the watch goes on', async () => {
    const clock = new FakeClock(T);
    const logs: string[] = [];
    const watch = new ClockWatch({
      clock,
      logger: createLogger('test', { level: 'error', sink: (r) => logs.push(r.message) }),
      onStep: () => {
        throw new Error('disk full');
      },
    });
    watch.start();
    clock.jump(DAY);
    expect(watch.check()?.stepMs).toBe(DAY);
    expect(logs).toEqual(['the clock step could not be recorded']);
    await clock.advance(CLOCK_STEP_WATCH_MS);
    expect(clock.pending).toBe(1);
    watch.stop();
  });
});
