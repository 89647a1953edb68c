/**
 * Secrets in channel options (inline, from an environment variable, from a file) reach the
 * services that need them, and nowhere else: services that fail and echo the secret back
 * leave no trace of it in the logs, the status or the outbox.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, expect, it } from 'vitest';

import { systemClock } from '../../../../electron/engine/clock';
import { createLogger, type LogRecord } from '../../../../electron/engine/logger';
import { createRuntime, type Runtime } from '../../../../electron/engine/runtime';
import { createRedactor } from '../../../../electron/engine/secrets/redact';
import { processSecrets } from '../../../../electron/engine/secrets/resolve';
import { openHistoryStore, type HistoryStore } from '../../../../electron/engine/store';
import { type NotifyFake, startNotifyFake } from '../../../fakes/notify-http';
import { type SmtpFake, startSmtpFake } from '../../../fakes/smtp';
import { settingsFrom } from '../../../helpers/engine';
import { until } from '../../../helpers/until';
import { change } from './helpers';

const SECRET = {
  discord: 'DiscordTok3n-abc',
  telegram: '123456:TgSecretToken_x',
  gotify: 'GotifyS3cret',
  query: 'QueryS3cret',
  header: 'Bearer HeaderS3cret',
  hmac: 'HmacS3cret',
  smtp: 'SmtpPassw0rd',
};

let fake: NotifyFake;
let smtp: SmtpFake;
let dir: string;
let store: HistoryStore;
let runtime: Runtime;
const logs: LogRecord[] = [];

beforeEach(async () => {
  fake = await startNotifyFake();
  smtp = await startSmtpFake({ users: { me: SECRET.smtp }, starttls: true });
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-secrets-'));
  logs.length = 0;
});
afterEach(async () => {
  await runtime.close();
  await Promise.all([fake.close(), smtp.close(), rm(dir, { recursive: true, force: true })]);
});

it('resolves references, sends the real values, and masks every secret in logs, status and outbox', async () => {
  await writeFile(path.join(dir, 'gotify-token'), `${SECRET.gotify}\n`);
  // Each service fails and quotes the secrets back, as some error pages do.
  const echo = `denied: ${Object.values(SECRET).join(' ')} ${fake.url}/api/webhooks/1/${SECRET.discord}`;
  // 5xx: retried, so every channel quotes the secrets more than once (a 4xx would pause it).
  fake.setFault({ mode: 'status', status: 503, body: JSON.stringify({ message: echo }) });
  smtp.setReject({ code: 451, message: `try later ${SECRET.smtp}` });
  const settings = settingsFrom({
    sources: { builtIn: false },
    notifications: {
      flapWindowSec: 0,
      timezone: 'UTC',
      retry: { initialSec: 0.05, maxSec: 0.2, timeoutSec: 2 },
      channels: [
        { id: 'discord', type: 'discord-webhook', url: `${fake.url}/api/webhooks/1/${SECRET.discord}` },
        { id: 'tg', type: 'telegram', token: { env: 'TG_TOKEN' }, chatId: 1, apiBase: fake.url },
        { id: 'gotify', type: 'gotify', url: fake.url, token: { file: path.join(dir, 'gotify-token') } },
        {
          id: 'hook',
          type: 'webhook',
          url: `${fake.url}/hook?token=${SECRET.query}`,
          headers: { authorization: SECRET.header },
          secret: SECRET.hmac,
          // A plain secret: the GitHub-style signature takes any string.
          signature: 'github',
        },
        {
          id: 'mail',
          type: 'email',
          host: '127.0.0.1',
          port: smtp.port,
          auth: { user: 'me', pass: { env: 'SMTP_PASS' } },
          // The stand-in's STARTTLS certificate is self-signed.
          rejectUnauthorized: false,
          from: 'ipwatch@example.org',
          to: 'me@example.org',
        },
        { id: 'missing', type: 'gotify', url: fake.url, token: { env: 'NOT_SET_ANYWHERE' } },
      ],
    },
  });
  const redactor = createRedactor();
  const logger = createLogger('test', { level: 'debug', sink: (r) => logs.push(r), redact: redactor });
  store = await openHistoryStore({ dataDir: ':memory:', clock: systemClock, logger });
  runtime = createRuntime({
    settings,
    store,
    logger,
    version: 'test',
    redactor,
    secrets: { ...processSecrets, env: { TG_TOKEN: SECRET.telegram, SMTP_PASS: SECRET.smtp } },
  });
  await runtime.notifier.start();
  await runtime.notifier.handle(change('203.0.113.1', '198.51.100.2', Date.now()));
  const failing = ['discord', 'tg', 'gotify', 'hook', 'mail'];
  await until(
    () =>
      runtime
        .status()
        .notifications.filter((c) => failing.includes(c.id))
        .every((c) => c.failures >= 2),
    { what: 'every channel failed twice', timeoutMs: 15_000 },
  );

  // The services got the real values.
  const paths = fake.requests.map((r) => r.path);
  expect(paths).toContain(`/api/v10/webhooks/1/${SECRET.discord}?wait=true`);
  expect(paths).toContain(`/bot${SECRET.telegram}/sendMessage`);
  expect(fake.requests.some((r) => r.headers['x-gotify-key'] === SECRET.gotify)).toBe(true);
  expect(fake.requests.some((r) => r.headers.authorization === SECRET.header)).toBe(true);

  const status = runtime.status().notifications;
  expect(status.find((c) => c.id === 'missing')).toMatchObject({
    state: 'invalid',
    reason: 'token: environment variable NOT_SET_ANYWHERE is not set',
  });
  for (const id of failing) expect(status.find((c) => c.id === id)?.lastError, id).toContain('***');

  const outbox = failing.flatMap((id) => store.pending(id, 10).map((i) => i.lastError));
  const everything = [JSON.stringify(runtime.status()), JSON.stringify(logs), JSON.stringify(outbox)].join('\n');
  for (const [name, value] of Object.entries(SECRET)) expect(everything, name).not.toContain(value);
  // The part of a token that a service could quote on its own, too.
  expect(everything).not.toContain('TgSecretToken_x');
});
