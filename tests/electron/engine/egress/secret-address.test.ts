/**
 * An address given as a secret reference under egress.enforce (issue 63): the inventory declares
 * it by the value the runtime resolves (its host and port), so a webhook whose URL is an
 * environment variable is delivered, and neither the egress record nor the log holds the value's
 * path, query or token. Real runtime, real process gate, a local stand-in for the webhook.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { systemClock } from '../../../../electron/engine/clock';
import { configuredDestinations } from '../../../../electron/engine/egress/configured';
import { systemFacts } from '../../../../electron/engine/egress/facts';
import { declaredDestinations } from '../../../../electron/engine/egress/inventory';
import { createLogger, type LogRecord } from '../../../../electron/engine/logger';
import { processGate } from '../../../../electron/engine/net/egress-gate';
import { createRuntime, type Runtime } from '../../../../electron/engine/runtime';
import { openHistoryStore, type HistoryStore } from '../../../../electron/engine/store';
import type { SettingsInput } from '../../../../shared/settings';
import { type NotifyFake, startNotifyFake } from '../../../fakes/notify-http';
import { settingsFrom } from '../../../helpers/engine';

const SECRET_PATH = 'hook/k7Qx9-path-secret';
const SECRET_QUERY = 'token=q-secret-42';

let fake: NotifyFake;
let store: HistoryStore;
let runtime: Runtime | null = null;
const logs: LogRecord[] = [];

beforeEach(async () => {
  fake = await startNotifyFake();
});
afterEach(async () => {
  await runtime?.close();
  runtime = null;
  store?.close();
  await fake.close();
  logs.length = 0;
});

const input = (enforce: boolean): SettingsInput =>
  ({
    sources: { builtIn: false },
    egress: { enforce },
    notifications: { channels: [{ id: 'hook', type: 'webhook', url: { env: 'HOOK_URL' } }] },
  }) as SettingsInput;

async function start(env: Record<string, string>): Promise<Runtime> {
  const logger = createLogger('test', { level: 'debug', sink: (r) => logs.push(r) });
  store = await openHistoryStore({ dataDir: ':memory:', clock: systemClock, logger });
  runtime = createRuntime({
    settings: settingsFrom(input(true)),
    store,
    logger,
    version: 'test',
    secrets: { env, readFile: () => '' },
  });
  return runtime;
}

describe('an address given as a secret reference, with egress.enforce on', () => {
  it('is declared by its value and delivered; the record and the log hold its host and port only', async () => {
    const r = await start({ HOOK_URL: `${fake.url}/${SECRET_PATH}?${SECRET_QUERY}` });
    expect(await r.testChannel('hook')).toMatchObject({ ok: true });
    expect(fake.requests.map((q) => q.path)).toEqual([`/${SECRET_PATH}?${SECRET_QUERY}`]);
    const report = processGate.report();
    expect(report.declared).toContainEqual(
      expect.objectContaining({ id: 'channel:hook', role: 'entered', host: '127.0.0.1', port: fake.port }),
    );
    expect(report.contacted).toContainEqual(
      expect.objectContaining({ host: '127.0.0.1', port: fake.port, declared: ['channel:hook'], lastResult: 'ok' }),
    );
    const seen = JSON.stringify(report) + JSON.stringify(logs);
    for (const secret of ['k7Qx9', 'path-secret', 'q-secret-42', SECRET_QUERY]) expect(seen).not.toContain(secret);
  });

  it('is declared with no host while its variable is unset, and the channel says what is missing', async () => {
    const r = await start({});
    expect(await r.testChannel('hook')).toMatchObject({ ok: false });
    expect(processGate.report().declared).toContainEqual(
      expect.objectContaining({ id: 'channel:hook', host: null, port: null }),
    );
    expect(fake.requests).toEqual([]);
  });
});

describe('the inventory of what is configured (configured.ts)', () => {
  const settings = settingsFrom(input(true));
  const hook = (reveal?: (ref: Record<string, unknown>) => string | null) =>
    configuredDestinations(settings, reveal).find((d) => d.id === 'channel:hook');

  const cases: [string, string | null, string | null, number | null][] = [
    ['the value, read', 'https://Hooks.Example.org:8443/p/secret?x=1', 'hooks.example.org', 8443],
    ['the value, its scheme giving the port', 'http://192.0.2.7/secret', '192.0.2.7', 80],
    ['no value', null, null, null],
    ['a value the one parse refuses', 'http://exa mple.org/', null, null],
  ];
  it.each(cases)('an env reference to %s', (_, value, host, port) => {
    expect(hook(() => value)).toMatchObject({ host, port, protocol: 'tcp' });
  });

  it('asks only for the reference of the address, not for the other secrets of the item', () => {
    const asked: unknown[] = [];
    configuredDestinations(settings, (ref) => (asked.push(ref), null));
    expect(asked).toEqual([{ env: 'HOOK_URL' }]);
  });

  it('without a reader: no host', () => {
    expect(hook()).toMatchObject({ host: null, port: null });
  });

  it("reads them from this machine's environment where no runtime gives its own (ipwatch egress)", () => {
    const facts = systemFacts({ HOOK_URL: 'https://hooks.example.org/secret-path?k=v' });
    const listed = declaredDestinations(settings, facts).find((d) => d.id === 'channel:hook');
    expect(listed).toMatchObject({ host: 'hooks.example.org', port: 443 });
    expect(JSON.stringify(listed)).not.toContain('secret-path');
  });
});
