/** Alibaba Cloud ESA against its stand-in (tests/fakes/ddns/aliesa.ts, the signature checked): the providers' contract and its own ways. */
import { describe, expect, it } from 'vitest';

import { buildUpdater } from '../../../../../electron/engine/ddns';
import { createDdnsHttp } from '../../../../../electron/engine/ddns/http';
import { createUdpClient } from '../../../../../electron/engine/net';
import type { DdnsOutcome } from '../../../../../shared/settings/ddns';
import { type AliesaStandIn, startAliesa } from '../../../../fakes/ddns/aliesa';
import { HOST, providerContract, ZONE } from './provider-contract';

const KEYS = { accessKeyId: 'LTAI5tStandInEsaKey01', secret: 'standInEsaAccessKeySecret012345' };

providerContract('Alibaba Cloud ESA', {
  start: () => startAliesa(KEYS, ZONE),
  record: (s, o) => ({
    id: `aliesa-${o.type.toLowerCase()}`,
    provider: 'aliesa',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    domain: ZONE,
    name: HOST,
    accessKeyId: KEYS.accessKeyId,
    secret: o.wrongCredentials ? 'not-the-secret' : KEYS.secret,
    ttl: 300,
    apiBase: s.url,
  }),
  creates: true,
  ttl: 300,
  isWrite: (r) => /^(UpdateRecord|CreateRecord)$/.test(r.url.searchParams.get('Action') ?? ''),
});

describe('Alibaba Cloud ESA: its own ways', () => {
  const run = async (
    s: AliesaStandIn,
    type: 'A' | 'AAAA',
    address: string,
    over: Record<string, unknown> = {},
  ): Promise<DdnsOutcome> => {
    const udp = createUdpClient();
    try {
      const record = { id: 'e', provider: 'aliesa', type, domain: ZONE, name: HOST, ...KEYS, apiBase: s.url, ...over };
      const deps = {
        udp,
        http: createDdnsHttp({ timeoutMs: 3000 }),
        clock: { now: () => Date.now() },
        timeoutMs: 2000,
      };
      const built = buildUpdater(record, deps, { env: {}, readFile: () => '' });
      if (!built.ok) throw new Error(built.reason);
      return await built.updater.update(address, new AbortController().signal);
    } finally {
      udp.close();
    }
  };

  it('keeps the name\'s IPv4 and IPv6 apart, though ESA gives both one type "A/AAAA"', async () => {
    const s = await startAliesa(KEYS, ZONE);
    try {
      s.zone.add({ name: HOST, type: 'AAAA', content: '2001:db8::1', ttl: 600 });
      s.zone.add({ name: HOST, type: 'A', content: '192.0.2.1', ttl: 600 });
      expect((await run(s, 'A', '192.0.2.9')).kind).toBe('updated');
      expect(s.zone.holds(HOST, 'A')).toEqual(['192.0.2.9']);
      expect(s.zone.holds(HOST, 'AAAA')).toEqual(['2001:db8::1']);
      const write = s.requests.find((r) => r.url.searchParams.get('Action') === 'UpdateRecord')!;
      expect(write.method).toBe('POST');
      expect(write.url.searchParams.get('Type')).toBe('A/AAAA');
      expect(write.url.searchParams.get('Data')).toBe('{"Value":"192.0.2.9"}');
      expect(write.url.searchParams.get('Version')).toBe('2024-09-10');
    } finally {
      await s.close();
    }
  });

  it('makes a proxied web record on a site reached by CNAME, which takes no other', async () => {
    const s = await startAliesa(KEYS, ZONE, 'CNAME');
    try {
      expect((await run(s, 'AAAA', '2001:db8::7')).kind).toBe('updated');
      expect(s.zone.holds(HOST, 'AAAA')).toEqual(['2001:db8::7']);
      const made = s.requests.find((r) => r.url.searchParams.get('Action') === 'CreateRecord')!;
      expect(made.url.searchParams.get('Proxied')).toBe('true');
      expect(made.url.searchParams.get('BizName')).toBe('web');
    } finally {
      await s.close();
    }
  });

  it('a site ESA does not have is a stop in words, and nothing is written', async () => {
    const s = await startAliesa(KEYS, 'example.net');
    try {
      const out = await run(s, 'A', '192.0.2.9', { domain: ZONE });
      if (out.kind !== 'stop') throw new Error(JSON.stringify(out));
      expect(out.reason).toContain(`no zone ${ZONE} at Alibaba Cloud ESA`);
      expect(s.zone.writes).toBe(0);
    } finally {
      await s.close();
    }
  });

  it('a wrong secret is a stop in Alibaba words, without the secret', async () => {
    const s = await startAliesa(KEYS, ZONE);
    try {
      const out = await run(s, 'A', '192.0.2.9', { secret: 'not-the-secret' });
      if (out.kind !== 'stop') throw new Error(JSON.stringify(out));
      expect(out.reason).toMatch(/signature is not matched/);
      expect(out.reason).not.toContain('not-the-secret');
      expect(s.requests).toHaveLength(1);
    } finally {
      await s.close();
    }
  });
});
