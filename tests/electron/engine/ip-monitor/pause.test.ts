/**
 * Pausing monitoring: no scheduled check runs until resume, the pause shows in the status and
 * as an event, the session ends (uptime counts monitored time only), and resume checks at once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { type EngineHarness, startEngineHarness } from '../../../helpers/engine';
import { startWorld, type World } from '../../../helpers/world';

let world: World;
let h: EngineHarness;

beforeEach(async () => {
  world = await startWorld();
  h = await startEngineHarness(world.httpOnlyV4({ intervalSec: 60 }));
});
afterEach(async () => {
  await h.close();
  await world.close();
});

const checks = () => h.of('check').length;

describe('pause and resume', () => {
  it('stops scheduled checks until resumed, and says so in the status and events', async () => {
    await h.engine.start();
    const before = checks();
    expect(before).toBeGreaterThan(0);

    await h.engine.pause();
    const status = h.engine.getStatus();
    expect(status.pausedSince).toBe(h.clock.now());
    expect(status.running).toBe(false);
    expect(h.of('monitoring')).toEqual([{ type: 'monitoring', at: h.clock.now(), paused: true }]);

    // Ten intervals pass: no timer is left to start a check.
    await h.clock.advance(600_000);
    expect(checks()).toBe(before);
    expect(h.clock.pending).toBe(0);

    // Pausing twice is a no-op; one event only.
    await h.engine.pause();
    expect(h.of('monitoring')).toHaveLength(1);

    const report = await h.engine.resume();
    expect(report.trigger).toBe('start');
    expect(checks()).toBeGreaterThan(before);
    expect(h.engine.getStatus()).toMatchObject({ pausedSince: null, running: true });
    expect(h.of('monitoring').map((e) => e.paused)).toEqual([true, false]);

    // Scheduled checks are back.
    const resumed = checks();
    await h.clock.advance(60_000);
    await h.waitFor(() => checks() > resumed);
  });

  it('a paused monitor still runs a check the user asks for, without rescheduling', async () => {
    await h.engine.start();
    await h.engine.pause();
    const before = checks();
    await h.engine.checkNow('manual');
    expect(checks()).toBe(before + 1);
    expect(h.engine.getStatus().pausedSince).not.toBeNull();
    await h.clock.advance(600_000);
    expect(checks()).toBe(before + 1);
  });

  it('pause before start does nothing; resume without a pause is a check', async () => {
    await h.engine.pause();
    expect(h.engine.getStatus().pausedSince).toBeNull();
    await h.engine.start();
    const before = checks();
    await h.engine.resume();
    expect(checks()).toBe(before + 1);
    expect(h.of('monitoring')).toHaveLength(0);
  });
});
