/**
 * The monitor's own downtime is not a network outage: after a stop or a crash while
 * offline, a restart that finds the network up announces nothing, and the outage in the
 * history ends when the monitor stopped watching (real store, on disk).
 */
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createLogger } from '../../../../electron/engine/logger';
import { createRuntime } from '../../../../electron/engine/runtime';
import { HISTORY_FILE, type HistoryStore, openHistoryStore } from '../../../../electron/engine/store';
import { startNotifyFake } from '../../../fakes/notify-http';
import { type EngineHarness, settingsFrom, startEngineHarness } from '../../../helpers/engine';
import { FakeClock } from '../../../helpers/fake-clock';
import { until } from '../../../helpers/until';
import { startWorld, type World } from '../../../helpers/world';

const HOUR = 3_600_000;
let world: World;
let dir: string;
const cleanup: (() => Promise<void>)[] = [];

beforeEach(async () => {
  world = await startWorld();
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-restart-'));
});
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
  await world.close();
  await rm(dir, { recursive: true, force: true });
});

// Long enough that a loaded machine still gets its answers while the network is up.
const settings = () => world.httpOnlyV4({ timeoutMs: 1000 });
const setDown = (down: boolean) => {
  for (const s of world.v4.http) s.setFault(down ? 'timeout' : 'none');
};

async function open(dataDir: string, clock: FakeClock): Promise<HistoryStore> {
  const logger = createLogger('test', { level: 'error', sink: () => undefined });
  const store = await openHistoryStore({ dataDir, clock, logger });
  cleanup.push(() => store.close());
  return store;
}

async function harness(store: HistoryStore, clock: FakeClock): Promise<EngineHarness> {
  const h = await startEngineHarness(settings(), { store, clock });
  cleanup.push(() => h.close());
  return h;
}

/** Starts online, then goes offline at the next interval; resolves with the offline time. */
async function goOffline(h: EngineHarness): Promise<number> {
  expect((await h.engine.start()).online).toBe(true);
  setDown(true);
  const offline = h.next('offline', 30_000);
  await h.clock.advance(60_000);
  return (await offline).at;
}

describe('restart while offline', () => {
  it('stop, two hours, start online: no online event, the outage ends at the stop', async () => {
    const clock = new FakeClock();
    const store = await open(dir, clock);
    const h = await harness(store, clock);
    const startedAt = clock.now();
    const offAt = await goOffline(h);
    await clock.advance(30_000);
    await h.engine.stop();
    const stoppedAt = clock.now();
    await clock.advance(2 * HOUR);
    setDown(false);
    const restartedAt = clock.now();
    await h.engine.start();
    expect(h.of('online')).toEqual([]);
    expect(h.engine.getStatus()).toMatchObject({ online: true, offlineSince: null });
    expect(store.currentState().outage).toBeNull();
    const up = store.stats({ from: offAt - HOUR, to: clock.now() }).uptime;
    expect(up.offlineMs).toBe(stoppedAt - offAt);
    expect(up.monitoredMs).toBe(stoppedAt - startedAt + (clock.now() - restartedAt));
  });

  it('crash, later start online from the file: no online event, the outage ends at the last sign of life', async () => {
    const clock = new FakeClock();
    const store = await open(dir, clock);
    const h = await harness(store, clock);
    const offAt = await goOffline(h);
    // Retries while offline keep the session alive; a save puts that on disk, then the process dies.
    const before = h.of('check').length;
    await clock.advance(5_000);
    await h.waitFor((ev) => ev.filter((e) => e.type === 'check').length > before);
    await store.flush();
    const aliveAt = clock.now();
    const crashed = path.join(dir, 'crashed');
    await mkdir(crashed);
    await copyFile(path.join(dir, HISTORY_FILE), path.join(crashed, HISTORY_FILE));
    await h.close(); // only to free its sockets and timers: the copy above is what survives

    await clock.advance(3 * HOUR);
    setDown(false);
    const store2 = await open(crashed, clock);
    const h2 = await harness(store2, clock);
    await h2.engine.start();
    expect(h2.of('online')).toEqual([]);
    expect(h2.engine.getStatus().online).toBe(true);
    expect(store2.currentState().outage).toBeNull();
    const up = store2.stats({ from: offAt - HOUR, to: clock.now() }).uptime;
    expect(up.offlineMs).toBeGreaterThan(0);
    expect(up.offlineMs).toBeLessThanOrEqual(aliveAt - offAt);
  });

  it('through the notifier: no "back online" notice for the time the app was stopped', async () => {
    const fake = await startNotifyFake();
    cleanup.push(() => fake.close());
    const clock = new FakeClock();
    const logger = createLogger('test', { level: 'error', sink: () => undefined });
    const runtimeOn = async () => {
      const store = await openHistoryStore({ dataDir: dir, clock, logger });
      const runtime = createRuntime({
        settings: settingsFrom({
          ...settings(),
          notifications: { offlineAfterSec: 0, channels: [{ id: 'hook', type: 'webhook', url: fake.url }] },
        }),
        store,
        clock,
        logger,
        version: 'test',
      });
      return { store, runtime };
    };
    const queued = (store: HistoryStore) => {
      const c = store.counts('hook');
      return c.pending + c.sent + c.expired;
    };
    const first = await runtimeOn();
    const offline = new Promise<void>((r) => first.runtime.engine.on((e) => e.type === 'offline' && r()));
    expect((await first.runtime.start()).online).toBe(true);
    setDown(true);
    await clock.advance(60_000);
    await offline;
    await until(() => queued(first.store) === 1, { what: 'the offline notice in the outbox' });
    const before = queued(first.store);
    await first.runtime.close();

    await clock.advance(2 * HOUR);
    setDown(false);
    const second = await runtimeOn();
    cleanup.push(() => second.runtime.close());
    const online: unknown[] = [];
    second.runtime.engine.on((e) => e.type === 'online' && online.push(e));
    // start() resolves once the notices of the first check are in the outbox.
    expect((await second.runtime.start()).online).toBe(true);
    expect(online).toEqual([]);
    expect(queued(second.store)).toBe(before);
  });
});
