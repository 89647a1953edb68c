/**
 * Bark against a stand-in for bark-server (tests/fakes/bark.ts): one push per change with the
 * address, time-sensitive for bad news; a device key the server does not know pauses the channel
 * with the reason in words; a 429 from a proxy in front waits its Retry-After; the device key
 * never reaches logs, status or the outbox.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { barkAnswer } from '../../../../electron/engine/notify/channels/bark';
import { BARK_KEY, startBarkFake, type BarkFake } from '../../../fakes/bark';
import { until } from '../../../helpers/until';
import { startHarness, type Harness } from './push-harness';

let bk: BarkFake;
let h: Harness;
afterEach(async () => {
  await h.close();
  await bk.close();
});

const start = async (extra: Record<string, unknown> = {}) => {
  bk = await startBarkFake();
  h = await startHarness({ id: 'bk', type: 'bark', server: bk.url, deviceKey: BARK_KEY, ...extra });
};

describe('bark', { timeout: 60_000 }, () => {
  it('pushes one notice per change, with the address, in its group', async () => {
    await start();
    await h.notify();
    await until(() => h.store.counts('bk').sent === 1, { what: 'the first push' });
    await h.notify();
    await until(() => h.store.counts('bk').sent === 2, { what: 'the second push' });
    expect(bk.pushed).toHaveLength(2);
    expect(bk.pushed[0]).toMatchObject({
      device_key: BARK_KEY,
      title: 'Public IPv4 address changed',
      group: 'IPWatch',
      level: 'active',
    });
    expect(String(bk.pushed[0]!.body)).toContain('198.51.100.1');
    expect(String(bk.pushed[1]!.body)).toContain('198.51.100.2');
  });

  it('pauses on a device key the server does not know, saying so in words', async () => {
    await start({ deviceKey: 'unknownkey123' });
    await h.notify();
    await until(() => h.status().state === 'paused', { what: 'the channel paused' });
    expect(h.status().reason).toMatch(/HTTP 400: failed to get device token.*\(check the device key/);
    await h.clock.advance(6 * 3_600_000);
    expect(bk.requests).toHaveLength(1);
  });

  it("waits a proxy's Retry-After on a 429, then pushes", async () => {
    await start();
    bk.limitNext(1, 600);
    await h.notify();
    await until(() => h.status().failures === 1, { what: 'the limited attempt' });
    expect(h.status().nextAttemptAt! - h.clock.now()).toBe(600_000);
    await h.clock.advance(599_000);
    expect(bk.requests).toHaveLength(1);
    await h.clock.advance(1000);
    await until(() => h.store.counts('bk').sent === 1, { what: 'the push after the wait' });
  });

  it('keeps the device key out of logs, status and the outbox', async () => {
    await start();
    bk.limitNext(1, 5);
    await h.notify();
    await until(() => h.status().failures === 1, { what: 'the limited attempt' });
    expect(h.readable()).not.toContain(BARK_KEY);
  });
});

describe('barkAnswer', () => {
  const answer = (status: number, body: unknown) =>
    barkAnswer({
      status,
      body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: {},
      error: `HTTP ${status}: …`,
    });
  it.each([
    [400, { code: 400, message: 'failed to get device token: not found' }, 'misconfigured'],
    [400, { code: 400, message: 'device key is empty' }, 'misconfigured'],
    [400, { code: 400, message: 'request bind failed: bad json' }, 'rejected'],
    [418, "I'm a teapot", 'misconfigured'],
  ])('HTTP %d %j: %s', (status, body, kind) => {
    expect(answer(status, body)).toMatchObject({ ok: false, kind });
  });
  it('leaves success, a 429 and a 500 to the common table', () => {
    expect(answer(200, { code: 200, message: 'success' })).toBeUndefined();
    expect(answer(429, 'slow down')).toBeUndefined();
    expect(answer(500, { code: 500, message: 'push failed: apns' })).toBeUndefined();
  });
});
