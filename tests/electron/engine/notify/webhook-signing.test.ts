/**
 * Generic webhook signing, checked by the receivers' own library: the `standardwebhooks`
 * package (github.com/standard-webhooks/standard-webhooks, libraries/javascript) verifies what
 * the real channel sent to the local HTTP stand-in, with a secret the CLI made, and refuses the
 * same request replayed more than five minutes later or with a forged timestamp. Also: the
 * settings refuse a secret the package cannot use, the GitHub style stays available, and form
 * templates are URL-encoded.
 */
import { createHmac } from 'node:crypto';

import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { Notifier } from '../../../../electron/engine/notify';
import { standardSecretProblem } from '../../../../electron/engine/notify/channels/webhook-signing';
import type { ChannelSettingsInput, NotificationSettingsInput } from '../../../../shared/settings/notify';
import { runHeadless } from '../../../helpers/headless';
import { notifierRoom } from '../../../helpers/notifier-room';
import { change, notifySettings } from './helpers';

const room = notifierRoom();
afterEach(() => {
  vi.useRealTimers();
});

const channel = (over: Record<string, unknown>): ChannelSettingsInput => ({
  id: 'hook',
  type: 'webhook',
  url: `${room.fake.url}/hook`,
  ...over,
});

const start = (ch: ChannelSettingsInput, over: NotificationSettingsInput = {}): Promise<Notifier> =>
  room.start(notifySettings([ch], over));

async function deliverOne(ch: ChannelSettingsInput, over: NotificationSettingsInput = {}) {
  const n = await start(ch, over);
  await n.handle(change('203.0.113.7', '198.51.100.20', Date.now()));
  await room.fake.waitFor((r) => r.length >= 1);
  return room.fake.requests[0]!;
}

const headersOf = (h: Record<string, string | string[] | undefined>): Record<string, string> =>
  Object.fromEntries(Object.entries(h).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])));

describe('webhook: Standard Webhooks signature (the default)', () => {
  it('the standardwebhooks package verifies it with a secret from `webhook-secret`, and refuses it 5 minutes later', async () => {
    const cli = await runHeadless(['webhook-secret']);
    expect(cli.code).toBe(0);
    const secret = cli.stdout.trim();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);

    const req = await deliverOne(channel({ secret }));
    const headers = headersOf(req.headers);
    expect(headers['webhook-id']).toBe(headers['idempotency-key']);
    expect(Number(headers['webhook-timestamp'])).toBeCloseTo(Date.now() / 1000, -1);
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);

    const wh = new Webhook(secret);
    // The event is in the signed body, so a receiver can trust it.
    expect(wh.verify(req.body, headers)).toMatchObject({ event: 'ipv4-changed', data: { to: '198.51.100.20' } });
    // The timestamp is signed: a replay with a fresh one fails.
    const forged = { ...headers, 'webhook-timestamp': String(Math.floor(Date.now() / 1000) + 1) };
    expect(() => wh.verify(req.body, forged)).toThrow('No matching signature found');
    // The same capture replayed more than five minutes later is refused.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Number(headers['webhook-timestamp']) * 1000 + 5 * 60_000 + 1000);
    expect(() => wh.verify(req.body, headers)).toThrow('Message timestamp too old');
  });

  it('a retry carries the same webhook-id and is signed afresh', async () => {
    const secret = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
    room.fake.setFault({ mode: 'status', status: 503 });
    const n = await start(channel({ secret }));
    await n.handle(change('203.0.113.7', '198.51.100.20', Date.now()));
    await room.fake.waitFor((r) => r.length >= 1);
    room.fake.setFault({ mode: 'ok' });
    await room.fake.waitFor((r) => r.some((x) => x.status === 200));
    const [first, last] = [room.fake.requests[0]!, room.fake.requests.at(-1)!];
    expect(last.headers['webhook-id']).toBe(first.headers['webhook-id']);
    expect(new Webhook(secret).verify(last.body, headersOf(last.headers))).toMatchObject({ event: 'ipv4-changed' });
  });
});

