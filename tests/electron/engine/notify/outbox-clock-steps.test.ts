/**
 * The outbox when the wall clock steps (issue 74), through the real notifier, the real history
 * store on disk and the local webhook stand-in (tests/fakes/notify-http.ts): the fake clock's
 * step() moves only the wall clock, as NTP or an admin does on a running machine, so the
 * monotonic clock and the timers' waits run on. A step back stalls no channel, a step forward
 * expires nothing untried, an expiry still comes after the tries and the monotonic age, and a
 * restart keeps that age.
 */
import { describe, expect, it } from 'vitest';

import { until } from '../../../helpers/until';
import { change } from './helpers';
import { outboxRoom, status, to } from './outbox-room';

const [A, B, C, D] = ['203.0.113.1', '198.51.100.2', '192.0.2.3', '192.0.2.4'];
const DAY = 86_400_000;
const room = outboxRoom();
/** Retries after 30 s, then 60 s: a channel in backoff for a while. */
const slow = { retry: { initialSec: 30, maxSec: 60, failingAfter: 3, timeoutSec: 2 } };

const delivered = () => room.fake.delivered().map((r) => to(r.body));

describe('a wall-clock step', () => {
  it('back a day: the retry keeps its monotonic schedule and a new notice follows it within the backoff, in order', async () => {
    const { clock, fake } = room;
    fake.setFault({ mode: 'status', status: 500 });
    const { notifier, store } = await room.boot(room.settings(slow));
    await notifier.handle(change(A, B, clock.now()));
    await until(() => status(notifier).failures === 1, { what: 'the first attempt failed' });
    clock.step(-DAY);
    // The status shows the wait left, on the stepped wall clock.
    expect(status(notifier).nextAttemptAt).toBe(clock.now() + 30_000);
    fake.setFault({ mode: 'ok' });
    await notifier.handle(change(B, C, clock.now()));
    await clock.advance(29_999);
    expect(fake.requests).toHaveLength(1);
    await clock.advance(1);
    await until(() => store.counts('hook').sent === 2, { what: 'both notices sent 30 s after the failure' });
    expect(delivered()).toEqual([B, C]);
    expect(store.counts('hook')).toEqual({ pending: 0, sent: 2, expired: 0, rejected: 0 });
  });

  it('forward a year: nothing expires untried, and everything is delivered in order', async () => {
    const { clock, fake } = room;
    fake.setFault({ mode: 'status', status: 500 });
    const { notifier, store } = await room.boot(room.settings(slow));
    await notifier.handle(change(A, B, clock.now()));
    await until(() => status(notifier).failures === 1, { what: 'the first attempt failed' });
    // Queued behind the one in backoff: not tried yet.
    await notifier.handle(change(B, C, clock.now()));
    clock.step(365 * DAY);
    fake.setFault({ mode: 'ok' });
    await notifier.handle(change(C, D, clock.now()));
    expect(store.counts('hook')).toMatchObject({ pending: 3, expired: 0 });
    await room.drive(notifier, () => store.counts('hook').sent === 3);
    expect(clock.monotonic()).toBe(30_000);
    expect(delivered()).toEqual([B, C, D]);
    expect(store.counts('hook')).toEqual({ pending: 0, sent: 3, expired: 0, rejected: 0 });
  });

  it('back a day: a notice still expires after its tries, once it has waited maxAge on the monotonic clock', async () => {
    const { clock, fake } = room;
    fake.setFault({ mode: 'status', status: 500 });
    // 36 s to deliver; retries after 1, 2, 4 then every 8 s.
    const { notifier, store } = await room.boot(room.settings({ maxAgeHours: 0.01 }));
    await notifier.handle(change(A, B, clock.now()));
    await until(() => status(notifier).failures === 1, { what: 'the first attempt failed' });
    clock.step(-DAY);
    await room.drive(notifier, () => store.counts('hook').expired === 1);
    // Expired by the try at 39 s, the first one past 36 s: tried all along, then given up.
    expect(clock.monotonic()).toBe(39_000);
    const [gone] = store.expired('hook');
    expect(gone).toMatchObject({
      attempts: 8,
      lastError: 'not delivered within 36 s; last error: HTTP 500: {"error":"fake 500"}',
    });
  });

  it('a notice older than maxAge behind the head is tried before it expires, never expired untried', async () => {
    const { clock, fake } = room;
    fake.setFault({ mode: 'status', status: 500 });
    const { notifier, store } = await room.boot(room.settings({ maxAgeHours: 0.01 }));
    await notifier.handle(change(A, B, clock.now()));
    await until(() => status(notifier).failures === 1, { what: 'the first attempt failed' });
    await notifier.handle(change(B, C, clock.now()));
    clock.step(365 * DAY);
    await room.drive(notifier, () => store.counts('hook').expired === 2);
    // Both were tried: the first until it had waited 36 s (8 tries, the last at 39 s); the second,
    // older than 36 s by the time it was the head, once, a backoff (8 s) later; newest first.
    expect(store.expired('hook').map((i) => [i.key.includes('192.0.2.3'), i.attempts])).toEqual([
      [true, 1],
      [false, 8],
    ]);
    expect(fake.requests.map((r) => to(r.body))).toEqual([...Array<string>(8).fill(B), C]);
    expect(clock.monotonic()).toBe(47_000);
  });

  it('a restart keeps the age: with the wall clock set back at boot, the notice still expires at 36 s of waiting', async () => {
    const { clock, fake } = room;
    fake.setFault({ mode: 'status', status: 500 });
    const s = room.settings({ maxAgeHours: 0.01 });
    const first = await room.boot(s);
    await first.notifier.handle(change(A, B, clock.now()));
    await room.drive(first.notifier, () => clock.monotonic() >= 15_000);
    const waited = clock.monotonic();
    await room.shutdown();
    // A machine whose clock boots a day behind (a stale hardware clock): the stop counts nothing.
    clock.step(-DAY);
    const second = await room.boot(s);
    const restartedAt = clock.monotonic();
    await room.drive(second.notifier, () => second.store.counts('hook').expired === 1);
    expect(waited).toBe(15_000);
    // Past 36 s of waiting in all, at a try: 39 s, 24 s of it after the restart.
    expect(clock.monotonic() - restartedAt).toBe(24_000);
  });
});

describe('pruning after a wall-clock step', () => {
  it('forward a year keeps what was sent until it is outboxKeepDays old on the monotonic clock', async () => {
    const { clock } = room;
    const { notifier, store } = await room.boot(room.settings({ outboxKeepDays: 30 }));
    await notifier.handle(change(A, B, clock.now()));
    await until(() => store.counts('hook').sent === 1, { what: 'the notice sent' });
    clock.step(365 * DAY);
    // The daily housekeeping runs a day later, and again 29 days after: the notice is 30 days old then.
    await clock.advance(DAY);
    expect(store.counts('hook').sent).toBe(1);
    await clock.advance(29 * DAY);
    expect(store.counts('hook').sent).toBe(1);
    await clock.advance(DAY);
    expect(store.counts('hook').sent).toBe(0);
  });
});
