/**
 * No source set up: no request is sent, so nothing is known of the network. The time is not
 * monitored (no first check, no uptime figure), never offline: no outage, no "offline" event,
 * and health does not blame the network ("No internet", "sign in to its portal"). The same from
 * the moment every source is removed, through the real engine and store: the time after it is
 * "not monitored: no source", neither online nor offline, until a source is back.
 */
import { createServer } from 'node:net';

import { afterEach, describe, expect, it } from 'vitest';

import { createLogger } from '../../../../electron/engine/logger';
import { type HistoryStore, openHistoryStore } from '../../../../electron/engine/store';
import { healthOf } from '../../../../shared/health';
import { english } from '../../../../shared/i18n/translators';
import type { CustomSource } from '../../../../shared/settings/source';
import { type EngineHarness, settingsFrom, startEngineHarness } from '../../../helpers/engine';
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
    expect(healthOf(status, english)).toMatchObject({ state: 'degraded', label: 'No source' });
    expect(healthOf(status, english).detail).not.toMatch(/portal|Wi-Fi/);
    const insight = store.insight();
    // The strip keeps each of those checks as no-source, not as one nothing answered.
    const kept = [...insight.checks.v4, ...insight.checks.v6];
    expect(kept.length).toBeGreaterThanOrEqual(4);
    expect(new Set(kept.map((c) => c.result))).toEqual(new Set(['no-source']));
    expect(insight.firstCheckAt).toBeNull();
    expect(insight.outages.total).toBe(0);
    expect(insight.uptime.map((u) => [u.monitoredMs, u.offlineMs, u.percent])).toEqual([
      [0, 0, null],
      [0, 0, null],
      [0, 0, null],
    ]);
    expect(store.stats({ days: 1 }).uptime).toMatchObject({ monitoredMs: 0, offlineMs: 0, percent: null });
  });

  it('from the moment every source is removed: not monitored and not offline, until one is back', async () => {
    world = await startWorld();
    const clock = new FakeClock();
    store = await openHistoryStore({
      dataDir: ':memory:',
      clock,
      logger: createLogger('test', { level: 'error', sink: () => undefined }),
    });
    const settings = settingsFrom(world.settings());
    const withSources = (custom: CustomSource[]) => ({ ...settings, sources: { ...settings.sources, custom } });
    h = await startEngineHarness(settings, { store, clock });
    await h.engine.start();
    const t0 = clock.now();
    await clock.advance(10 * MIN);

    // The sources stop answering (a port nothing listens on): an outage, while they are asked.
    const port = await deadPort();
    const dead = (family: 4 | 6): CustomSource => ({
      id: `dead-v${family}`,
      kind: 'http',
      url: `http://127.0.0.1:${port}/`,
      format: 'text',
      family,
    });
    const deadAt = clock.now();
    h.engine.updateSettings(withSources([dead(4), dead(6)]));
    await h.next('offline', 20_000);
    await clock.advance(2 * MIN);
    await h.engine.checkNow('manual');

    // Every source removed: the outage ends there, and the hour after it is neither monitored nor offline.
    const removedAt = clock.now();
    const checks = h.of('check').length;
    h.engine.updateSettings(withSources([]));
    await h.waitFor(() => h.of('check').length > checks);
    expect(
      h
        .of('check')
        .slice(checks)
        .every((c) => c.requests === 0),
    ).toBe(true);
    await clock.advance(HOUR);
    await h.engine.checkNow('manual');

    const status = h.engine.getStatus();
    expect(status.online).toBeNull();
    expect(healthOf(status, english)).toMatchObject({ state: 'degraded', label: 'No source' });
    const outage = store.insight().outages.items[0]!;
    expect(outage.start).toBeGreaterThanOrEqual(deadAt);
    expect(outage.end).toBe(removedAt);
    const offlineMs = removedAt - outage.start;
    let day = store.insight().uptime[0]!;
    expect([day.monitoredMs, day.offlineMs]).toEqual([removedAt - t0, offlineMs]);
    expect(store.stats({ days: 1 }).uptime).toMatchObject({ monitoredMs: removedAt - t0, offlineMs });

    // A source back: monitored again from then on, online.
    const backAt = clock.now();
    h.engine.updateSettings(settings);
    await h.waitFor(() => h.engine.getStatus().online === true);
    await clock.advance(10 * MIN);
    day = store.insight().uptime[0]!;
    expect([day.monitoredMs, day.offlineMs]).toEqual([removedAt - t0 + (clock.now() - backAt), offlineMs]);
  });
});

const MIN = 60_000;
const HOUR = 60 * MIN;

/** A loopback port nothing listens on: taken from the system, then let go. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
