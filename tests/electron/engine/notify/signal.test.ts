/**
 * Signal against a stand-in for signal-cli-rest-api (tests/fakes/signal-rest.ts): one message per
 * change with the address, to every recipient; an account the API does not have pauses the
 * channel with the reason in words; a 429 (Signal's rate limit on the account) waits and the
 * message goes after it; recipients that mix numbers and a group are refused before sending.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { signalAnswer } from '../../../../electron/engine/notify/channels/signal';
import { SIGNAL_NUMBER, startSignalFake, type SignalFake } from '../../../fakes/signal-rest';
import { until } from '../../../helpers/until';
import { startHarness, type Harness } from './push-harness';

let sg: SignalFake;
let h: Harness;
afterEach(async () => {
  await h.close();
  await sg.close();
});

const start = async (extra: Record<string, unknown> = {}) => {
  sg = await startSignalFake();
  h = await startHarness({
    id: 'sg',
    type: 'signal',
    url: sg.url,
    number: SIGNAL_NUMBER,
    recipients: ['+4915187654321', '+4917612345678'],
    ...extra,
  });
};

describe('signal', { timeout: 60_000 }, () => {
  it('sends one message per change, with the address, to every recipient', async () => {
    await start();
    await h.notify();
    await until(() => h.store.counts('sg').sent === 1, { what: 'the first message' });
    await h.notify();
    await until(() => h.store.counts('sg').sent === 2, { what: 'the second message' });
    expect(sg.sent).toHaveLength(2);
    expect(sg.sent[0]).toMatchObject({ number: SIGNAL_NUMBER, recipients: ['+4915187654321', '+4917612345678'] });
    expect(sg.sent[0]!.message).toContain('198.51.100.1');
    expect(sg.sent[1]!.message).toContain('198.51.100.2');
  });

  it('takes one recipient given as text, as the form gives it', async () => {
    await start({ recipients: 'group.dGVzdGdyb3VwaWQ=' });
    await h.notify();
    await until(() => h.store.counts('sg').sent === 1, { what: 'the message' });
    expect(sg.sent[0]!.recipients).toEqual(['group.dGVzdGdyb3VwaWQ=']);
  });

  it('pauses on an account the API does not have, saying so in words', async () => {
    await start({ number: '+4915100000000' });
    await h.notify();
    await until(() => h.status().state === 'paused', { what: 'the channel paused' });
    expect(h.status().reason).toMatch(/HTTP 400: User \+4915100000000 is not registered\. \(check the number/);
    await h.clock.advance(6 * 3_600_000);
    expect(sg.requests).toHaveLength(1);
  });

  it("waits after Signal's rate limit, and sends once it is lifted", async () => {
    await start();
    sg.limitNext(1);
    await h.notify();
    await until(() => h.status().failures === 1, { what: 'the limited attempt' });
    expect(h.status().lastError).toMatch(/HTTP 429: Signal limits this account/);
    expect(h.status().state).not.toBe('paused');
    await h.clock.advance(3_600_000);
    await until(() => h.store.counts('sg').sent === 1, { what: 'the message after the wait' });
    expect(sg.requests.map((r) => r.status)).toEqual([429, 201]);
  });

  it('refuses numbers and a group together before sending', async () => {
    await start({ recipients: ['+4915187654321', 'group.dGVzdGdyb3VwaWQ='] });
    await h.notify();
    expect(h.status().state).toBe('invalid');
    expect(h.status().reason).toMatch(/numbers and a group cannot be sent to together/);
    expect(sg.requests).toHaveLength(0);
  });
});

describe('signalAnswer', () => {
  const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    signalAnswer({ status, body: JSON.stringify(body), headers, error: `HTTP ${status}: …` }, 1_700_000_000_000);
  it.each([
    [400, { error: 'User +49151 is not registered.' }, 'misconfigured'],
    [400, { error: 'Invalid group id' }, 'misconfigured'],
    [400, { error: 'Failed to send message: Unregistered user "+49170"' }, 'misconfigured'],
    [400, { error: 'Please provide a valid Link Preview URL' }, 'rejected'],
    [429, { error: 'rate limited', challenge_tokens: ['t'] }, 'transient'],
  ])('HTTP %d %j: %s', (status, body, kind) => {
    expect(answer(status, body)).toMatchObject({ ok: false, kind });
  });
  it('honours a Retry-After on a 429, and leaves success and a 5xx to the common table', () => {
    expect(answer(429, { error: 'x' }, { 'retry-after': '120' })).toMatchObject({ retryAfterMs: 120_000 });
    expect(answer(201, { timestamp: '1' })).toBeUndefined();
    expect(answer(500, 'oops')).toBeUndefined();
  });
});
