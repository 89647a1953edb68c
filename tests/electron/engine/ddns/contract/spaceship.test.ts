/**
 * Spaceship against its stand-in (tests/fakes/ddns/spaceship.ts): the providers' contract (a
 * write is the PUT of the new address), and its own way of changing a record without an id: the
 * new address put first, then the old one deleted, so the name is never left empty.
 */
import { describe, expect, it } from 'vitest';

import { buildUpdater } from '../../../../../electron/engine/ddns';
import { createDdnsHttp } from '../../../../../electron/engine/ddns/http';
import { spaceshipMessage } from '../../../../../electron/engine/ddns/providers/spaceship';
import { createUdpClient } from '../../../../../electron/engine/net';
import { startSpaceship } from '../../../../fakes/ddns/spaceship';
import { HOST, providerContract, ZONE } from './provider-contract';

const KEYS = { apiKey: 'ss-key-1234', secret: 'ss-secret-5678' };

const record = (url: string, type: 'A' | 'AAAA', wrong = false) => ({
  id: `spaceship-${type.toLowerCase()}`,
  provider: 'spaceship',
  type,
  ...(type === 'AAAA' ? { address: 'observed' } : {}),
  domain: ZONE,
  name: HOST,
  apiKey: KEYS.apiKey,
  secret: wrong ? 'wrong' : KEYS.secret,
  ttl: 300,
  apiBase: url,
});

providerContract('Spaceship', {
  start: () => startSpaceship(KEYS, ZONE),
  record: (s, o) => record(s.url, o.type, o.wrongCredentials),
  creates: true,
  ttl: 300,
  isWrite: (r) => r.method === 'PUT',
});

describe('Spaceship: its own ways', () => {
  it('a change puts the new address, then deletes only the old ones, with the keys in its headers', async () => {
    const s = await startSpaceship(KEYS, ZONE);
    const udp = createUdpClient();
    try {
      s.zone.add({ name: HOST, type: 'A', content: '192.0.2.1', ttl: 300 });
      s.zone.add({ name: HOST, type: 'A', content: '192.0.2.2', ttl: 300 });
      s.zone.add({ name: ZONE, type: 'A', content: '192.0.2.99', ttl: 300 });
      const deps = {
        udp,
        http: createDdnsHttp({ timeoutMs: 3000 }),
        clock: { now: () => Date.now() },
        timeoutMs: 2000,
      };
      const built = buildUpdater(record(s.url, 'A'), deps, { env: {}, readFile: () => '' });
      if (!built.ok) throw new Error(built.reason);
      const out = await built.updater.update('192.0.2.7', new AbortController().signal);
      expect(out.kind, JSON.stringify(out)).toBe('updated');
      expect(s.zone.holds(HOST, 'A')).toEqual(['192.0.2.7']);
      expect(s.zone.holds(ZONE, 'A')).toEqual(['192.0.2.99']);
      expect(s.requests.map((r) => r.method)).toEqual(['GET', 'PUT', 'DELETE']);
      expect(JSON.parse(s.requests[2]!.body)).toEqual([
        { type: 'A', name: 'home', address: '192.0.2.1' },
        { type: 'A', name: 'home', address: '192.0.2.2' },
      ]);
    } finally {
      udp.close();
      await s.close();
    }
  });

  it('reads its words from detail and each field of data', () => {
    expect(spaceshipMessage('{"detail":"Validation error.","data":[{"field":"ttl","details":"Too low."}]}')).toBe(
      'Validation error.; ttl: Too low.',
    );
    expect(spaceshipMessage('{"data":[]}')).toBeNull();
    expect(spaceshipMessage('<html>')).toBeNull();
  });
});
