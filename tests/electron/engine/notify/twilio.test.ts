/**
 * SMS through Twilio against a stand-in for its Messages API (tests/fakes/twilio.ts): one SMS per
 * change with the new address, in one segment; a wrong auth token or a To Twilio refuses pauses
 * the channel with the reason in words; a 429 waits and the SMS goes after it; the token (and its
 * Basic form) never reaches logs, status or the outbox.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { smsLength } from '../../../../electron/engine/notify/channels/sms-text';
import { twilioAnswer } from '../../../../electron/engine/notify/channels/twilio';
import { startTwilioFake, TWILIO_FROM, TWILIO_SID, TWILIO_TOKEN, type TwilioFake } from '../../../fakes/twilio';
import { until } from '../../../helpers/until';
import { startHarness, type Harness } from './push-harness';

let tw: TwilioFake;
let h: Harness;
afterEach(async () => {
  await h.close();
  await tw.close();
});

const start = async (extra: Record<string, unknown> = {}) => {
  tw = await startTwilioFake();
  h = await startHarness({
    id: 'sms',
    type: 'twilio',
    accountSid: TWILIO_SID,
    authToken: TWILIO_TOKEN,
    from: TWILIO_FROM,
    to: '+4915112345678',
    apiBase: tw.url,
    ...extra,
  });
};

describe('twilio', { timeout: 60_000 }, () => {
  it('sends one SMS per change, with the new address, in one segment', async () => {
    await start();
    await h.notify();
    await until(() => h.store.counts('sms').sent === 1, { what: 'the first SMS' });
    await h.notify();
    await until(() => h.store.counts('sms').sent === 2, { what: 'the second SMS' });
    expect(tw.messages).toHaveLength(2);
    expect(tw.messages[0]).toMatchObject({ To: '+4915112345678', From: TWILIO_FROM });
    expect(tw.messages[0]!.Body).toContain('198.51.100.1');
    expect(tw.messages[1]!.Body).toContain('198.51.100.2');
    for (const m of tw.messages) expect(smsLength(m.Body!).segments).toBe(1);
  });

  it('pauses on a wrong auth token, saying so in words, and sends nothing more', async () => {
    await start({ authToken: 'a'.repeat(32) });
    await h.notify();
    await until(() => h.status().state === 'paused', { what: 'the channel paused' });
    expect(h.status().reason).toMatch(
      /HTTP 401: Authenticate \(Twilio error 20003\); check the Account SID and the auth token/,
    );
    await h.clock.advance(6 * 3_600_000);
    expect(tw.requests).toHaveLength(1);
    expect(h.store.counts('sms').pending).toBe(1);
  });

  it('pauses on a From the account does not own, naming it', async () => {
    await start({ from: '+14155550000' });
    await h.notify();
    await until(() => h.status().state === 'paused', { what: 'the channel paused' });
    expect(h.status().reason).toMatch(/Twilio error 21606\); check From/);
  });

  it('waits after a 429 and sends the SMS once Twilio takes it', async () => {
    await start();
    tw.throttleNext(1);
    await h.notify();
    await until(() => h.status().failures === 1, { what: 'the throttled attempt' });
    expect(h.status().lastError).toMatch(/429/);
    expect(h.status().state).not.toBe('paused');
    await h.clock.advance(3_600_000);
    await until(() => h.store.counts('sms').sent === 1, { what: 'the SMS after the wait' });
    expect(tw.requests.map((r) => r.status)).toEqual([429, 201]);
  });

  it('keeps the auth token and its Basic form out of logs, status and the outbox', async () => {
    await start();
    tw.throttleNext(1);
    await h.notify();
    await until(() => h.status().failures === 1, { what: 'the throttled attempt' });
    const text = h.readable();
    expect(text).not.toContain(TWILIO_TOKEN);
    expect(text).not.toContain(Buffer.from(`${TWILIO_SID}:${TWILIO_TOKEN}`).toString('base64'));
  });

  it('refuses a To that is not an E.164 number before sending', async () => {
    await start({ to: '015112345678' });
    await h.notify();
    expect(h.status().state).toBe('invalid');
    expect(h.status().reason).toMatch(/to: expected a phone number with its country code/);
    expect(tw.requests).toHaveLength(0);
  });
});

describe('twilioAnswer', () => {
  const answer = (status: number, body: unknown) =>
    twilioAnswer({ status, body: JSON.stringify(body), headers: {}, error: `HTTP ${status}: …` });
  it.each([
    [400, { code: 21211, message: "The 'To' number is not valid" }, 'misconfigured'],
    [400, { code: 21608, message: 'unverified' }, 'misconfigured'],
    [400, { code: 21610, message: 'unsubscribed' }, 'misconfigured'],
    [400, { code: 21617, message: 'too long' }, 'rejected'],
    [401, { code: 20003, message: 'Authenticate' }, 'misconfigured'],
  ])('HTTP %d %j: %s', (status, body, kind) => {
    expect(answer(status, body)).toMatchObject({ ok: false, kind });
  });
  it('leaves success, a 429 and a 5xx to the common table', () => {
    expect(answer(201, { sid: 'SM1' })).toBeUndefined();
    expect(answer(429, { code: 20429, message: 'Too Many Requests' })).toBeUndefined();
    expect(answer(503, 'down')).toBeUndefined();
  });
});
