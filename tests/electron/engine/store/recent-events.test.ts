/**
 * The recent events the history keeps (Activity opens with them), through the real store on
 * disk: each family's checks, the changes (the first sighting with no address before it), the
 * outages' starts and ends, newest first, at most `limit`, and the same after a restart.
 */
import { describe, expect, it } from 'vitest';

import { openHistoryStore } from '../../../../electron/engine/store';
import { change, MIN, openTest, testLogger } from './helpers';

describe('recent events', () => {
  it('keeps checks, changes and outages, newest first, across a restart', async () => {
    const { store, clock, dataDir } = await openTest();
    const t0 = clock.now();
    store.startSession(t0);
    store.recordCheck({ family: 4, ip: '203.0.113.7', at: t0, trigger: 'start', sources: ['a'], result: 'confirmed' });
    store.recordChange({ ...change(4, null, '203.0.113.7', t0), trigger: 'start' });
    store.recordOutage({ start: t0 + 2 * MIN, end: null, cause: 'no route to host' });
    store.recordCheck({
      family: 6,
      ip: null,
      at: t0 + 2 * MIN,
      trigger: 'interval',
      sources: [],
      result: 'unavailable',
    });
    store.recordOutage({ start: t0 + 2 * MIN, end: t0 + 5 * MIN, cause: 'no route to host' });
    store.recordChange({ ...change(4, '203.0.113.7', '198.51.100.1', t0 + 5 * MIN), trigger: 'manual' });
    store.recordCheck({
      family: 4,
      ip: '198.51.100.1',
      at: t0 + 5 * MIN,
      trigger: 'manual',
      sources: ['a', 'b'],
      result: 'changed',
    });
    const want = [
      { type: 'change', at: t0 + 5 * MIN, family: 4, from: '203.0.113.7', to: '198.51.100.1', trigger: 'manual' },
      { type: 'online', at: t0 + 5 * MIN, offlineMs: 3 * MIN },
      { type: 'check', at: t0 + 5 * MIN, family: 4, result: 'changed' },
      { type: 'offline', at: t0 + 2 * MIN, cause: 'no route to host' },
      { type: 'check', at: t0 + 2 * MIN, family: 6, result: 'unavailable' },
      { type: 'change', at: t0, family: 4, from: null, to: '203.0.113.7', trigger: 'start' },
      { type: 'check', at: t0, family: 4, result: 'confirmed' },
    ];
    expect(store.recentEvents(100)).toEqual(want);
    expect(store.recentEvents(2)).toEqual(want.slice(0, 2));
    await store.close();

    const again = await openHistoryStore({ logger: testLogger().logger, clock, dataDir });
    expect(again.recentEvents(100)).toEqual(want);
    await again.close();
  });

  it('says an outage still going on by its start only', async () => {
    const { store, clock } = await openTest();
    store.startSession(clock.now());
    store.recordOutage({ start: clock.now(), end: null, cause: 'no route to host' });
    expect(store.recentEvents(10)).toEqual([{ type: 'offline', at: clock.now(), cause: 'no route to host' }]);
    await store.close();
  });
});
