/** DonDominio against its stand-in (tests/fakes/ddns/dondominio.ts): the providers' contract. */
import { describe, expect, it } from 'vitest';

import { buildUpdater } from '../../../../../electron/engine/ddns';
import { createDdnsHttp } from '../../../../../electron/engine/ddns/http';
import { readDondominio } from '../../../../../electron/engine/ddns/providers/dondominio';
import { startDondominio } from '../../../../fakes/ddns/dondominio';
import { HOST, providerContract, ZONE } from './provider-contract';

const ACCOUNT = { user: 'dd-user', key: 'dondns-key-5678' };

providerContract('DonDominio', {
  start: () => startDondominio(ZONE, ACCOUNT),
  record: (s, o) => ({
    id: `dondominio-${o.type.toLowerCase()}`,
    provider: 'dondominio',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    name: HOST,
    username: ACCOUNT.user,
    apiKey: o.wrongCredentials ? 'wrong-key' : ACCOUNT.key,
    apiBase: s.url,
  }),
  creates: false,
  oneRequest: true,
  sameAnswer: true,
  isWrite: (r) => r.url.pathname === '/json/',
});

describe('DonDominio: its answers, read', () => {
  const api = { provider: 'DonDominio', label: 'DonDominio home.example.org A' };
  it.each([
    [JSON.stringify({ success: true, messages: [] }), 'updated'],
    [JSON.stringify({ success: false, messages: ['Invalid DonDNS key'] }), 'stop'],
    [JSON.stringify({ success: false, messages: [] }), 'stop'],
    [JSON.stringify({ success: 'yes' }), 'retry'],
    [JSON.stringify(['success']), 'retry'],
    ['<html>maintenance</html>', 'retry'],
  ])('%s is %s', (body, kind) => {
    const out = readDondominio(body, '192.0.2.1', api);
    expect(out.kind).toBe(kind);
    expect(JSON.stringify(out)).not.toContain('maintenance');
  });

  it("says DonDNS's own messages as its words, in one line", () => {
    const out = readDondominio(JSON.stringify({ success: false, messages: ['Host not found', 'x'] }), '1.2.3.4', api);
    expect(out).toMatchObject({ kind: 'stop', reason: expect.stringContaining('Host not found, x') });
  });
});

describe('DonDominio: the request', () => {
  it('sends the user, the key as `password`, the full name, the address and lang=en to /json/', async () => {
    const s = await startDondominio(ZONE, ACCOUNT);
    try {
      s.zone.add({ name: HOST, type: 'AAAA', content: '2001:db8::1', ttl: 300 });
      const deps = {
        udp: null as never,
        http: createDdnsHttp({ timeoutMs: 500 }),
        clock: { now: Date.now },
        timeoutMs: 2000,
      };
      const record = { id: 'd', provider: 'dondominio', type: 'AAAA', address: 'observed', name: HOST };
      const built = buildUpdater({ ...record, username: ACCOUNT.user, apiKey: ACCOUNT.key, apiBase: s.url }, deps, {
        env: {},
        readFile: () => '',
      });
      if (!built.ok) throw new Error(built.reason);
      const out = await built.updater.update('2001:db8::2', new AbortController().signal);
      expect(out.kind).toBe('updated');
      const q = Object.fromEntries(s.requests[0]!.url.searchParams);
      expect(q).toEqual({ user: ACCOUNT.user, password: ACCOUNT.key, host: HOST, ip: '2001:db8::2', lang: 'en' });
      expect(s.requests[0]!.method).toBe('GET');
      expect(s.requests[0]!.headers.accept).toBe('application/json');
      expect(s.zone.find(HOST, 'AAAA')[0]).toMatchObject({ content: '2001:db8::2', ttl: 300 });
    } finally {
      await s.close();
    }
  });
});
