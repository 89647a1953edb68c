/**
 * No source set up: no request is sent, so nothing is known of the network. The time is not
 * monitored (no first check, no uptime figure), never offline: no outage, no "offline" event,
 * and health does not blame the network ("No internet", "sign in to its portal").
 */
import { afterEach, describe, expect, it } from 'vitest';

import { createLogger } from '../../../../electron/engine/logger';
import { type HistoryStore, openHistoryStore } from '../../../../electron/engine/store';
import { healthOf } from '../../../../shared/health';
import { type EngineHarness, startEngineHarness } from '../../../helpers/engine';
import { FakeClock } from '../../../helpers/fake-clock';
import { startWorld, type World } from '../../../helpers/world';

let world: World;
let h: EngineHarness;
let store: HistoryStore;

afterEach(async () => {
  await h?.close();
  await store?.close();
  await world?.close();
});

describe('no source set up', () => {
  it('is not monitored and never counted offline', async () => {
    world = await startWorld();
    const clock = new FakeClock();
    store = await openHistoryStore({
      dataDir: ':memory:',
      clock,
      logger: createLogger('test', { level: 'error', sink: () => undefined }),
    });
    const settings = { ...world.settings(), sources: { builtIn: false, custom: [] } };
    h = await startEngineHarness(settings, { store, clock });
    await h.engine.start();
    await h.waitFor(() => h.of('check').length >= 2);
    await clock.advance(3_600_000);
    await h.waitFor(() => h.of('check').length >= 4);

    expect(world.requests()).toBe(0);
    expect(h.of('offline')).toEqual([]);
    const status = h.engine.getStatus();
    expect(status.online).toBeNull();
    expect(healthOf(status)).toMatchObject({ state: 'degraded', label: 'No source' });
    expect(healthOf(status).detail).not.toMatch(/portal|Wi-Fi/);
    const insight = store.insight();
    expect(insight.firstCheckAt).toBeNull();
    expect(insight.outages.total).toBe(0);
    expect(insight.uptime.map((u) => [u.monitoredMs, u.offlineMs, u.percent])).toEqual([
      [0, 0, null],
      [0, 0, null],
      [0, 0, null],
    ]);
    expect(store.stats({ days: 1 }).uptime).toMatchObject({ monitoredMs: 0, offlineMs: 0, percent: null });
  });
});
