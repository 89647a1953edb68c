/**
 * Outbox housekeeping through the real notifier and the real store: notices of a channel
 * removed from the settings are marked and shown, never left pending and unseen; sent and
 * expired notices go after `outboxKeepDays`, pending ones never.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Logger } from '../../../../electron/engine/logger';
import { createNotifier, type Notifier } from '../../../../electron/engine/notify';
import type { HistoryStore } from '../../../../electron/engine/store';
import type { NotificationSettingsInput } from '../../../../shared/settings/notify';
import { startNotifyFake, type NotifyFake } from '../../../fakes/notify-http';
import { FakeClock } from '../../../helpers/fake-clock';
import { captureLogger, change, jitter, memoryStore, notifySettings } from './helpers';

const DAY = 86_400_000;
let fake: NotifyFake;
let clock: FakeClock;
let store: HistoryStore;
let logger: Logger;
let notifier: Notifier | null = null;

beforeEach(async () => {
  fake = await startNotifyFake();
  clock = new FakeClock(Date.UTC(2026, 10, 23));
  logger = captureLogger().logger;
  store = await memoryStore(clock, logger);
});
afterEach(async () => {
  await notifier?.stop();
  notifier = null;
  await store.close();
  await fake.close();
});

const hook = (id: string) => ({ id, type: 'webhook', url: `${fake.url}/${id}` });
const settings = (ids: string[], over: NotificationSettingsInput = {}) => notifySettings(ids.map(hook), over);

function start(ids: string[], over: NotificationSettingsInput = {}): Promise<void> {
  notifier = createNotifier({
    random: jitter,
    store,
    clock,
    logger,
    settings: settings(ids, over),
  });
  return notifier.start();
}
const statusOf = (id: string) => notifier!.status().find((c) => c.id === id);

describe('a channel removed from the settings', () => {
  it('has its undelivered notices marked expired and shown, on a live settings edit', async () => {
    fake.setFault({ mode: 'status', status: 500 });
    await start(['keep', 'gone']);
    await notifier!.handle(change('203.0.113.1', '198.51.100.2', clock.now()));
    await fake.waitFor((r) => r.some((x) => x.path === '/gone'));
    expect(store.pending('gone')).toHaveLength(1);

    await notifier!.updateSettings(settings(['keep']));

    expect(store.pending('gone')).toHaveLength(0);
    const gone = statusOf('gone');
    expect(gone).toMatchObject({ state: 'removed', pending: 0, expired: 1 });
    expect(gone?.recentExpired[0]?.error).toBe('channel "gone" was removed from the settings');
    // The channel still in the settings keeps its notice and its retries.
    expect(store.pending('keep')).toHaveLength(1);
    expect(statusOf('keep')?.state).not.toBe('removed');
  });

  it('left behind by an earlier run is marked and shown at start', async () => {
    store.enqueue({ channel: 'old', key: 'change@1', payload: '{}', createdAt: clock.now() });
    await start(['keep']);
    expect(store.pending('old')).toHaveLength(0);
    expect(statusOf('old')).toMatchObject({ state: 'removed', type: 'removed', expired: 1 });
  });

  it('with nothing undelivered is not listed', async () => {
    const item = store.enqueue({ channel: 'old', key: 'change@1', payload: '{}', createdAt: clock.now() });
    store.markSent(item.id, clock.now());
    await start(['keep']);
    expect(statusOf('old')).toBeUndefined();
  });
});

describe('pruning finished notices', () => {
  function seed(channel: string, key: string, status: 'sent' | 'expired' | 'pending', doneAt: number) {
    const payload = JSON.stringify({ kind: 'test', key, at: doneAt });
    const item = store.enqueue({ channel, key, payload, createdAt: doneAt });
    if (status === 'sent') store.markSent(item.id, doneAt);
    if (status === 'expired') store.markExpired(item.id, doneAt, 'not delivered');
  }

  it('deletes sent and expired notices older than outboxKeepDays, at start and daily after', async () => {
    const now = clock.now();
    seed('keep', 'a', 'sent', now - 31 * DAY);
    seed('keep', 'b', 'expired', now - 40 * DAY);
    seed('keep', 'c', 'sent', now - 29.5 * DAY);
    seed('keep', 'd', 'expired', now - 2 * DAY);
    await start(['keep'], { outboxKeepDays: 30, maxAgeHours: 24 * 30 });
    expect(store.counts('keep')).toEqual({ pending: 0, sent: 1, expired: 1, rejected: 0 });

    // The daily run a day later takes the next one: c is then 30.5 days old.
    await clock.advance(1.5 * DAY);
    expect(store.counts('keep')).toEqual({ pending: 0, sent: 0, expired: 1, rejected: 0 });
  });

  it('never deletes a pending notice, however old', async () => {
    fake.setFault({ mode: 'status', status: 500 });
    seed('keep', 'old-pending', 'pending', clock.now() - 25 * DAY);
    // maxAge longer than its age: the item is still due for delivery, so it must stay.
    await start(['keep'], { outboxKeepDays: 1, maxAgeHours: 24 * 30 });
    await fake.waitFor((r) => r.length > 0);
    expect(store.pending('keep').map((i) => i.key)).toEqual(['old-pending']);
  });
});
