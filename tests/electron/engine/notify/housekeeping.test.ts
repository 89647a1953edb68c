/**
 * Outbox housekeeping through the real notifier and the real store: notices of a channel
 * removed from the settings are marked and shown, never left pending and unseen; sent and
 * expired notices go after `outboxKeepDays`, pending ones never.
 */
import { describe, expect, it } from 'vitest';

import type { NotificationSettingsInput } from '../../../../shared/settings/notify';
import { FakeClock } from '../../../helpers/fake-clock';
import { notifierRoom } from '../../../helpers/notifier-room';
import { change, notifySettings } from './helpers';

const DAY = 86_400_000;
const room = notifierRoom(() => new FakeClock(Date.UTC(2026, 10, 23)));

const hook = (id: string) => ({ id, type: 'webhook', url: `${room.fake.url}/${id}` });
const settings = (ids: string[], over: NotificationSettingsInput = {}) => notifySettings(ids.map(hook), over);

async function start(ids: string[], over: NotificationSettingsInput = {}): Promise<void> {
  await room.start(settings(ids, over));
}
const statusOf = (id: string) => room.notifier.status().find((c) => c.id === id);

describe('a channel removed from the settings', () => {
  it('has its undelivered notices marked expired and shown, on a live settings edit', async () => {
    room.fake.setFault({ mode: 'status', status: 500 });
    await start(['keep', 'gone']);
    await room.notifier.handle(change('203.0.113.1', '198.51.100.2', room.clock.now()));
    await room.fake.waitFor((r) => r.some((x) => x.path === '/gone'));
    expect(room.store.pending('gone')).toHaveLength(1);

    await room.notifier.updateSettings(settings(['keep']));

    expect(room.store.pending('gone')).toHaveLength(0);
    const gone = statusOf('gone');
    expect(gone).toMatchObject({ state: 'removed', pending: 0, expired: 1 });
    expect(gone?.recentExpired[0]?.error).toBe('channel "gone" was removed from the settings');
    // The channel still in the settings keeps its notice and its retries.
    expect(room.store.pending('keep')).toHaveLength(1);
    expect(statusOf('keep')?.state).not.toBe('removed');
  });

  it('left behind by an earlier run is marked and shown at start', async () => {
    room.store.enqueue({ channel: 'old', key: 'change@1', payload: '{}', createdAt: room.clock.now() });
    await start(['keep']);
    expect(room.store.pending('old')).toHaveLength(0);
    expect(statusOf('old')).toMatchObject({ state: 'removed', type: 'removed', expired: 1 });
  });

  it('with nothing undelivered is not listed', async () => {
    const item = room.store.enqueue({ channel: 'old', key: 'change@1', payload: '{}', createdAt: room.clock.now() });
    room.store.markSent(item.id, room.clock.now());
    await start(['keep']);
    expect(statusOf('old')).toBeUndefined();
  });
});

describe('pruning finished notices', () => {
  function seed(channel: string, key: string, status: 'sent' | 'expired' | 'pending', doneAt: number) {
    const payload = JSON.stringify({ kind: 'test', key, at: doneAt });
    const item = room.store.enqueue({ channel, key, payload, createdAt: doneAt });
    if (status === 'sent') room.store.markSent(item.id, doneAt);
    if (status === 'expired') room.store.markExpired(item.id, doneAt, 'not delivered');
  }

  it('deletes sent and expired notices older than outboxKeepDays, at start and daily after', async () => {
    const now = room.clock.now();
    seed('keep', 'a', 'sent', now - 31 * DAY);
    seed('keep', 'b', 'expired', now - 40 * DAY);
    seed('keep', 'c', 'sent', now - 29.5 * DAY);
    seed('keep', 'd', 'expired', now - 2 * DAY);
    await start(['keep'], { outboxKeepDays: 30, maxAgeHours: 24 * 30 });
    expect(room.store.counts('keep')).toEqual({ pending: 0, sent: 1, expired: 1, rejected: 0 });

    // The daily run a day later takes the next one: c is then 30.5 days old.
    await room.clock.advance(1.5 * DAY);
    expect(room.store.counts('keep')).toEqual({ pending: 0, sent: 0, expired: 1, rejected: 0 });
  });

  it('never deletes a pending notice, however old', async () => {
    room.fake.setFault({ mode: 'status', status: 500 });
    seed('keep', 'old-pending', 'pending', room.clock.now() - 25 * DAY);
    // maxAge longer than its age: the item is still due for delivery, so it must stay.
    await start(['keep'], { outboxKeepDays: 1, maxAgeHours: 24 * 30 });
    await room.fake.waitFor((r) => r.length > 0);
    expect(room.store.pending('keep').map((i) => i.key)).toEqual(['old-pending']);
  });
});