describe('webhook: the settings refuse a secret the package cannot use', () => {
  const b64 = (n: number) => Buffer.alloc(n, 1).toString('base64');
  const usable = (s: string) => {
    try {
      new Webhook(s);
      return true;
    } catch {
      return false;
    }
  };
  // Every secret the JavaScript package throws on is refused. It reads some others leniently
  // (an old plain secret "s3cret" becomes a 4-byte key; unpadded base64 decodes): those are
  // refused too, because stricter libraries of other languages would read them differently
  // or not at all, and the spec asks for 24 to 64 random bytes.
  it.each([
    // secret, the reason names..., the JavaScript package takes it
    ['whsec_', 'the key is 0 bytes', false],
    ['whsec_not base64!', 'not padded base64', false],
    ['whsec_AQEB-_EB', 'not padded base64', false],
    ['s3cret', 'expected a Standard Webhooks secret', true],
    [`whsec_${b64(32).replace(/=+$/, '')}`, 'not padded base64', true],
    [`whsec_${b64(16)}`, 'the key is 16 bytes', true],
    [`whsec_${b64(65)}`, 'the key is 65 bytes', true],
  ])('%s: refused (%s)', async (secret, reason, packageTakes) => {
    expect(usable(secret)).toBe(packageTakes);
    expect(standardSecretProblem(secret)).toContain(reason);
    const n = await start(channel({ secret }));
    expect(n.status()[0]).toMatchObject({ state: 'invalid', reason: expect.stringMatching(/^secret: /) });
    expect(n.status()[0]!.reason).toContain(reason);
    // The status names the problem, never the secret ("whsec_" alone is only the prefix).
    if (secret !== 'whsec_') expect(n.status()[0]!.reason).not.toContain(secret);
    expect(await n.test('hook')).toEqual({ ok: false, error: expect.stringContaining(reason) });
    expect(room.fake.requests).toHaveLength(0);
  });

  it.each([24, 32, 64])('a %i-byte whsec_ key is accepted and usable', (n) => {
    const secret = `whsec_${b64(n)}`;
    expect(standardSecretProblem(secret)).toBeNull();
    expect(usable(secret)).toBe(true);
  });

  it('the refusal says how to keep the old signature', () => {
    expect(standardSecretProblem('s3cret')).toMatch(/webhook-secret.*signature: "github"/);
  });
});

describe('webhook: GitHub-style signature on request', () => {
  it('signature "github": X-Hub-Signature-256 and X-IPWatch-Signature, sha256= of the body, any secret', async () => {
    const req = await deliverOne(channel({ secret: 's3cret', signature: 'github' }));
    const expected = `sha256=${createHmac('sha256', 's3cret').update(req.body).digest('hex')}`;
    expect(req.headers['x-hub-signature-256']).toBe(expected);
    expect(req.headers['x-ipwatch-signature']).toBe(expected);
    expect(req.headers['webhook-signature']).toBeUndefined();
  });
});

describe('webhook: form templates', () => {
  it('URL-encodes each value, so a "+" or "&" in it survives', async () => {
    const req = await deliverOne(
      channel({
        template: 'event={{event}}&time={{time}}&text={{text}}&data={{data}}',
        contentType: 'application/x-www-form-urlencoded',
      }),
      { timezone: 'Europe/Berlin' },
    );
    const form = new URLSearchParams(req.body);
    expect([...form.keys()]).toEqual(['event', 'time', 'text', 'data']);
    expect(form.get('event')).toBe('ipv4-changed');
    expect(form.get('time')).toMatch(/ GMT\+1$/);
    expect(form.get('text')).toContain('New address: 198.51.100.20');
    expect(JSON.parse(form.get('data')!)).toMatchObject({ from: '203.0.113.7', to: '198.51.100.20' });
  });
});
