/**
 * The room most notify tests run in: the local HTTP stand-in for every notification service, a real
 * history store in memory, a logger that keeps its records, and the notifier under test. The
 * stand-in, the store and the logger are opened before each test; the notifier when the test
 * starts it with its settings. After each test the notifier stops first, so nothing is left
 * sending into a closed store or a closed stand-in, then the store and the stand-in close.
 * Call `notifierRoom` at a test file's top level: it registers both hooks.
 *
 * @example
 *   const room = notifierRoom(() => new FakeClock(Date.UTC(2026, 10, 23)));
 *   it('...', async () => {
 *     const notifier = await room.start(notifySettings([{ id: 'a', type: 'slack', url: `${room.fake.url}/a` }]));
 *     await notifier.handle(change('203.0.113.7', '198.51.100.20', room.clock.now()));
 *     await room.fake.waitFor((r) => r.length >= 1);
 *     expect(room.textsTo('/a')[0]).toBe('Public IPv4 address changed: IPv4 203.0.113.7 → 198.51.100.20');
 *   });
 */
import { afterEach, beforeEach } from 'vitest';

import { systemClock, type Clock } from '../../electron/engine/clock';
import type { LogRecord, Logger } from '../../electron/engine/logger';
import { createNotifier, type Notifier } from '../../electron/engine/notify';
import type { NotifierDeps } from '../../electron/engine/notify/types';
import type { HistoryStore } from '../../electron/engine/store';
import type { NotificationSettings } from '../../shared/settings/notify';
import { captureLogger, jitter, memoryStore } from '../electron/engine/notify/helpers';
import { startNotifyFake, type NotifyFake } from '../fakes/notify-http';

export interface NotifierRoom<C extends Clock> {
  /** This test's HTTP stand-in. */
  readonly fake: NotifyFake;
  readonly clock: C;
  /** The history store (an in-memory database) the notifier's outbox lives in. */
  readonly store: HistoryStore;
  /** What the store and the notifier log (warnings and above), and the records it kept. */
  readonly logger: Logger;
  readonly records: LogRecord[];
  /** The notifier `start` made last; throws before the first. */
  readonly notifier: Notifier;
  /**
   * Stops the notifier started before, if any, then builds one on this room's store, clock and
   * logger with the seeded retry jitter, and starts it. `deps` adds to or overrides those.
   */
  start(settings: NotificationSettings, deps?: Partial<NotifierDeps>): Promise<Notifier>;
  /** Stops the notifier started last (before a test closes a stand-in of its own). */
  stop(): Promise<void>;
  /** The `text` of each JSON body sent to a path ending in `path`, in order (Slack's fallback text). */
  textsTo(path: string): string[];
}

interface Open<C extends Clock> {
  fake: NotifyFake;
  clock: C;
  store: HistoryStore;
  logs: ReturnType<typeof captureLogger>;
  notifier: Notifier | null;
}

/** A room on the system clock, or on the clock `makeClock` makes afresh for each test. */
export function notifierRoom(): NotifierRoom<Clock>;
export function notifierRoom<C extends Clock>(makeClock: () => C): NotifierRoom<C>;
export function notifierRoom(makeClock: () => Clock = () => systemClock): NotifierRoom<Clock> {
  let open: Open<Clock> | null = null;
  const now = (): Open<Clock> => {
    if (!open) throw new Error('the notifier room is open only inside a test');
    return open;
  };

  beforeEach(async () => {
    const fake = await startNotifyFake();
    const clock = makeClock();
    const logs = captureLogger();
    open = { fake, clock, logs, store: await memoryStore(clock, logs.logger), notifier: null };
  });
  afterEach(async () => {
    const room = open;
    open = null;
    await room?.notifier?.stop();
    await room?.store.close();
    await room?.fake.close();
  });

  const stop = async () => {
    const room = now();
    await room.notifier?.stop();
    room.notifier = null;
  };

  return {
    get fake() {
      return now().fake;
    },
    get clock() {
      return now().clock;
    },
    get store() {
      return now().store;
    },
    get logger() {
      return now().logs.logger;
    },
    get records() {
      return now().logs.records;
    },
    get notifier() {
      const { notifier } = now();
      if (!notifier) throw new Error('no notifier started in this test yet');
      return notifier;
    },
    async start(settings, deps = {}) {
      await stop();
      const room = now();
      const notifier = createNotifier({
        random: jitter,
        store: room.store,
        clock: room.clock,
        logger: room.logs.logger,
        settings,
        ...deps,
      });
      room.notifier = notifier;
      await notifier.start();
      return notifier;
    },
    stop,
    textsTo: (path) =>
      now()
        .fake.requests.filter((r) => r.path.endsWith(path))
        .map((r) => (JSON.parse(r.body) as { text: string }).text),
  };
}
