import { describe, expect, it } from 'vitest';

import { change, DAY, MIN, openTest } from './helpers';

describe('run-length history', () => {
  it('extends the open run on equal checks and opens a new one on a change', async () => {
    const { store, clock } = await openTest({ dataDir: ':memory:' });
    const t0 = clock.now();
    store.recordChange(change(4, null, '203.0.113.7', t0));
    for (let i = 1; i <= 10; i++)
      store.recordCheck({ family: 4, ip: '203.0.113.7', at: t0 + i * MIN, trigger: 'interval', sources: ['ipify'] });
    expect(store.current(4)).toEqual({ family: 4, ip: '203.0.113.7', since: t0, lastSeen: t0 + 10 * MIN });

    store.recordChange(change(4, '203.0.113.7', '198.51.100.9', t0 + DAY));
    const page = store.history({ family: 4 });
    expect(page.total).toBe(2);
    expect(page.items.map((r) => [r.ip, r.checks])).toEqual([
      ['198.51.100.9', 1],
      ['203.0.113.7', 11],
    ]);
    expect(page.items[1]?.sources).toEqual(['ipify', 'icanhazip']);
    expect(page.items[0]?.change).toEqual({
      from: '203.0.113.7',
      trigger: 'interval',
      sources: ['ipify', 'icanhazip'],
    });
    await store.close();
  });

  it('ignores null checks, mismatching checks and a replayed change', async () => {
    const { store, clock } = await openTest({ dataDir: ':memory:' });
    const t0 = clock.now();
    store.recordChange(change(4, null, '203.0.113.7', t0));
    store.recordCheck({ family: 4, ip: '203.0.113.7', at: t0, trigger: 'start', sources: [] }); // the confirming check itself
    store.recordCheck({ family: 4, ip: null, at: t0 + MIN, trigger: 'interval', sources: [] });
    store.recordCheck({ family: 4, ip: '192.0.2.1', at: t0 + 2 * MIN, trigger: 'interval', sources: [] });
    store.recordChange(change(4, null, '203.0.113.7', t0));
    const page = store.history();
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({ ip: '203.0.113.7', checks: 1, lastSeen: t0 });
    await store.close();
  });

  it('starts the history from a first check when no change was recorded', async () => {
    const { store, clock } = await openTest({ dataDir: ':memory:' });
    store.recordCheck({ family: 4, ip: '203.0.113.7', at: clock.now(), trigger: 'start', sources: ['a'] });
    expect(store.current(4)?.ip).toBe('203.0.113.7');
    expect(store.current(6)).toBeNull();
    await store.close();
  });

  it('keys IPv6 runs by /64: a new interface id extends the run and shows as current', async () => {
    const { store, clock } = await openTest({ dataDir: ':memory:' });
    const t0 = clock.now();
    store.recordChange(change(6, null, '2001:4860:1:2::1', t0));
    store.recordCheck({ family: 6, ip: '2001:4860:1:2:aaaa::5', at: t0 + MIN, trigger: 'interval', sources: ['x'] });
    store.recordCheck({ family: 6, ip: '2001:4860:1:3::1', at: t0 + 2 * MIN, trigger: 'interval', sources: ['x'] });
    expect(store.current(6)).toMatchObject({ ip: '2001:4860:1:2:aaaa::5', lastSeen: t0 + MIN });
    const [run] = store.history({ family: 6 }).items;
    expect(run).toMatchObject({ prefix: '2001:4860:1:2::/64', checks: 2 });
    await store.close();
  });

  it('resumes the open run after a restart', async () => {
    const first = await openTest();
    const t0 = first.clock.now();
    first.store.recordChange(change(4, null, '203.0.113.7', t0));
    first.store.recordCheck({ family: 4, ip: '203.0.113.7', at: t0 + MIN, trigger: 'interval', sources: [] });
    await first.store.close();
    const again = await openTest({ dataDir: first.dataDir, clock: first.clock });
    expect(again.store.current(4)).toEqual({ family: 4, ip: '203.0.113.7', since: t0, lastSeen: t0 + MIN });
    again.store.recordCheck({ family: 4, ip: '203.0.113.7', at: t0 + 2 * MIN, trigger: 'interval', sources: [] });
    expect(again.store.history().items[0]?.checks).toBe(3);
    await again.store.close();
  });

  it('records outages, opens and closes them, and reports the current state', async () => {
    const { store, clock } = await openTest({ dataDir: ':memory:' });
    const t0 = clock.now();
    store.recordChange(change(4, null, '203.0.113.7', t0));
    store.recordOutage({ start: t0 + MIN, end: null, cause: 'no source answered' });
    expect(store.currentState().outage).toEqual({ start: t0 + MIN, end: null, cause: 'no source answered' });
    store.recordOutage({ start: t0 + MIN, end: t0 + 5 * MIN, cause: 'no source answered' });
    expect(store.currentState()).toMatchObject({ v4: { ip: '203.0.113.7' }, v6: null, outage: null });
    await store.close();
  });

  it('refuses writes after close', async () => {
    const { store, clock } = await openTest({ dataDir: ':memory:' });
    await store.close();
    expect(() => store.recordChange(change(4, null, '203.0.113.7', clock.now()))).toThrow(/closed/);
  });
});
