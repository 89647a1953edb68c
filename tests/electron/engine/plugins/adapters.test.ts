/**
 * Each kind's adapter over real plugin programs (small Node scripts, one answer each), read from a
 * real plugins folder and called through the runtime's caller: what a channel's send and a DNS
 * record's update come to, by what the plugin answered. The truth tables are the adapters' doc
 * comments (notify/channels/plugin.ts, ddns/plugin.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { systemClock } from '../../../../electron/engine/clock';
import { plugin as ddnsPlugin } from '../../../../electron/engine/ddns/plugin';
import type { DdnsDeps } from '../../../../electron/engine/ddns/types';
import { createLogger } from '../../../../electron/engine/logger';
import { createNotifier } from '../../../../electron/engine/notify';
import { plugin as channelPlugin } from '../../../../electron/engine/notify/channels/plugin';
import type { Channel, Delivery } from '../../../../electron/engine/notify/types';
import { readPlugins } from '../../../../electron/engine/plugins/load';
import { pluginCaller } from '../../../../electron/engine/runtime/plugins';
import { createRedactor } from '../../../../electron/engine/secrets/redact';
import { english, translator } from '../../../../shared/i18n/translators';
import type { Reason } from '../../../../shared/reason';
import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { reasonWords, sayReason } from '../../../../shared/words/reason';
import { until } from '../../../helpers/until';
import { captureLogger, change, jitter, memoryStore, notifySettings } from '../notify/helpers';

const root = mkdtempSync(path.join(tmpdir(), 'ipwatch-plugin-adapters-'));
const folder = path.join(root, 'plugins');
mkdirSync(folder);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A plugin of `kind` that answers `fields` (a JS expression over `req`), or runs `raw` instead. */
function plugin(name: string, kind: string, fields: string, raw?: string) {
  const body =
    raw ?? `process.stdout.write(JSON.stringify({ v: 1, id: req.id, ...(${fields}) }) + '\\n'); lines.close();`;
  writeFileSync(
    path.join(folder, `${name}.mjs`),
    `import { createInterface } from 'node:readline';
const lines = createInterface({ input: process.stdin });
lines.once('line', (line) => { const req = JSON.parse(line); ${body} });
`,
  );
  writeFileSync(
    path.join(folder, `${name}.json`),
    JSON.stringify({ v: 1, kind, name, command: process.execPath, args: [`${name}.mjs`], timeoutMs: 3000 }),
  );
}

beforeAll(() => {
  plugin('ch-ok', 'channel', `{ ok: req.message.title === 'IPv4 changed' && req.notice.kind === 'test' }`);
  plugin('ch-refuses', 'channel', `{ ok: false, error: 'bad request', retry: false }`);
  plugin('ch-busy', 'channel', `{ ok: false, error: 'try later' }`);
  plugin('ch-crash', 'channel', '', 'process.exit(2);');
  plugin(
    'dns-set',
    'ddns',
    `{ ok: true, result: req.address === '81.2.69.142' && req.name === 'home.example.org' ? 'updated' : 'no' }`,
  );
  plugin('dns-right', 'ddns', `{ ok: true, result: 'unchanged' }`);
  plugin('dns-odd', 'ddns', `{ ok: true, result: 'maybe' }`);
  plugin('dns-refuses', 'ddns', `{ ok: false, error: 'key refused', retry: false }`);
  plugin('dns-busy', 'ddns', `{ ok: false, error: 'server busy' }`);
  writeFileSync(
    path.join(folder, 'dns-gone.json'),
    JSON.stringify({ v: 1, kind: 'ddns', name: 'dns-gone', command: '/nonexistent/dns-prog' }),
  );
});

const read = () => readPlugins(folder, { env: {}, readFile: () => '' });

