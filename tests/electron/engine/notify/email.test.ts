/** Email against a real local SMTP server (smtp-server): content, auth, Message-ID, failures. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { systemClock } from '../../../../electron/engine/clock';
import { createNotifier, type Notifier } from '../../../../electron/engine/notify';
import type { HistoryStore } from '../../../../electron/engine/store';
import type { ChannelSettingsInput } from '../../../../shared/settings/notify';
import { type RecordedMail, type SmtpFake, startSmtpFake } from '../../../fakes/smtp';
import { until } from '../../../helpers/until';
import { captureLogger, change, jitter, memoryStore, notifySettings } from './helpers';

let smtp: SmtpFake;
let port: number;
let mails: RecordedMail[];
let store: HistoryStore;
let notifier: Notifier | null;

beforeEach(async () => {
  notifier = null;
  // STARTTLS offered: with auth it is required (email-tls.test.ts covers a server without it).
  smtp = await startSmtpFake({ users: { ipwatch: 'pw' }, starttls: true });
  port = smtp.port;
  mails = smtp.mails;
  store = await memoryStore(systemClock, captureLogger().logger);
});

afterEach(async () => {
  await notifier?.stop();
  await store.close();
  await smtp.close();
});

const channel = (over: Record<string, unknown> = {}): ChannelSettingsInput => ({
  id: 'mail',
  type: 'email',
  host: '127.0.0.1',
  port,
  secure: false,
  rejectUnauthorized: false,
  from: 'IPWatch <ipwatch@example.org>',
  to: ['me@example.org', 'you@example.org'],
  ...over,
});

function start(ch: ChannelSettingsInput) {
  notifier = createNotifier({
    random: jitter,
    store,
    clock: systemClock,
    logger: captureLogger().logger,
    settings: notifySettings([ch]),
  });
  return notifier.start().then(() => notifier!);
}

describe('email channel', () => {
  it('sends a plain-text mail with the change, authenticated, with the idempotency key as Message-ID', async () => {
    const n = await start(channel({ auth: { user: 'ipwatch', pass: 'pw' } }));
    await n.handle(change('203.0.113.7', '198.51.100.20', Date.UTC(2026, 10, 23, 0, 40, 6)));
    await until(() => mails.length === 1, { timeoutMs: 8000 });
    const m = mails[0]!;
    expect(m.from).toBe('ipwatch@example.org');
    expect(m.to).toEqual(['me@example.org', 'you@example.org']);
    expect(m.user).toBe('ipwatch');
    expect(m.secure).toBe(true);
    expect(m.raw).toMatch(/^Subject: \[IPWatch\] Public IPv4 address changed$/m);
    expect(m.raw).toMatch(/^Message-ID: <[0-9a-f]{32}@ipwatch>$/m);
    expect(m.raw).toMatch(/^X-IPWatch-Event: ipv4-changed$/im);
    expect(m.raw).toContain('New address: 198.51.100.20');
    expect(m.raw).toContain('Time: 2026-11-23 00:40:06 UTC');
    await until(() => n.status()[0]!.sent === 1, { timeoutMs: 8000 });
  });

  it('a wrong password: test() says so, deliveries retry with the SMTP error', async () => {
    const n = await start(channel({ auth: { user: 'ipwatch', pass: 'nope' } }));
    const r = await n.test('mail');
    expect(r).toEqual({ ok: false, error: expect.stringContaining('Invalid username or password') });
    await n.handle(change('203.0.113.7', '198.51.100.20', Date.now()));
    await until(() => n.status()[0]!.failures === 1, { timeoutMs: 8000 });
    expect(n.status()[0]).toMatchObject({ state: 'retrying', lastError: expect.stringContaining('535') });
  });

  it('a temporary server error is retried and then delivered', async () => {
    smtp.setReject({ code: 451, message: 'try again later' });
    const n = await start(channel());
    await n.handle(change('203.0.113.7', '198.51.100.20', Date.now()));
    await until(() => n.status()[0]!.failures >= 1, { timeoutMs: 8000 });
    expect(n.status()[0]!.lastError).toContain('451');
    smtp.setReject(null);
    await until(() => mails.length === 1, { timeoutMs: 8000 });
    expect(mails).toHaveLength(1);
  });

  it('the test notification arrives', async () => {
    const n = await start(channel());
    expect(await n.test('mail')).toMatchObject({ ok: true });
    expect(mails[0]!.raw).toContain('IPWatch test notification');
  });
});
