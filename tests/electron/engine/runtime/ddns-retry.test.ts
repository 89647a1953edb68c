/**
 * A refused record says only what is true, and "Try again" (retryDdnsRecord) re-arms it, through
 * the real runtime: the Cloudflare stand-in (tests/fakes/cloudflare-api.ts, a wrong token: 403 with
 * `errors: [{ code: 10000, message: "Authentication error" }]`, as Cloudflare's API reference
 * documents it) switches its record off; the status keeps `address` as the address wanted and
 * `holds` null, before and after the address changes, and why is Cloudflare's message in words,
 * never the envelope. The dyndns2 stand-in (tests/fakes/dyndns2.ts) answers `badauth` until the
 * account is fixed; "Try again" then sends the update, and the record holds the address once the
 * zone's stand-in server (tests/fakes/dns-server.ts) answers it, with no edit of its settings: the
 * stop is the keeper's, `enabled` stays the user's.
 */
import { promises as dnsPromises } from 'node:dns';

import { afterEach, describe, expect, it } from 'vitest';

import { systemClock } from '../../../../electron/engine/clock';
import { createLogger } from '../../../../electron/engine/logger';
import { createRuntime, type Runtime } from '../../../../electron/engine/runtime';
import { openHistoryStore } from '../../../../electron/engine/store';
import type { SettingsInput } from '../../../../shared/settings';
import { type CloudflareStandIn, startCloudflare } from '../../../fakes/cloudflare-api';
import { type FakeDnsServer, startDnsServer } from '../../../fakes/dns-server';
import { type Dyndns2StandIn, startDyndns2 } from '../../../fakes/dyndns2';
import { settingsFrom } from '../../../helpers/engine';
import { until } from '../../../helpers/until';
import { startWorld, type World } from '../../../helpers/world';

const A4 = '81.2.69.142';
const A4_NEW = '81.2.69.200';
const HOST = 'home.example.org';
const PASSWORD = 'right-password-1234';

let world: World | null = null;
let cf: CloudflareStandIn | null = null;
let dyn: Dyndns2StandIn | null = null;
let dns: FakeDnsServer | null = null;
let runtime: Runtime | null = null;

afterEach(async () => {
  await runtime?.close();
  await Promise.all([world?.close(), cf?.close(), dyn?.close(), dns?.close()]);
  runtime = world = cf = dyn = dns = null;
});

/** The runtime on the world's sources, with the zone's NS at the DNS stand-in. */
async function start(records: NonNullable<SettingsInput['ddns']>['records']) {
  dns = await startDnsServer();
  dns.setRecord('example.org', 'NS', 'ns1.example.org');
  dns.setRecord('ns1.example.org', 'A', '127.0.0.1');
  const resolver = new dnsPromises.Resolver({ timeout: 500, tries: 1 });
  resolver.setServers([dns.server]);
  const logger = createLogger('test', { level: 'error', sink: () => undefined });
  const store = await openHistoryStore({ dataDir: ':memory:', clock: systemClock, logger });
  const settings = settingsFrom({ ...world!.settings({ monitor: { ipv6: false } }), ddns: { records } });
  runtime = createRuntime({ settings, store, logger, version: 'test', ddnsLookups: { resolver, dnsPort: dns.port } });
  await runtime.start();
  const rt = runtime;
  return {
    record: (id: string) => rt.status().ddns!.records.find((r) => r.id === id)!,
    retry: (recordId: string) => rt.features.handlers.retryDdnsRecord({ recordId }, {} as never),
  };
}

describe('a refused record, and Try again', () => {
  it('Cloudflare refuses the token: switched off with its message, holds nothing, before and after a change', async () => {
    world = await startWorld(A4);
    cf = await startCloudflare('scoped-token-1234', { id: 'z1', name: 'example.org' }, [
      { id: 'r1', zone_id: 'z1', type: 'A', name: HOST, content: '192.0.2.1', proxied: false, ttl: 300 },
    ]);
    const s = await start([
      { id: 'cf', provider: 'cloudflare', token: 'wrong-token-123', zone: 'example.org', name: HOST, apiBase: cf.url },
      {
        id: 'off',
        provider: 'cloudflare',
        enabled: false,
        token: 'x',
        zone: 'example.org',
        name: HOST,
        apiBase: cf.url,
      },
    ]);
    await until(() => s.record('cf').state === 'stopped', { what: 'the refused record switched off' });

    expect(s.record('cf')).toMatchObject({
      address: A4,
      holds: null,
      why: 'Cloudflare home.example.org A refused the credentials: Authentication error (HTTP 403 Forbidden)',
    });
    expect(JSON.stringify(s.record('cf'))).not.toMatch(/success|10000|wrong-token/);

    // The address changes: the record still holds nothing IPWatch knows of.
    world.setIp(A4_NEW, '2a02:1:2:3::5');
    await runtime!.engine.checkNow('manual');
    await until(() => runtime!.status().families.v4.ip === A4_NEW, { what: 'the new address confirmed' });
    expect(s.record('cf')).toMatchObject({ state: 'stopped', holds: null });

    // Try again: one more request, refused again with the same words; the settings untouched.
    const before = cf.requests.length;
    const after = await s.retry('cf');
    await until(() => cf!.requests.length > before && s.record('cf').state === 'stopped', {
      what: 'the record tried again and refused again',
    });
    expect(after.id).toBe('cf');
    expect(s.record('cf')).toMatchObject({ holds: null, why: expect.stringContaining('Authentication error') });

    await expect(s.retry('nope')).rejects.toThrow(/no dynamic DNS record "nope"/);
    await expect(s.retry('off')).rejects.toThrow(/switched off in the settings: switch it on there/);
  }, 30_000);

  it('dyndns2 says badauth until the account is fixed; Try again then sets it, and it holds the address', async () => {
    world = await startWorld(A4);
    dyn = await startDyndns2('user', PASSWORD, [HOST]);
    dyn.answer = 'badauth';
    const s = await start([
      { id: 'dyn', provider: 'dyndns2', server: dyn.url, username: 'user', password: PASSWORD, hostname: HOST },
    ]);
    await until(() => s.record('dyn').state === 'stopped', { what: 'the record switched off after badauth' });
    expect(s.record('dyn')).toMatchObject({
      address: A4,
      holds: null,
      why: 'dyndns2 ' + new URL(dyn.url).host + ' home.example.org: the username and password do not match (badauth)',
    });

    dyn.answer = null;
    await s.retry('dyn');
    // Sent at once (the servers do not answer it yet), accepted: held as written, on its way to the servers.
    await until(() => dyn!.requests.length === 2 && s.record('dyn').holds === A4, { what: 'the update accepted' });
    expect(dyn.requests.map((r) => r.url.searchParams.get('myip'))).toEqual([A4, A4]);
    dns!.setRecord(HOST, 'A', A4);
    await until(() => s.record('dyn').state === 'in-step', { what: 'the record in step after Try again' });
    expect(s.record('dyn')).toMatchObject({ address: A4, holds: A4, why: null });
  }, 30_000);
});
