/**
 * Delivery through the real history store's outbox: backoff and Retry-After on a fake
 * clock, head-of-line order, expiry shown in the status, idempotent enqueue, and resuming
 * (deliveries and flap holds) after a restart.
 */
import { describe, expect, it } from 'vitest';

import { until } from '../../../helpers/until';
import { change } from './helpers';
import { outboxRoom, status, to } from './outbox-room';

const A = '203.0.113.1';
const B = '198.51.100.2';
const C = '192.0.2.3';

const room = outboxRoom();
const { boot, shutdown, drive, settings } = room;

describe('outbox delivery', () => {
  it('retries with exponential backoff, shows retrying then failing, and recovers', async () => {
    room.fake.setFault({ mode: 'status', status: 500 });
    const { notifier, store } = await boot();
    await notifier.handle(change(A, B, room.clock.now()));
    expect(store.counts('hook').pending).toBe(1);
    await until(() => room.fake.requests.length === 1 && status(notifier).failures === 1);
    expect(status(notifier)).toMatchObject({
      state: 'retrying',
      lastError: 'HTTP 500: {"error":"fake 500"}',
      nextAttemptAt: room.clock.now() + 1000,
    });
    await room.clock.advance(999);
    expect(room.fake.requests).toHaveLength(1);
    await room.clock.advance(1);
    await until(() => status(notifier).failures === 2);
    await room.clock.advance(2000);
    await until(() => status(notifier).failures === 3);
    expect(status(notifier).state).toBe('failing');
    room.fake.setFault({ mode: 'ok' });
    await room.clock.advance(4000);
    await until(() => room.fake.delivered().length === 1);
    await until(() => status(notifier).state === 'ok');
    expect(status(notifier)).toMatchObject({ pending: 0, sent: 1, failures: 0, lastSentAt: room.clock.now() });
    expect(new Set(room.fake.requests.map((r) => r.headers['idempotency-key'])).size).toBe(1);
  });

  it('honours Retry-After over its own backoff', async () => {
    room.fake.setFault({ mode: 'status', status: 429, retryAfter: '30' });
    const { notifier } = await boot();
    await notifier.handle(change(A, B, room.clock.now()));
    await until(() => status(notifier).failures === 1);
    expect(status(notifier).nextAttemptAt).toBe(room.clock.now() + 30_000);
    await room.clock.advance(29_999);
    expect(room.fake.requests).toHaveLength(1);
    room.fake.setFault({ mode: 'ok' });
    await room.clock.advance(1);
    await until(() => room.fake.delivered().length === 1);
  });

  it('keeps order per channel: item 2 waits until item 1 is through', async () => {
    room.fake.setFault({ mode: 'status', status: 503 });
    const { notifier } = await boot();
    await notifier.handle(change(A, B, room.clock.now()));
    await notifier.handle(change(B, C, room.clock.now() + 1));
    await drive(notifier, () => room.fake.requests.length >= 3);
    expect(new Set(room.fake.requests.map((r) => to(r.body)))).toEqual(new Set([B]));
    room.fake.setFault({ mode: 'ok' });
    await drive(notifier, () => room.fake.delivered().length === 2);
    expect(room.fake.delivered().map((r) => to(r.body))).toEqual([B, C]);
  });

  it('marks an item expired past maxAge, shows it, and moves on', async () => {
    room.fake.setFault({ mode: 'status', status: 500 });
    const { notifier } = await boot(settings({ maxAgeHours: 0.01 }));
    const start = room.clock.now();
    await notifier.handle(change(A, B, room.clock.now()));
    await until(() => room.fake.requests.length === 1);
    await drive(notifier, () => room.clock.now() >= start + 20_000);
    await notifier.handle(change(B, C, room.clock.now()));
    await drive(notifier, () => status(notifier).expired === 1);
    const s = status(notifier);
    expect(s.recentExpired[0]!.error).toBe('not delivered within 36 s; last error: HTTP 500: {"error":"fake 500"}');
    expect(s.pending).toBe(1);
    room.fake.setFault({ mode: 'ok' });
    await drive(notifier, () => room.fake.delivered().length === 1);
    expect(to(room.fake.delivered()[0]!.body)).toBe(C);
  });

  it('the same event handled twice is one notification', async () => {
    const { notifier, store } = await boot();
    const e = change(A, B, room.clock.now());
    await notifier.handle(e);
    await notifier.handle(e);
    // Both inputs are handled (and written) by now: the outbox holds one item, not two.
    expect(store.counts('hook')).toEqual({ pending: 1, sent: 0, expired: 0, rejected: 0 });
    // Once that item is sent the queue is empty, so no second request can follow.
    await until(() => status(notifier).sent === 1 && status(notifier).pending === 0, { what: 'the item sent' });
    expect(room.fake.requests).toHaveLength(1);
    expect(store.counts('hook')).toEqual({ pending: 0, sent: 1, expired: 0, rejected: 0 });
  });

  it('resumes pending deliveries after a restart', async () => {
    room.fake.setFault({ mode: 'status', status: 500 });
    const first = await boot();
    await first.notifier.handle(change(A, B, room.clock.now()));
    await until(() => room.fake.requests.length === 1);
    await shutdown();
    room.fake.setFault({ mode: 'ok' });
    const second = await boot();
    expect(status(second.notifier)).toMatchObject({
      pending: 1,
      state: 'retrying',
      lastError: 'HTTP 500: {"error":"fake 500"}',
    });
    await room.clock.advance(1000);
    await until(() => room.fake.delivered().length === 1);
    expect(status(second.notifier)).toMatchObject({ pending: 0, sent: 1, state: 'ok' });
  });
});

