/**
 * Email and TLS against a real SMTP server (smtp-server): with `auth` and `secure: false`,
 * STARTTLS is required by default, so a server without it never sees AUTH or the password;
 * sending in clear takes an explicit `requireTLS: false` and warns at every start; a relay
 * without auth still takes plain SMTP.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { systemClock } from '../../../../electron/engine/clock';
import type { LogRecord } from '../../../../electron/engine/logger';
import { createNotifier, type Notifier } from '../../../../electron/engine/notify';
import type { HistoryStore } from '../../../../electron/engine/store';
import { type SmtpFake, startSmtpFake } from '../../../fakes/smtp';
import { until } from '../../../helpers/until';
import { captureLogger, change, memoryStore, notifySettings } from './helpers';

const PASSWORD = 'correct horse battery staple';
let smtp: SmtpFake;
let store: HistoryStore | null = null;
let notifier: Notifier | null = null;
let logs: LogRecord[];

afterEach(async () => {
  await notifier?.stop();
  await store?.close();
  await smtp.close();
  notifier = store = null;
});

async function start(
  fake: { starttls?: boolean; implicitTls?: boolean },
  over: Record<string, unknown>,
): Promise<Notifier> {
  smtp = await startSmtpFake({ users: { ipwatch: PASSWORD }, ...fake });
  const captured = captureLogger();
  logs = captured.records;
  store = await memoryStore(systemClock, captured.logger);
  notifier = createNotifier({
    store,
    clock: systemClock,
    logger: captured.logger,
    settings: notifySettings([
      {
        id: 'mail',
        type: 'email',
        host: '127.0.0.1',
        port: smtp.port,
        from: 'ipwatch@example.org',
        to: 'me@example.org',
        ...over,
      },
    ]),
  });
  await notifier.start();
  return notifier;
}

const auth = { auth: { user: 'ipwatch', pass: PASSWORD } };
/** The password as any SASL mechanism would carry it (PLAIN/LOGIN are base64). */
const leaked = () => {
  const wire = smtp.wire.join('');
  return [
    PASSWORD,
    Buffer.from(PASSWORD).toString('base64'),
    Buffer.from(`\0ipwatch\0${PASSWORD}`).toString('base64'),
  ].filter((p) => wire.includes(p));
};
const clearWarnings = () => logs.filter((r) => r.level === 'warn' && /password goes in clear/.test(r.message));

describe('email: STARTTLS before a password', () => {
  it('with auth and no STARTTLS on the server: a clear error, no AUTH, no password on the wire', async () => {
    const n = await start({}, auth);
    const r = await n.test('mail');
    expect(r).toEqual({ ok: false, error: expect.stringContaining('the server offers no STARTTLS') });
    await n.handle(change('203.0.113.7', '198.51.100.20', Date.now()));
    await until(() => n.status()[0]!.failures >= 1, { what: 'a failed delivery' });
    expect(n.status()[0]!.lastError).toMatch(/no STARTTLS.*requireTLS: false/);
    expect(smtp.wire.join('')).toMatch(/^STARTTLS\r$/m);
    expect(smtp.wire.join('')).not.toMatch(/^AUTH/im);
    expect(smtp.logins).toEqual([]);
    expect(leaked()).toEqual([]);
    expect(smtp.mails).toEqual([]);
    expect(clearWarnings()).toEqual([]);
  });

  it('with auth and STARTTLS offered: upgrades, then authenticates and sends', async () => {
    const n = await start({ starttls: true }, { ...auth, rejectUnauthorized: false });
    expect(await n.test('mail')).toMatchObject({ ok: true });
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]).toMatchObject({ user: 'ipwatch', secure: true });
    expect(leaked()).toEqual([]);
  });

  it('with implicit TLS (secure: true): TLS from the first byte, then authenticates and sends', async () => {
    const n = await start({ implicitTls: true }, { ...auth, secure: true, rejectUnauthorized: false });
    expect(await n.test('mail')).toMatchObject({ ok: true });
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]).toMatchObject({ user: 'ipwatch', secure: true });
    // Nothing readable on the wire: not the greeting's reply, not the password.
    expect(smtp.wire.join('')).not.toContain('EHLO');
    expect(leaked()).toEqual([]);
  });

  it('requireTLS: false sends the password in clear, with a warning at every start', async () => {
    const n = await start({}, { ...auth, requireTLS: false });
    expect(clearWarnings()).toHaveLength(1);
    expect(JSON.stringify(clearWarnings())).not.toContain(PASSWORD);
    expect(await n.test('mail')).toMatchObject({ ok: true });
    expect(smtp.mails[0]).toMatchObject({ user: 'ipwatch', secure: false });
    expect(smtp.logins).toEqual(['ipwatch']);
    await n.stop();
    await n.start();
    expect(clearWarnings()).toHaveLength(2);
  });

  it('without auth (a local relay), plain SMTP still works and nothing warns', async () => {
    const n = await start({}, {});
    await n.handle(change('203.0.113.7', '198.51.100.20', Date.now()));
    await until(() => smtp.mails.length === 1, { what: 'the mail' });
    expect(smtp.mails[0]).toMatchObject({ user: null, secure: false });
    expect(smtp.wire.join('')).not.toMatch(/^STARTTLS/m);
    expect(clearWarnings()).toEqual([]);
  });
});
