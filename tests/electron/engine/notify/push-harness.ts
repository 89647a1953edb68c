/**
 * One channel under test against its stand-in: a real notifier and store on a fake clock, a
 * debug logger behind the redactor (as the runtime wires them), and everything the user could
 * read (logs, status, the outbox's errors) as one text, to look for secrets in.
 */
import { createLogger, type LogRecord } from '../../../../electron/engine/logger';
import { createNotifier, type Notifier } from '../../../../electron/engine/notify';
import { createRedactor } from '../../../../electron/engine/secrets/redact';
import type { HistoryStore } from '../../../../electron/engine/store';
import type { ChannelSettingsInput } from '../../../../shared/settings/notify';
import { FakeClock } from '../../../helpers/fake-clock';
import { change, jitter, memoryStore, notifySettings } from './helpers';

export interface Harness {
  clock: FakeClock;
  store: HistoryStore;
  notifier: Notifier;
  logs: LogRecord[];
  status(): ReturnType<Notifier['status']>[number];
  /** Hands the notifier one address change (a new address each time). */
  notify(): Promise<void>;
  /** Logs, status and stored errors, as one text. */
  readable(): string;
  close(): Promise<void>;
}

/**
 * The product's default first wait (5 s to 6 s), shorter than every service's wait in these tests:
 * a Retry-After only lengthens a wait (net/etiquette.ts), so each wait seen is the service's own.
 */
const RETRY = { initialSec: 5, maxSec: 3600 };

export async function startHarness(channel: ChannelSettingsInput & { id: string }): Promise<Harness> {
  const clock = new FakeClock(Date.UTC(2026, 10, 25, 9));
  const logs: LogRecord[] = [];
  const redactor = createRedactor();
  const logger = createLogger('notify', { level: 'debug', sink: (r) => logs.push(r), redact: redactor });
  const store = await memoryStore(clock, logger);
  const notifier = createNotifier({
    random: jitter,
    store,
    clock,
    logger,
    redactor,
    settings: notifySettings([channel], { retry: RETRY }),
  });
  await notifier.start();
  let n = 0;
  const id = channel.id;
  return {
    clock,
    store,
    notifier,
    logs,
    status: () => notifier.status().find((c) => c.id === id)!,
    notify: () => notifier.handle(change('203.0.113.7', `198.51.100.${++n}`, clock.now())),
    readable: () =>
      [
        JSON.stringify(logs),
        JSON.stringify(notifier.status()),
        JSON.stringify(store.list({ channel: id }).map((i) => i.lastError)),
      ].join('\n'),
    async close() {
      await notifier.stop();
      await store.close();
    },
  };
}
