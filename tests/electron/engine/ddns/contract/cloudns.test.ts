/** ClouDNS against its stand-in (tests/fakes/ddns/cloudns.ts): the providers' contract, and its TTL steps. */
import { describe, expect, it } from 'vitest';

import { buildUpdater } from '../../../../../electron/engine/ddns';
import { createDdnsHttp } from '../../../../../electron/engine/ddns/http';
import { cloudnsSaid, cloudnsTtl } from '../../../../../electron/engine/ddns/providers/cloudns';
import { createUdpClient } from '../../../../../electron/engine/net';
import { startClouDns } from '../../../../fakes/ddns/cloudns';
import { HOST, providerContract, ZONE } from './provider-contract';

const KEYS = { authId: '4321', password: 'good-api-password' };

providerContract('ClouDNS', {
  start: () => startClouDns(KEYS, ZONE),
  record: (s, o) => ({
    id: `cloudns-${o.type.toLowerCase()}`,
    provider: 'cloudns',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    domain: ZONE,
    name: HOST,
    authId: KEYS.authId,
    password: o.wrongCredentials ? 'wrong' : KEYS.password,
    ttl: 300,
    apiBase: s.url,
  }),
  creates: true,
  ttl: 300,
  isWrite: (r) => /^\/(mod|add)-record\.json$/.test(r.url.pathname),
});

describe('ClouDNS: its own ways', () => {
  it.each([
    [1, 60],
    [60, 60],
    [61, 300],
    [600, 900],
    [3600, 3600],
    [86_401, 172_800],
    [604_800, 604_800],
  ])('a TTL of %i is sent as ClouDNS step %i', (asked, sent) => {
    expect(cloudnsTtl(asked)).toBe(sent);
  });

  it('reads its refusal words from a 200 that says Failed, and nothing from a success or a record list', () => {
    expect(cloudnsSaid({ status: 'Failed', statusDescription: 'Missing domain-name' })).toBe('Missing domain-name');
    expect(cloudnsSaid({ status: 'Success', statusDescription: 'ok' })).toBeNull();
    expect(cloudnsSaid({ '12': { id: '12', type: 'A', host: 'home', record: '192.0.2.1' } })).toBeNull();
    expect(cloudnsSaid([])).toBeNull();
  });

  it('a TTL off its steps goes up to the next one, which the stand-in (as ClouDNS) takes', async () => {
    const s = await startClouDns(KEYS, ZONE);
    const udp = createUdpClient();
    try {
      const record = {
        id: 'c',
        provider: 'cloudns',
        type: 'A',
        domain: ZONE,
        name: HOST,
        ...KEYS,
        ttl: 120,
        apiBase: s.url,
      };
      const deps = {
        udp,
        http: createDdnsHttp({ timeoutMs: 3000 }),
        clock: { now: () => Date.now() },
        timeoutMs: 2000,
      };
      const built = buildUpdater(record, deps, { env: {}, readFile: () => '' });
      if (!built.ok) throw new Error(built.reason);
      const out = await built.updater.update('192.0.2.5', new AbortController().signal);
      expect(out.kind, JSON.stringify(out)).toBe('updated');
      expect(s.zone.find(HOST, 'A')[0]?.ttl).toBe(300);
    } finally {
      udp.close();
      await s.close();
    }
  });
});
