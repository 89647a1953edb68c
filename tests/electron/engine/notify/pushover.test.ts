/**
 * The Pushover channel against a stand-in for its message API (tests/fakes/pushover.ts): the
 * form it posts, each documented answer (a bad token, user or device pauses the channel; a
 * refused message is set aside, never resent; the monthly limit waits for its reset; a 5xx is
 * tried again), and its two secrets kept out of everything the user reads.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { pushoverAnswer, pushoverResetMs } from '../../../../electron/engine/notify/channels/pushover';
import { PUSHOVER_TOKEN, PUSHOVER_USER, startPushoverFake, type PushoverFake } from '../../../fakes/pushover';
import { until } from '../../../helpers/until';
import { startHarness, type Harness } from './push-harness';

let po: PushoverFake;
let h: Harness;
const T0 = Date.UTC(2026, 10, 25, 9);

beforeEach(async () => {
  po = await startPushoverFake({ resetAt: T0 / 1000 + 1800 });
});
afterEach(async () => {
  await h.close();
  await po.close();
});

const start = async (extra: Record<string, unknown> = {}) =>
  (h = await startHarness({
    id: 'po',
    type: 'pushover',
    token: PUSHOVER_TOKEN,
    userKey: PUSHOVER_USER,
    apiBase: po.url,
    ...extra,
  }));

// A loaded machine (eight suites on two cores) can take seconds to start a notifier and its store.
describe('pushover', { timeout: 60_000 }, () => {
  it('posts the form Pushover documents: token, user, title, message, priority, device, sound, url', async () => {
    await start({ device: 'phone', sound: 'siren', url: 'http://ipwatch.lan:8080' });
    await h.notify();
    await until(() => h.store.counts('po').sent === 1, { what: 'the message sent', timeoutMs: 50_000 });
    const p = po.delivered[0]!;
    expect(p).toMatchObject({
      token: PUSHOVER_TOKEN,
      user: PUSHOVER_USER,
      title: 'Public IPv4 address changed',
      priority: '0',
      device: 'phone',
      sound: 'siren',
      url: 'http://ipwatch.lan:8080',
    });
    expect(p.message).toContain('198.51.100.1');
  });

  it('pauses on an invalid user key, naming it, and does not send the same request again', async () => {
    await start({ userKey: 'x'.repeat(30) });
    await h.notify();
    await until(() => h.status().state === 'paused', { what: 'the channel paused' });
    expect(h.status().reason).toMatch(/HTTP 400: user identifier is not a valid user.*\(check the user\)/);
    await h.clock.advance(6 * 3_600_000);
    expect(po.requests).toHaveLength(1);
    expect(h.store.counts('po').pending).toBe(1);
  });

  it('pauses on an invalid application token', async () => {
    await start({ token: 'A'.repeat(30) });
    await h.notify();
    await until(() => h.status().state === 'paused', { what: 'the channel paused' });
    expect(h.status().reason).toMatch(/application token is invalid.*\(check the token\)/);
  });

  it('pauses on a device the user does not have', async () => {
    await start({ device: 'watch' });
    await h.notify();
    await until(() => h.status().state === 'paused', { what: 'the channel paused' });
    expect(h.status().reason).toMatch(/device name is not valid.*\(check the device\)/);
  });

  it('waits for the monthly reset after a 429 (capped at an hour), without probing early', async () => {
    await start();
    po.setRemaining(0);
    await h.notify();
    await until(() => h.status().failures === 1, { what: 'the over-limit attempt' });
    expect(h.status().lastError).toMatch(/429.*monthly message limit/);
    // X-Limit-App-Reset is 30 minutes ahead of the fake clock.
    expect(h.status().nextAttemptAt! - h.clock.now()).toBe(1_800_000);
    po.setRemaining(100);
    await h.clock.advance(1_799_000);
    expect(po.requests).toHaveLength(1);
    await h.clock.advance(1000);
    await until(() => h.store.counts('po').sent === 1, { what: 'delivery after the reset' });
  });

  it('tries again after a 500, and delivers once Pushover answers', async () => {
    await start();
    po.failNext(1);
    await h.notify();
    await until(() => h.status().failures === 1, { what: 'the failed attempt' });
    expect(h.status().state).not.toBe('paused');
    await h.clock.advance(3_600_000);
    await until(() => h.store.counts('po').sent === 1, { what: 'delivery after the retry' });
    expect(po.requests.map((r) => r.status)).toEqual([500, 200]);
  });

  it('keeps the token and the user key out of logs, status and the outbox', async () => {
    await start();
    po.failNext(1);
    await h.notify();
    await until(() => h.status().failures === 1, { what: 'the failed attempt' });
    const text = h.readable();
    expect(text).not.toContain(PUSHOVER_TOKEN);
    expect(text).not.toContain(PUSHOVER_USER);
  });

  it('refuses options that cannot be a Pushover key before sending', async () => {
    await start({ userKey: 'short' });
    await h.notify();
    expect(h.status().state).toBe('invalid');
    expect(h.status().reason).toMatch(/userKey: expected a user key/);
    expect(po.requests).toHaveLength(0);
  });
});

describe('pushoverResetMs', () => {
  it.each([
    ['1700000600', 1_700_000_000_000, 600_000],
    [['1700000600'], 1_700_000_000_000, 600_000],
    ['1699999000', 1_700_000_000_000, 0],
    ['soon', 1_700_000_000_000, undefined],
    [undefined, 1_700_000_000_000, undefined],
  ])('%j at %d: %j', (header, now, want) => {
    expect(pushoverResetMs(header, now)).toBe(want);
  });
});

describe('pushoverAnswer', () => {
  const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    pushoverAnswer({ status, body: JSON.stringify(body), headers, error: `HTTP ${status}: …` }, 1_700_000_000_000);
  it.each([
    // A refusal of this message (nothing about the settings): set aside, the queue moves on.
    [400, { message: 'is too long', errors: ['message is more than 1024 characters'], status: 0 }, 'rejected'],
    [400, { token: 'invalid', errors: ['application token is invalid'], status: 0 }, 'misconfigured'],
    [400, { user: 'invalid', errors: ['user identifier is invalid'], status: 0 }, 'misconfigured'],
    [429, { errors: ['over the limit'], status: 0 }, 'transient'],
    [200, { status: 0, errors: ['odd'] }, 'rejected'],
  ])('HTTP %d %j: %s', (status, body, kind) => {
    expect(answer(status, body)).toMatchObject({ ok: false, kind });
  });
  it('leaves a plain success, a 5xx and a 401 to the common table', () => {
    expect(answer(200, { status: 1, request: 'x' })).toBeUndefined();
    expect(answer(503, 'down')).toBeUndefined();
    expect(answer(401, {})).toBeUndefined();
  });
  it("says Pushover's own error lines rather than the raw body", () => {
    expect(
      answer(400, { message: 'is too long', errors: ['message is more than 1024 characters'], status: 0 }),
    ).toEqual({
      ok: false,
      kind: 'rejected',
      error: 'HTTP 400: message is more than 1024 characters',
    });
  });
});