describe('durable flap hold', () => {
  const held = () => settings({ flapWindowSec: 60 });

  it('a change held across a restart goes out when the window ends', async () => {
    const first = await boot(held());
    await first.notifier.handle(change(A, B, room.clock.now()));
    // Held: the change is journalled, not queued.
    expect(first.store.counts('hook').pending).toBe(0);
    await shutdown();
    await room.clock.advance(30_000);
    const second = await boot(held());
    expect(second.store.counts('hook').pending).toBe(0);
    expect(room.fake.requests).toHaveLength(0);
    await room.clock.advance(30_000);
    await until(() => room.fake.delivered().length === 1);
    expect(JSON.parse(room.fake.delivered()[0]!.body)).toMatchObject({
      event: 'ipv4-changed',
      data: { from: A, to: B },
    });
  });

  it('a window that ended while stopped is released at start', async () => {
    const first = await boot(held());
    await first.notifier.handle(change(A, B, room.clock.now()));
    expect(first.store.counts('hook').pending).toBe(0);
    await shutdown();
    room.clock.jump(120_000);
    const second = await boot(held());
    // start() itself released it: queued before any timer of the new instance could fire.
    expect(second.store.counts('hook').pending + second.store.counts('hook').sent).toBe(1);
    await until(() => room.fake.delivered().length === 1, { what: 'the released change delivered' });
    expect(JSON.parse(room.fake.delivered()[0]!.body)).toMatchObject({
      event: 'ipv4-changed',
      data: { from: A, to: B },
    });
    await until(() => status(second.notifier).sent === 1, { what: 'the item marked sent' });
    expect(status(second.notifier)).toMatchObject({ pending: 0, sent: 1, state: 'ok' });
  });

  it('A -> B, restart, B -> A within the window: one flap', async () => {
    const t0 = room.clock.now();
    const first = await boot(held());
    await first.notifier.handle(change(A, B, t0));
    await shutdown();
    await room.clock.advance(20_000);
    const second = await boot(held());
    await second.notifier.handle(change(B, A, t0 + 20_000));
    await until(() => room.fake.delivered().length === 1);
    // The stand-in records the request before its answer reaches the outbox; a stop in between
    // aborts the send and leaves it pending for the next start (at least once), so wait for the mark.
    await until(() => second.store.counts('hook').sent === 1, { what: 'the flap marked sent' });
    await room.clock.advance(120_000);
    // Past the window: stop() waits for every step the timers started, so the outbox is final.
    await second.notifier.stop();
    expect(second.store.counts('hook')).toEqual({ pending: 0, sent: 1, expired: 0, rejected: 0 });
    expect(room.fake.delivered().map((r) => (JSON.parse(r.body) as { event: string }).event)).toEqual(['flap']);
  });
});
