/**
 * The room the outbox delivery tests run in: the local HTTP stand-in for a webhook
 * (tests/fakes/notify-http.ts), a fake clock, and the real notifier over the real history store
 * on disk in a fresh folder, so a test can stop and start them as a restart would. Call
 * `outboxRoom` at a test file's top level: it registers the hooks.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach } from 'vitest';

import { createNotifier, type Notifier } from '../../../../electron/engine/notify';
import { openHistoryStore, type HistoryStore } from '../../../../electron/engine/store';
import type { NotificationSettings } from '../../../../shared/settings/notify';
import { startNotifyFake, type NotifyFake } from '../../../fakes/notify-http';
import { FakeClock } from '../../../helpers/fake-clock';
import { quiet } from '../../../helpers/outage-drain';
import { captureLogger, notifySettings } from './helpers';

export interface OutboxRoom {
  readonly fake: NotifyFake;
  readonly clock: FakeClock;
  /** Settings with one webhook `hook` on the stand-in, fast retries (1 s doubling to 8 s) and `over`. */
  settings(over?: Parameters<typeof notifySettings>[1]): NotificationSettings;
  /** Opens the store in the room's folder and starts a notifier on it. */
  boot(s?: NotificationSettings): Promise<{ store: HistoryStore; notifier: Notifier }>;
  /** Stops and closes the newest instance, as a clean shutdown would. */
  shutdown(): Promise<void>;
  /**
   * Fires the fake clock's timers one at a time until `cond` holds, each delivery attempt done
   * (real I/O) before the next: fake time never runs on while a request is in flight.
   */
  drive(notifier: Notifier, cond: () => boolean, timers?: number): Promise<void>;
}

export function outboxRoom(): OutboxRoom {
  let fake: NotifyFake;
  let clock: FakeClock;
  let dir: string;
  const open: { store: HistoryStore; notifier: Notifier }[] = [];

  beforeEach(async () => {
    fake = await startNotifyFake();
    clock = new FakeClock(Date.UTC(2026, 10, 23));
    dir = await mkdtemp(join(tmpdir(), 'ipwatch-notify-'));
  });
  afterEach(async () => {
    for (const o of open.splice(0)) {
      await o.notifier.stop();
      await o.store.close();
    }
    await fake.close();
    await rm(dir, { recursive: true, force: true });
  });

  const settings: OutboxRoom['settings'] = (over = {}) =>
    notifySettings([{ id: 'hook', type: 'webhook', url: `${fake.url}/hook` }], {
      retry: { initialSec: 1, maxSec: 8, failingAfter: 3, timeoutSec: 2 },
      ...over,
    });

  return {
    get fake() {
      return fake;
    },
    get clock() {
      return clock;
    },
    settings,
    async boot(s = settings()) {
      const { logger } = captureLogger();
      const store = await openHistoryStore({ dataDir: dir, clock, logger });
      const notifier = createNotifier({ store, clock, logger, settings: s, random: () => 0 });
      open.push({ store, notifier });
      await notifier.start();
      return { store, notifier };
    },
    async shutdown() {
      const o = open.pop()!;
      await o.notifier.stop();
      await o.store.close();
    },
    async drive(notifier, cond, timers = 400) {
      for (let i = 0; i < timers; i++) {
        await quiet(clock, notifier);
        if (cond()) return;
        const next = clock.dueTimes[0];
        if (next === undefined) break;
        await clock.advance(next - clock.now());
      }
      throw new Error('condition not reached while driving the clock');
    },
  };
}

export const status = (n: Notifier) => n.status()[0]!;
/** The new address a webhook body tells. */
export const to = (body: string) => (JSON.parse(body) as { data: { to: string } }).data.to;
