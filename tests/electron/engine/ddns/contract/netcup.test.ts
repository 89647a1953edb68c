/** netcup against its stand-in (tests/fakes/ddns/netcup.ts): the providers' contract, its session and its words. */
import { describe, expect, it } from 'vitest';

import { buildUpdater } from '../../../../../electron/engine/ddns';
import { createDdnsHttp } from '../../../../../electron/engine/ddns/http';
import { netcupHost, netcupSaid } from '../../../../../electron/engine/ddns/providers/netcup';
import { createUdpClient } from '../../../../../electron/engine/net';
import { startNetcup } from '../../../../fakes/ddns/netcup';
import { HOST, providerContract, ZONE } from './provider-contract';

const KEYS = { customerNumber: '111111', apiKey: 'good-api-key', password: 'good-api-password' };

providerContract('netcup', {
  start: () => startNetcup(KEYS, ZONE),
  record: (s, o) => ({
    id: `netcup-${o.type.toLowerCase()}`,
    provider: 'netcup',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    domain: ZONE,
    name: HOST,
    ...KEYS,
    password: o.wrongCredentials ? 'wrong' : KEYS.password,
    apiBase: s.url,
  }),
  creates: true,
  isWrite: (r) => (JSON.parse(r.body) as { action: string }).action === 'updateDnsRecords',
});

describe('netcup: its own ways', () => {
  it('reads its words from an error answer, and nothing from a success', () => {
    const err = { status: 'error', statuscode: 4013, shortmessage: 'Validation Error.', longmessage: 'Bad key.' };
    expect(netcupSaid(err)).toBe('Bad key.');
    expect(netcupSaid({ ...err, longmessage: '' })).toBe('Validation Error.');
    expect(netcupSaid({ status: 'success', statuscode: 2000, responsedata: {} })).toBeNull();
  });

  it('names the domain itself "@" and a host by its part under the domain', () => {
    expect(netcupHost('example.org', 'example.org')).toBe('@');
    expect(netcupHost('home.example.org', 'example.org')).toBe('home');
  });

  it('logs in for a change, sends the keys only in bodies, and logs out (no session left open)', async () => {
    const s = await startNetcup(KEYS, ZONE);
    const udp = createUdpClient();
    try {
      s.zone.add({ name: HOST, type: 'A', content: '192.0.2.1', ttl: 300 });
      const record = { id: 'n', provider: 'netcup', type: 'A', domain: ZONE, name: HOST, ...KEYS, apiBase: s.url };
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
      expect(s.zone.holds(HOST, 'A')).toEqual(['192.0.2.9']);
      const actions = s.requests.map((r) => (JSON.parse(r.body) as { action: string }).action);
      expect(actions).toEqual(['login', 'infoDnsRecords', 'logout', 'login', 'updateDnsRecords', 'logout']);
      expect(s.sessions.size).toBe(0);
      for (const r of s.requests) expect(r.url.search).toBe('?JSON');
    } finally {
      udp.close();
      await s.close();
    }
  });

  it('a wrong API key is a stop in netcup words, without the key', async () => {
    const s = await startNetcup(KEYS, ZONE);
    const udp = createUdpClient();
    try {
      const record = {
        id: 'n',
        provider: 'netcup',
        type: 'A',
        domain: ZONE,
        name: HOST,
        ...KEYS,
        apiKey: 'nope',
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
      const out = await built.updater.update('192.0.2.9', new AbortController().signal);
      if (out.kind !== 'stop') throw new Error(JSON.stringify(out));
      expect(out.reason).toMatch(/More than 180 requests per minute/);
      expect(out.reason).not.toMatch(/nope|good-api/);
      expect(s.requests).toHaveLength(1);
    } finally {
      udp.close();
      await s.close();
    }
  });
});
