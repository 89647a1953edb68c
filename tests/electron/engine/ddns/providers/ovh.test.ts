/**
 * OVHcloud's own quirks beyond the providers' contract (contract/ovh.test.ts): a change is
 * applied by a zone refresh after it (ddns-updater's refresh.go), none when nothing changed; and
 * ddns-updater's ovh entry (docs/ovh.md) becomes a zone API record in mode "api", else a DynHost
 * (dyndns2) record.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';

import { buildUpdater } from '../../../../../electron/engine/ddns';
import { createDdnsHttp } from '../../../../../electron/engine/ddns/http';
import { importDdnsUpdater } from '../../../../../electron/engine/ddns/import-ddns-updater';
import { createUdpClient } from '../../../../../electron/engine/net';
import { ddnsRecordSchema } from '../../../../../shared/settings/ddns';
import { type OvhStandIn, startOvh } from '../../../../fakes/ddns/ovh';

const KEYS = { appKey: 'app-key-1', appSecret: 'app-secret-1', consumerKey: 'consumer-key-1' };
const udp = createUdpClient();
afterAll(() => udp.close());
const signal = new AbortController().signal;

describe('OVHcloud', () => {
  let s: OvhStandIn;
  beforeEach(async () => {
    s = await startOvh(KEYS, 'example.org');
  });
  afterEach(() => s.close());

  it('refreshes the zone after each change, never when nothing changed', async () => {
    const deps = { udp, http: createDdnsHttp({ timeoutMs: 500 }), clock: { now: () => Date.now() }, timeoutMs: 2000 };
    const record = {
      id: 'ovh',
      provider: 'ovh',
      domain: 'example.org',
      name: 'example.org',
      appKey: KEYS.appKey,
      secret: KEYS.appSecret,
      token: KEYS.consumerKey,
      apiBase: `${s.url}/1.0`,
    };
    const built = buildUpdater(record, deps, { env: {}, readFile: () => '' });
    if (!built.ok) throw new Error(built.reason);
    expect((await built.updater.update('192.0.2.1', signal)).kind).toBe('updated');
    expect(s.refreshes).toBe(1);
    expect(s.zone.find('example.org', 'A')[0]).toMatchObject({ content: '192.0.2.1', ttl: 60 });
    expect((await built.updater.update('192.0.2.2', signal)).kind).toBe('updated');
    expect((await built.updater.update('192.0.2.2', signal)).kind).toBe('unchanged');
    expect(s.refreshes).toBe(2);
    expect(built.secrets).toEqual(expect.arrayContaining([KEYS.appSecret, KEYS.consumerKey, KEYS.appKey]));
  });
});

describe("OVHcloud: ddns-updater's entry", () => {
  it('mode "api" becomes a zone API record at its endpoint; DynHost a dyndns2 record', () => {
    const { records, refused } = importDdnsUpdater({
      settings: [
        {
          provider: 'ovh',
          domain: 'example.com',
          owner: 'home',
          mode: 'api',
          api_endpoint: 'ovh-ca',
          app_key: 'ak',
          app_secret: 'as',
          consumer_key: 'ck',
          ip_version: 'ipv6',
        },
        { provider: 'ovh', domain: 'dyn.example.com', username: 'example.com-dyn', password: 'pw', ip_version: 'ipv4' },
      ],
    });
    expect(refused).toEqual([]);
    expect(records.map((r) => ddnsRecordSchema.parse(r))).toMatchObject([
      {
        provider: 'ovh',
        type: 'AAAA',
        domain: 'example.com',
        name: 'home.example.com',
        appKey: 'ak',
        secret: 'as',
        token: 'ck',
        apiBase: 'https://ca.api.ovh.com/1.0',
      },
      {
        provider: 'dyndns2',
        type: 'A',
        server: 'https://www.ovh.com',
        username: 'example.com-dyn',
        hostname: 'dyn.example.com',
      },
    ]);
  });
});
