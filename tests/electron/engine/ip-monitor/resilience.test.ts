/**
 * A failure in one part never stops monitoring: the real history store is made to throw
 * (wrapped at the edge, as a full or broken disk would), and the engine keeps its schedule,
 * shows the failure in its status, and writes history again once the store recovers.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createLogger } from '../../../../electron/engine/logger';
import { createRuntime } from '../../../../electron/engine/runtime';
import { type HistoryStore, openHistoryStore } from '../../../../electron/engine/store';
import type { CheckEvent } from '../../../../shared/types';
import { startNotifyFake } from '../../../fakes/notify-http';
import { type EngineHarness, settingsFrom, startEngineHarness } from '../../../helpers/engine';
import { FakeClock } from '../../../helpers/fake-clock';
import { startWorld, type World } from '../../../helpers/world';

const A4 = '81.2.69.142';
const INTERVAL = 60_000;
let world: World;
let h: EngineHarness | undefined;
let store: HistoryStore;
const unhandled: unknown[] = [];
const onUnhandled = (err: unknown) => unhandled.push(err);

beforeEach(async () => {
  world = await startWorld(A4);
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
});
afterEach(async () => {
  process.off('unhandledRejection', onUnhandled);
  await h?.close();
  h = undefined;
  await store.close();
  await world.close();
});

// Long enough that a loaded machine still gets its answers: every check here must succeed.
const settings = () => world.httpOnlyV4({ timeoutMs: 3000 });

/** The real store, whose `method` throws for the next `times` calls once armed. */
async function failingStore(clock: FakeClock, method: 'recordCheck' | 'recordChange' | 'enqueue') {
  store = await openHistoryStore({
    dataDir: ':memory:',
    clock,
    logger: createLogger('test', { level: 'error', sink: () => undefined }),
  });
  const real = store[method].bind(store) as (arg: never) => void;
  const fault = { left: 0, calls: 0 };
  store[method] = ((arg: never) => {
    fault.calls += 1;
    if (fault.left > 0) {
      fault.left -= 1;
      throw new Error('disk is full');
    }
    real(arg);
  }) as never;
  return fault;
}

const checks = (): CheckEvent[] => (h ? h.of('check') : []);

async function nextInterval(): Promise<void> {
  const before = checks().length;
  await h!.clock.advance(INTERVAL);
  await h!.waitFor(() => checks().length > before);
}

describe('a failing store write', () => {
  it('keeps the interval checks going, shows lastError with its time, and writes again after recovery', async () => {
    const clock = new FakeClock();
    const fault = await failingStore(clock, 'recordCheck');
    h = await startEngineHarness(settings(), { store, clock });
    await h.engine.start();
    expect(store.current(4)?.ip).toBe(A4);
    fault.left = 4;
    for (let i = 0; i < 4; i++) {
      await nextInterval();
      expect(h.engine.getStatus().lastError).toEqual({
        message: 'disk is full',
        at: clock.now(),
        where: 'store: check',
      });
    }
    const stale = store.current(4)!.lastSeen;
    expect(stale).toBeLessThan(clock.now() - 3 * INTERVAL);
    // Recovered: the next checks clear the error and extend the history again.
    for (let i = 0; i < 6; i++) await nextInterval();
    expect(checks()).toHaveLength(11);
    expect(checks().every((c) => c.result === 'unchanged' || c.result === 'confirmed')).toBe(true);
    expect(h.engine.getStatus().lastError).toBeNull();
    expect(store.current(4)!.lastSeen).toBe(checks().at(-1)!.at);
    expect(fault.calls).toBe(11);
    expect(h.logs.filter((l) => l.level === 'error' && /store: check failed/.test(l.message))).toHaveLength(4);
    expect(unhandled).toEqual([]);
  });

  it('does not declare a change the history cannot keep, and declares it once the store takes it', async () => {
    const clock = new FakeClock();
    const fault = await failingStore(clock, 'recordChange');
    fault.left = 1;
    h = await startEngineHarness(settings(), { store, clock });
    const first = await h.engine.start();
    expect(first.families.v4).toMatchObject({ ip: null, lastCheck: { result: 'uncertain' } });
    expect(h.of('change')).toEqual([]);
    expect(h.engine.getStatus().lastError).toMatchObject({ where: 'store: change', message: 'disk is full' });
    // An uncertain check is retried sooner than the interval (5 s backoff).
    const before = checks().length;
    await clock.advance(5_000);
    await h.waitFor(() => checks().length > before);
    expect(checks().at(-1)?.trigger).toBe('retry');
    expect(h.of('change')).toHaveLength(1);
    expect(store.current(4)?.ip).toBe(A4);
    expect(h.engine.getStatus()).toMatchObject({ lastError: null, families: { v4: { ip: A4 } } });
    expect(unhandled).toEqual([]);
  });

  it('a throwing event listener is reported, and checks go on', async () => {
    const clock = new FakeClock();
    await failingStore(clock, 'recordCheck');
    h = await startEngineHarness(settings(), { store, clock });
    let boom = true;
    h.engine.on(() => {
      if (boom) throw new Error('listener broke');
    });
    await h.engine.start();
    expect(h.engine.getStatus().lastError).toMatchObject({ where: 'event listener', message: 'listener broke' });
    boom = false;
    for (let i = 0; i < 3; i++) await nextInterval();
    expect(h.engine.getStatus().lastError).toBeNull();
    expect(unhandled).toEqual([]);
  });

  it('a failing notifier step (its outbox write) shows in the status too', async () => {
    const clock = new FakeClock();
    const fault = await failingStore(clock, 'enqueue');
    fault.left = 1;
    const fake = await startNotifyFake();
    const runtime = createRuntime({
      settings: settingsFrom({
        ...settings(),
        notifications: { startup: true, channels: [{ id: 'hook', type: 'webhook', url: fake.url }] },
      }),
      store,
      clock,
      logger: createLogger('test', { level: 'error', sink: () => undefined }),
      version: 'test',
    });
    try {
      await runtime.start();
      expect(fault.calls).toBe(1);
      expect(runtime.status().lastError).toMatchObject({ where: 'notifier', message: 'disk is full' });
    } finally {
      await runtime.close();
      await fake.close();
    }
    expect(unhandled).toEqual([]);
  });
});
