/** Dynadot against its stand-in (tests/fakes/ddns/dynadot.ts): the providers' contract. */
import { describe, expect, it } from 'vitest';

import { buildUpdater } from '../../../../../electron/engine/ddns';
import { createDdnsHttp } from '../../../../../electron/engine/ddns/http';
import { readDynadot } from '../../../../../electron/engine/ddns/providers/dynadot';
import { startDynadot } from '../../../../fakes/ddns/dynadot';
import { HOST, providerContract, ZONE } from './provider-contract';

const PASSWORD = 'dynadot-ddns-pass-5678';

providerContract('Dynadot', {
  start: () => startDynadot(ZONE, PASSWORD),
  record: (s, o) => ({
    id: `dynadot-${o.type.toLowerCase()}`,
    provider: 'dynadot',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    zone: ZONE,
    name: HOST,
    password: o.wrongCredentials ? 'wrong-pass' : PASSWORD,
    ttl: 300,
    apiBase: s.url,
  }),
  creates: true,
  oneRequest: true,
  sameAnswer: true,
  ttl: 300,
  isWrite: (r) => r.url.pathname === '/set_ddns',
});

describe('Dynadot: its answers, read', () => {
  const api = { provider: 'Dynadot', label: 'Dynadot home.example.org A' };
  it.each([
    [JSON.stringify({ status: 'success' }), 'updated'],
    [JSON.stringify({ status: 'success', error_code: 0, content: [] }), 'updated'],
    [JSON.stringify({ error_code: 0 }), 'updated'],
    ['ok\n', 'updated'],
    [JSON.stringify({ status: 'error', error_code: -1, content: ['invalid password'] }), 'stop'],
    [JSON.stringify({ error_code: '-1', content: ['x'] }), 'stop'],
    [JSON.stringify({ status: 'failed' }), 'stop'],
    [JSON.stringify({ status: 'pending' }), 'retry'],
    [JSON.stringify({ error_code: 'x' }), 'retry'],
    ['<html>maintenance</html>', 'retry'],
  ])('%s is %s', (body, kind) => {
    const out = readDynadot(body, '192.0.2.1', api);
    expect(out.kind).toBe(kind);
    expect(JSON.stringify(out)).not.toContain('maintenance');
  });

  it("says Dynadot's content as its words", () => {
    const out = readDynadot(JSON.stringify({ error_code: -1, content: ['domain not found'] }), '192.0.2.1', api);
    expect(out).toMatchObject({ kind: 'stop', reason: expect.stringContaining('domain not found') });
  });
});

describe('Dynadot: the request', () => {
  const deps = {
    udp: null as never,
    http: createDdnsHttp({ timeoutMs: 500 }),
    clock: { now: Date.now },
    timeoutMs: 2000,
  };
  const files = { env: {}, readFile: () => '' };

  it.each([
    [HOST, 'home', 'false'],
    [ZONE, '@', 'true'],
  ])('%s: sends subDomain %s and containRoot %s, as ddns-go does', async (name, subDomain, containRoot) => {
    const s = await startDynadot(ZONE, PASSWORD);
    try {
      const record = { id: 'd', provider: 'dynadot', type: 'AAAA', address: 'observed', zone: ZONE, name };
      const built = buildUpdater({ ...record, password: PASSWORD, apiBase: s.url }, deps, files);
      if (!built.ok) throw new Error(built.reason);
      expect((await built.updater.update('2001:db8::2', new AbortController().signal)).kind).toBe('updated');
      expect(s.requests[0]!.method).toBe('GET');
      expect(Object.fromEntries(s.requests[0]!.url.searchParams)).toEqual({
        domain: ZONE,
        subDomain,
        type: 'AAAA',
        ip: '2001:db8::2',
        pwd: PASSWORD,
        ttl: '600',
        containRoot,
      });
      expect(s.zone.find(name, 'AAAA')[0]).toMatchObject({ content: '2001:db8::2', ttl: 600 });
      expect(s.zone.records.size).toBe(1);
    } finally {
      await s.close();
    }
  });
});
