/**
 * The engine's scheduled check (electron/engine/ip-monitor/timers.ts): the time left to it is
 * real time (the monotonic clock), so a wall clock set back or forward (NTP, an admin) neither
 * stretches nor cuts it; its due time is a wall stamp, shown. On the fake clock: step() moves the
 * wall clock only, as a real step does.
 */
import { describe, expect, it } from 'vitest';

import { CheckTimers } from '../../../../electron/engine/ip-monitor/timers';
import { FakeClock } from '../../../helpers/fake-clock';

const DAY = 86_400_000;

describe('CheckTimers.msLeft', () => {
  it.each([
    ['set back a day', -DAY],
    ['set forward a year', 365 * DAY],
  ])('is the real time left with the wall clock %s', async (_, step) => {
    const clock = new FakeClock();
    const timers = new CheckTimers(clock);
    let ran = 0;
    timers.schedule(300_000, () => ran++);
    await clock.advance(100_000);
    clock.step(step);
    expect(timers.msLeft()).toBe(200_000);
    await clock.advance(199_999);
    expect(timers.msLeft()).toBe(1);
    expect(ran).toBe(0);
    await clock.advance(1);
    expect(ran).toBe(1);
    expect(timers.msLeft()).toBeNull();
  });

  it('is null once cleared, and a new plan replaces the old', async () => {
    const clock = new FakeClock();
    const timers = new CheckTimers(clock);
    timers.schedule(300_000, () => undefined);
    timers.schedule(60_000, () => undefined);
    expect(timers.msLeft()).toBe(60_000);
    expect(timers.nextAt).toBe(clock.now() + 60_000);
    timers.clear();
    expect(timers.msLeft()).toBeNull();
    expect(timers.nextAt).toBeNull();
  });
});
