/**
 * A step of the wall clock while monitoring, online and offline, on the real engine, history store
 * and clock watch (runtime/clock-step.ts) over the local world of sources: the figures stay the
 * sums of what really ran (the FakeClock's monotonic time), the step is an event of its own.
 * jump() moves only the wall clock, as NTP or an admin does; advance() moves both.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createLogger } from '../../../../electron/engine/logger';
import { type ClockWatch, watchClockSteps } from '../../../../electron/engine/runtime/clock-step';
import { type HistoryStore, openHistoryStore } from '../../../../electron/engine/store';
import { type EngineHarness, startEngineHarness } from '../../../helpers/engine';
import { FakeClock } from '../../../helpers/fake-clock';
import { startWorld, type World } from '../../../helpers/world';

const T = Date.UTC(2026, 0, 1);
const MIN = 60_000;
const DAY = 86_400_000;
const YEAR = 365 * DAY;
/** The bound: every figure within 30 s of the time that really passed. */
const SLACK = 30_000;

let world: World;
let h: EngineHarness;
let store: HistoryStore;
let watch: ClockWatch;
let clock: FakeClock;

beforeEach(async () => {
  world = await startWorld();
  clock = new FakeClock(T);
  const logger = createLogger('test', { level: 'error', sink: () => undefined });
  store = await openHistoryStore({ dataDir: ':memory:', clock, logger });
  h = await startEngineHarness(world.settings(), { store, clock });
  watch = watchClockSteps({ clock, logger, store, engine: h.engine });
  watch.start();
});
afterEach(async () => {
  watch.stop();
  await h.close();
  await store.close();
  await world.close();
});

function noAddress(on: boolean): void {
  for (const fw of [world.v4, world.v6]) {
    for (const s of fw.http) s.setFault(on ? 'html' : 'none');
    fw.dns.setFault(on ? 'nxdomain' : 'none');
    fw.stun.setFault(on ? 'no-address' : 'none');
  }
}

/** Two minutes watched, the step, two more minutes: returns the monotonic time it all took. */
async function aroundStep(stepMs: number): Promise<number> {
  const start = clock.monotonic();
  await h.engine.start();
  await clock.advance(2 * MIN);
  clock.jump(stepMs);
  // The check's start looks at the clocks first: nothing it stamps falls on the wrong side.
  await h.engine.checkNow('manual');
  await clock.advance(2 * MIN);
  await h.engine.checkNow('manual');
  return clock.monotonic() - start;
}

function expectFigures(real: { monitoredMs: number; offlineMs: number }): void {
  const stats = store.stats({ days: 30 }).uptime;
  expect(Math.abs(stats.monitoredMs - real.monitoredMs), `stats monitoredMs ${stats.monitoredMs}`).toBeLessThan(SLACK);
  expect(Math.abs(stats.offlineMs - real.offlineMs), `stats offlineMs ${stats.offlineMs}`).toBeLessThan(SLACK);
  for (const w of store.insight().uptime) {
    expect(Math.abs(w.monitoredMs - real.monitoredMs), `${w.label} monitoredMs ${w.monitoredMs}`).toBeLessThan(SLACK);
    expect(Math.abs(w.offlineMs - real.offlineMs), `${w.label} offlineMs ${w.offlineMs}`).toBeLessThan(SLACK);
  }
}

describe.each([
  ['forward a year', YEAR],
  ['back a day', -DAY],
])('the wall clock steps %s', (_name, stepMs) => {
  it('while online: monitored time is what ran, none offline, and Activity lists the step', async () => {
    const real = await aroundStep(stepMs);
    expect(real).toBeGreaterThanOrEqual(4 * MIN);
    expectFigures({ monitoredMs: real, offlineMs: 0 });
    const steps = store.recentEvents(100).filter((e) => e.type === 'clockStep');
    expect(steps).toEqual([{ type: 'clockStep', at: T + 2 * MIN + stepMs, stepMs }]);
    // And live, as it happens: the stream (Activity, the runner's --json) carries the same event.
    expect(h.of('clockStep')).toEqual(steps);
  });

  it('during an outage: offline and monitored time are what ran, and "back online" says so', async () => {
    noAddress(true);
    const real = await aroundStep(stepMs);
    expect(h.engine.getStatus().online).toBe(false);
    const before = clock.monotonic();
    noAddress(false);
    const online = h.next('online', 15_000);
    await h.engine.checkNow('manual');
    const back = await online;
    expect(Math.abs(back.offlineMs - real)).toBeLessThan(SLACK);
    // Activity reads the outage as one: offline, the step, then back online after the whole of it.
    const outageEvents = store.recentEvents(100).filter((e) => e.type !== 'check' && e.type !== 'change');
    expect(outageEvents.map((e) => e.type)).toEqual(['online', 'clockStep', 'offline']);
    const end = outageEvents[0]!;
    expect(end.type === 'online' && Math.abs(end.offlineMs - real)).toBeLessThan(SLACK);
    expectFigures({ monitoredMs: real + (clock.monotonic() - before), offlineMs: real });
    // The outage is cut at the step: the part before ends where the clock would have read without it.
    // (Listed by their stamps: which reads first after a step back is the history's order, not this test's.)
    const outages = store.insight().outages.items;
    expect(outages.map((o) => [o.start, o.end === null ? null : o.end - o.start]).sort()).toEqual(
      [
        [T, 2 * MIN],
        [T + 2 * MIN + stepMs, outages.find((o) => o.start !== T)!.durationMs],
      ].sort(),
    );
  });
});
