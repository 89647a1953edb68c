/**
 * Wake events from the system (electron/shell/power.ts) on the real engine: Electron's
 * powerMonitor (the one electron mock, an EventEmitter) says 'resume' or 'unlock-screen', and
 * the engine checks at once, once per wake, whether the system or its own clock watch
 * (ip-monitor/triggers.ts) tells it first.
 */
import { powerMonitor } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { WAKE_COALESCE_MS } from '../../../electron/engine/ip-monitor/triggers';
import { createLogger } from '../../../electron/engine/logger';
import { setupPower } from '../../../electron/shell/power';
import { type EngineHarness, startEngineHarness } from '../../helpers/engine';
import { startWorld, type World } from '../../helpers/world';

let world: World;
let h: EngineHarness;
let dispose: (() => void) | null = null;

beforeEach(async () => {
  world = await startWorld('81.2.69.142', '2a02:1:2:3::5');
  h = await startEngineHarness(world.settings());
  await h.engine.start();
  await h.waitFor((e) => e.filter((x) => x.type === 'check').length === 2);
  dispose = setupPower({
    powerMonitor,
    onWake: (what) => h.engine.systemWake(what),
    logger: createLogger('test', { level: 'error', sink: () => undefined }),
  });
});
afterEach(async () => {
  dispose?.();
  await h.close();
  await world.close();
});

const wakes = () => h.logs.filter((l) => l.message === 'system woke: checking').length;
const clockJumps = () => h.logs.filter((l) => l.message === 'wall clock jumped: resumed from sleep?').length;
const resumeChecks = () => h.of('check').filter((c) => c.trigger === 'resume').length;

describe('powerMonitor wake events', () => {
  it("'resume' checks both families at once", async () => {
    h.clock.jump(3_600_000);
    powerMonitor.emit('resume');
    expect(wakes()).toBe(1);
    await h.waitFor(() => resumeChecks() === 2);
  });

  it('the unlock that follows the resume is the same wake; one later than that is a new one', async () => {
    powerMonitor.emit('resume');
    await h.clock.advance(5_000);
    powerMonitor.emit('unlock-screen');
    expect(wakes()).toBe(1);
    await h.clock.advance(WAKE_COALESCE_MS);
    powerMonitor.emit('unlock-screen');
    expect(wakes()).toBe(2);
  });

  it('after the system said it woke, the clock watch does not report the same sleep', async () => {
    h.clock.jump(3_600_000);
    powerMonitor.emit('resume');
    await h.clock.advance(2_000);
    expect(clockJumps()).toBe(0);
    await h.waitFor(() => resumeChecks() === 2);
  });

  it('when the clock watch saw the sleep first, the system saying so is no second check', async () => {
    h.clock.jump(3_600_000);
    await h.clock.advance(0);
    expect(clockJumps()).toBe(1);
    powerMonitor.emit('resume');
    expect(wakes()).toBe(0);
    await h.waitFor(() => resumeChecks() === 2);
  });

  it('paused or stopped, a wake checks nothing; once disposed, nothing listens', async () => {
    await h.engine.pause();
    powerMonitor.emit('resume');
    expect(wakes()).toBe(0);
    await h.engine.resume();
    dispose!();
    dispose = null;
    expect(powerMonitor.listenerCount('resume') + powerMonitor.listenerCount('unlock-screen')).toBe(0);
  });
});