describe('a plugin channel', () => {
  const logger = createLogger('test', { level: 'error', sink: () => undefined });
  const build = (name: string): Channel => {
    const built = channelPlugin.build(
      { plugin: name },
      {
        clock: systemClock,
        logger,
        hostname: 'h',
        secrets: { env: {}, readFile: () => '' },
        redactor: createRedactor(),
        plugins: pluginCaller(read, 'channel', systemClock),
      },
    );
    if (!built.ok) throw new Error(built.reason);
    return built.channel;
  };
  const delivery = (): Delivery =>
    ({
      notice: { kind: 'test', key: 'k', at: 0 },
      message: { title: 'IPv4 changed', summary: 's', fields: [], text: 't', tone: 'info', time: '12:00' },
      mask: 'none',
      idempotencyKey: 'abc',
      signal: new AbortController().signal,
    }) as unknown as Delivery;

  // plugin -> what the outbox does with the notice, its English and its code (said in the reader's language)
  const TABLE: [string, Record<string, unknown>, string | null][] = [
    ['ch-ok', { ok: true }, null],
    ['ch-refuses', { ok: false, kind: 'rejected', error: 'the plugin ch-refuses said: “bad request”' }, 'said'],
    ['ch-busy', { ok: false, kind: 'transient', error: 'the plugin ch-busy said: “try later”' }, 'said'],
    [
      'ch-crash',
      { ok: false, kind: 'transient', error: 'the plugin ch-crash ended without an answer (exit code 2)' },
      'noAnswer',
    ],
    [
      'nobody',
      { ok: false, kind: 'misconfigured', error: 'no plugin named nobody is in the plugins folder' },
      'notFound',
    ],
    [
      'dns-set',
      { ok: false, kind: 'misconfigured', error: 'the plugin dns-set is not a notification channel' },
      'wrongKind',
    ],
  ];
  it.each(TABLE)('%s: %o (%s)', async (name, outcome, code) => {
    const { reason: coded, ...rest } = (await build(name).send(delivery())) as { reason?: Reason };
    expect(rest).toEqual(outcome);
    expect(coded?.code ?? null).toBe(code === null ? null : `reason.plugin.${code}`);
    // The code says what the English says, word for word.
    if (coded) expect(reasonWords(coded, english)).toBe((outcome as { error: string }).error);
  });
});

describe("a plugin channel's failure in the reader's language", () => {
  const notifierWith = async (name: string) => {
    const { logger } = captureLogger();
    const store = await memoryStore(systemClock, logger);
    const notifier = createNotifier({
      random: jitter,
      store,
      clock: systemClock,
      logger,
      settings: notifySettings([{ id: 'mine', type: 'plugin', plugin: name }]),
      plugins: pluginCaller(read, 'channel', systemClock),
    });
    await notifier.start();
    return { notifier, close: async () => (await notifier.stop(), await store.close()) };
  };

  it("a test's failure and the channel's last error carry the code, said in German and Indonesian", async () => {
    const { notifier, close } = await notifierWith('ch-busy');
    try {
      const test = await notifier.test('mine');
      expect(test).toMatchObject({ ok: false, error: 'the plugin ch-busy said: “try later”' });
      const testCode = test.ok ? undefined : test.errorCode;
      expect(sayReason(testCode, '', translator('de'))).toBe('das Plugin ch-busy meldet: „try later“');
      await notifier.handle(change('203.0.113.1', '198.51.100.2', systemClock.now()));
      await until(async () => (await notifier.status())[0]?.lastError != null, { what: 'a failed delivery' });
      const [status] = await notifier.status();
      expect(status?.lastErrorCode).toEqual({
        code: 'reason.plugin.said',
        values: { name: 'ch-busy', said: 'try later' },
      });
      expect(sayReason(status?.lastErrorCode, status!.lastError!, translator('id'))).toBe(
        'plugin ch-busy berkata: “try later”',
      );
    } finally {
      await close();
    }
  });

  it('a plugin that is not there pauses the channel, its reason with the code', async () => {
    const { notifier, close } = await notifierWith('nobody');
    try {
      await notifier.handle(change('203.0.113.1', '198.51.100.2', systemClock.now()));
      await until(async () => (await notifier.status())[0]?.state === 'paused', { what: 'the channel paused' });
      const [status] = await notifier.status();
      expect(status?.reasonCode).toEqual({ code: 'reason.plugin.notFound', values: { name: 'nobody' } });
      expect(sayReason(status?.reasonCode, status!.reason!, translator('de'))).not.toBe(status?.reason);
    } finally {
      await close();
    }
  });
});

describe('a plugin DNS record', () => {
  const deps = { plugins: pluginCaller(read, 'ddns', systemClock) } as unknown as DdnsDeps;
  const record = (name: string) =>
    ({ id: 'home', provider: 'plugin', plugin: name, name: 'home.example.org', type: 'A' }) as DdnsRecordOf<'plugin'>;

  // plugin -> what the keeper does with the record
  const TABLE: [string, string, string][] = [
    ['dns-set', 'updated', 'plugin dns-set: home.example.org set to 81.2.69.142'],
    ['dns-right', 'unchanged', 'plugin dns-right: home.example.org already right'],
    ['dns-odd', 'retry', 'the plugin dns-odd answered without a valid “result”'],
    ['dns-busy', 'retry', 'the plugin dns-busy said: “server busy”'],
    ['dns-refuses', 'stop', 'the plugin dns-refuses said: “key refused”'],
    ['dns-gone', 'stop', 'the plugin dns-gone could not start: /nonexistent/dns-prog was not found'],
    ['ch-ok', 'stop', 'the plugin ch-ok is not a DNS provider'],
  ];
  it.each(TABLE)('%s: %s', async (name, kind, said) => {
    const r = await ddnsPlugin.create(record(name), deps).update('81.2.69.142', new AbortController().signal);
    expect(r.kind).toBe(kind);
    expect('detail' in r ? r.detail : r.reason).toBe(said);
  });
});
