import { describe, expect, it } from 'vitest';

import { HOLD_CHANNEL, loadHeld } from '../../../../electron/engine/notify/hold-journal';
import { loadSites, SITE_HOLD_CHANNEL } from '../../../../electron/engine/notify/site-hold';
import { MIN, openTest } from './helpers';

describe('outbox', () => {
  it('enqueues idempotently per (channel, key) and lists pending oldest first', async () => {
    const { store, clock } = await openTest({ dataDir: ':memory:' });
    const t = clock.now();
    const a = store.enqueue({ channel: 'discord', key: 'change-1', payload: '{"n":1}', createdAt: t });
    const b = store.enqueue({ channel: 'discord', key: 'change-2', payload: '{"n":2}', createdAt: t + 1 });
    const again = store.enqueue({ channel: 'discord', key: 'change-1', payload: '{"other":true}', createdAt: t + 2 });
    store.enqueue({ channel: 'email', key: 'change-1', payload: '{}', createdAt: t });
    expect(again).toEqual(a);
    expect(a).toMatchObject({ status: 'pending', attempts: 0, nextAt: t, lastError: null, doneAt: null });
    expect(store.pending('discord').map((i) => i.id)).toEqual([a.id, b.id]);
    expect(store.pending('discord', 1)).toHaveLength(1);
    await store.close();
  });

  it('moves items through retry, sent and expired, with counts', async () => {
    const { store, clock } = await openTest({ dataDir: ':memory:' });
    const t = clock.now();
    const [a, b, c] = ['k1', 'k2', 'k3'].map((key) =>
      store.enqueue({ channel: 'discord', key, payload: '{}', createdAt: t }),
    );
    store.markRetry(a?.id ?? 0, MIN, '429 rate limited');
    store.markSent(b?.id ?? 0, t + 2);
    store.markExpired(c?.id ?? 0, t + 3, 'gave up after 24 h');
    expect(store.pending('discord')).toEqual([
      expect.objectContaining({ id: a?.id, attempts: 1, nextAt: t + MIN, lastError: '429 rate limited' }),
    ]);
    expect(store.counts('discord')).toEqual({ pending: 1, sent: 1, expired: 1, rejected: 0 });
    expect(store.expired()).toEqual([
      expect.objectContaining({ id: c?.id, doneAt: t + 3, lastError: 'gave up after 24 h' }),
    ]);
    expect(store.expired('email')).toEqual([]);
    expect(() => store.markSent(9999, t)).toThrow(/does not exist/);
    await store.close();
  });

  it("leaves the policy's held notices out of list() and channels() unless a caller names their channel", async () => {
    const { store, clock } = await openTest({ dataDir: ':memory:' });
    const t = clock.now();
    const sent = store.enqueue({ channel: 'discord', key: 'k1', payload: '{}', createdAt: t });
    const held = store.enqueue({ channel: '~policy.hold', key: 'hold:1', payload: '{}', createdAt: t + 1 });
    const site = store.enqueue({ channel: '~policy.site-hold', key: 'site:1', payload: '{}', createdAt: t + 2 });
    // A channel that merely contains the words is still a channel.
    const near = store.enqueue({ channel: 'policy.hold', key: 'k2', payload: '{}', createdAt: t + 3 });
    expect(store.list().map((i) => i.id)).toEqual([near.id, sent.id]);
    expect(store.list({ status: 'pending' }).map((i) => i.id)).toEqual([near.id, sent.id]);
    expect(store.channels()).toEqual(['discord', 'policy.hold']);
    expect(store.list({ channel: '~policy.hold' }).map((i) => i.id)).toEqual([held.id]);
    expect(store.list({ channel: '~policy.site-hold', status: 'pending' }).map((i) => i.id)).toEqual([site.id]);
    expect(store.pending('~policy.hold').map((i) => i.id)).toEqual([held.id]);
    await store.close();
  });

  it("leaves the policy's set-aside holds out of expired() unless a caller names their channel, across a restart", async () => {
    const first = await openTest();
    const t = first.clock.now();
    const gaveUp = first.store.enqueue({ channel: 'discord', key: 'k1', payload: '{}', createdAt: t });
    first.store.markExpired(gaveUp.id, t + 1, 'gave up after 24 h');
    // The policy reads its journals back on start and expires what it cannot read (hold-journal.ts loadHeld).
    first.store.enqueue({ channel: HOLD_CHANNEL, key: 'hold:bad', payload: 'not json', createdAt: t });
    first.store.enqueue({ channel: SITE_HOLD_CHANNEL, key: 'site:bad', payload: '{"site":1}', createdAt: t });
    expect(loadHeld(first.store, t + 2)).toEqual([]);
    expect(loadSites(first.store, t + 3)).toEqual({});
    await first.store.flushNow();
    const again = await openTest({ dataDir: first.dataDir, clock: first.clock });
    expect(again.store.expired().map((i) => i.channel)).toEqual(['discord']);
    expect(again.store.expired(undefined, 1)).toEqual([expect.objectContaining({ id: gaveUp.id })]);
    expect(again.store.expired(HOLD_CHANNEL)).toEqual([
      expect.objectContaining({ key: 'hold:bad', lastError: 'unreadable held change' }),
    ]);
    expect(again.store.expired(SITE_HOLD_CHANNEL).map((i) => i.key)).toEqual(['site:bad']);
    await again.store.close();
    await first.store.close();
  });

  it('survives a restart once flushNow resolved', async () => {
    const first = await openTest();
    first.store.enqueue({ channel: 'ntfy', key: 'k', payload: '{"x":1}', createdAt: first.clock.now() });
    await first.store.flushNow();
    const again = await openTest({ dataDir: first.dataDir, clock: first.clock });
    expect(again.store.pending('ntfy')).toEqual([expect.objectContaining({ key: 'k', payload: '{"x":1}' })]);
    await again.store.close();
    await first.store.close();
  });
});
