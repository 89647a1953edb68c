/** Baidu AI Cloud DNS against its stand-in (tests/fakes/ddns/baiducloud.ts, the bce-auth-v1 signature checked): the providers' contract and its own ways. */
import { describe, expect, it } from 'vitest';

import { buildUpdater } from '../../../../../electron/engine/ddns';
import { createDdnsHttp } from '../../../../../electron/engine/ddns/http';
import { createUdpClient } from '../../../../../electron/engine/net';
import { startBaiducloud } from '../../../../fakes/ddns/baiducloud';
import { HOST, providerContract, ZONE } from './provider-contract';

const KEYS = { accessKeyId: 'ALTAKstandInAccessKey01', secret: 'standInSecretAccessKey0123456789' };

providerContract('Baidu AI Cloud', {
  start: () => startBaiducloud(KEYS, ZONE),
  record: (s, o) => ({
    id: `baiducloud-${o.type.toLowerCase()}`,
    provider: 'baiducloud',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    domain: ZONE,
    name: HOST,
    accessKeyId: KEYS.accessKeyId,
    secret: o.wrongCredentials ? 'not-the-secret' : KEYS.secret,
    ttl: 600,
    apiBase: s.url,
  }),
  creates: true,
  ttl: 600,
  isWrite: (r) => /\/v1\/domain\/resolve\/(edit|add)$/.test(r.url.pathname),
});

describe('Baidu AI Cloud: its own ways', () => {
  it('names the zone itself "@", signs each POST in its Authorization header, and sends no secret', async () => {
    const s = await startBaiducloud(KEYS, ZONE);
    const udp = createUdpClient();
    try {
      s.zone.add({ name: ZONE, type: 'AAAA', content: '2001:db8::1', ttl: 300 });
      const record = { id: 'b', provider: 'baiducloud', type: 'A', domain: ZONE, name: ZONE, ...KEYS, apiBase: s.url };
      const deps = {
        udp,
        http: createDdnsHttp({ timeoutMs: 3000 }),
        clock: { now: () => Date.now() },
        timeoutMs: 2000,
      };
      const built = buildUpdater(record, deps, { env: {}, readFile: () => '' });
      if (!built.ok) throw new Error(built.reason);
      const out = await built.updater.update('192.0.2.9', new AbortController().signal);
      expect(out.kind, JSON.stringify(out)).toBe('updated');
      expect(s.zone.holds(ZONE, 'A')).toEqual(['192.0.2.9']);
      expect(s.zone.holds(ZONE, 'AAAA')).toEqual(['2001:db8::1']);
      const add = s.requests.find((r) => r.url.pathname.endsWith('/add'))!;
      expect(JSON.parse(add.body)).toEqual({ domain: '@', rdType: 'A', ttl: 300, rdata: '192.0.2.9', zoneName: ZONE });
      for (const r of s.requests) {
        expect(r.method).toBe('POST');
        expect(String(r.headers.authorization)).toMatch(
          /^bce-auth-v1\/ALTAKstandInAccessKey01\/[^/]+\/1800\/host\/[0-9a-f]{64}$/,
        );
        expect(`${String(r.headers.authorization)} ${r.body} ${r.url.href}`).not.toContain(KEYS.secret);
      }
    } finally {
      udp.close();
      await s.close();
    }
  });
});
