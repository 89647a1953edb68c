/**
 * Stopping the monitor while a check waits on a source: the check has no verdict. It must
 * not become an outage, an `offline` event or an "unavailable" result in the history.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createLogger } from '../../../../electron/engine/logger';
import { type HistoryStore, openHistoryStore } from '../../../../electron/engine/store';
import { type EngineHarness, startEngineHarness } from '../../../helpers/engine';
import { FakeClock } from '../../../helpers/fake-clock';
import { until } from '../../../helpers/until';
import { startWorld, type World } from '../../../helpers/world';

let world: World;
let h: EngineHarness | undefined;
let store: HistoryStore;

beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await h?.close();
  h = undefined;
  await store.close();
  await world.close();
});

/** One IPv4 HTTP source that accepts the request and never answers; timeouts far away. */
const hangingSettings = () => {
  world.v4.http[0]!.setFault('timeout');
  return {
    ...world.settings({ monitor: { ipv6: false, timeoutMs: 60_000 } }),
    sources: { builtIn: false, custom: world.sources.filter((s) => s.id === 'http0-v4') },
  };
};

async function harness(clock = new FakeClock()) {
  const logger = createLogger('test', { level: 'error', sink: () => undefined });
  store = await openHistoryStore({ dataDir: ':memory:', clock, logger });
  h = await startEngineHarness(hangingSettings(), { store, clock });
  return h;
}

describe('stopping during a check', () => {
  it('gives the aborted check no verdict: no offline event, no outage, no check result', async () => {
    const { engine, events } = await harness();
    const started = engine.start();
    await until(() => world.v4.http[0]!.requests === 1, { what: 'the first source asked' });
    await engine.stop();
    await started;
    expect(events.filter((e) => e.type === 'offline' || e.type === 'check')).toEqual([]);
    expect(store.currentState().outage).toBeNull();
    const status = engine.getStatus();
    expect(status.online).toBeNull();
    expect(status.families.v4.lastCheck).toBeNull();
    // The cancelled request is not held against the source either.
    expect(status.sources.find((s) => s.id === 'http0-v4')).toMatchObject({ failures: 0, consecutiveFailures: 0 });
    expect(store.stats().sources).toEqual([]);
  });

  it('keeps the previous check result when a later check is aborted', async () => {
    const { engine, events, clock } = await harness();
    world.v4.http[0]!.setFault('none');
    await engine.start();
    const before = engine.getStatus().families.v4.lastCheck;
    expect(before?.result).toBe('confirmed');
    world.v4.http[0]!.setFault('timeout');
    world.resetCounts();
    await clock.advance(60_000);
    await until(() => world.v4.http[0]!.requests === 1, { what: 'the interval check asking the source' });
    await engine.stop();
    expect(events.filter((e) => e.type === 'offline')).toEqual([]);
    expect(events.filter((e) => e.type === 'check')).toHaveLength(1);
    expect(engine.getStatus().families.v4.lastCheck).toEqual(before);
    expect(engine.getStatus().online).toBe(true);
    expect(store.currentState().outage).toBeNull();
  });
});
