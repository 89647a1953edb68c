/** Hetzner's DNS Console against its stand-in (tests/fakes/ddns/hetzner.ts): the providers' contract, and its quirks. */
import { expect, it } from 'vitest';

import { hetznerMessage } from '../../../../../electron/engine/ddns/providers/hetzner';
import { startHetzner } from '../../../../fakes/ddns/hetzner';
import { HOST, providerContract, ZONE } from './provider-contract';
import { updateOnce } from './update-once';

const TOKEN = 'hetzner-dns-token-0123456789abcdef';

const record = (url: string, o: { type: 'A' | 'AAAA'; wrongCredentials?: boolean }) => ({
  id: `hetzner-${o.type.toLowerCase()}`,
  provider: 'hetzner',
  type: o.type,
  ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
  zone: ZONE,
  name: HOST,
  token: o.wrongCredentials ? 'hetzner-wrong' : TOKEN,
  ttl: 120,
  apiBase: url,
});

providerContract('Hetzner DNS Console', {
  start: () => startHetzner(TOKEN, ZONE),
  record: (s, o) => record(s.url, o),
  creates: true,
  ttl: 120,
  isWrite: (r) => r.method === 'PUT' || r.method === 'POST',
});

it('Hetzner DNS Console: finds the zone by name, the record past the first page, and changes it by its id', async () => {
  const s = await startHetzner(TOKEN, ZONE, 2);
  try {
    for (const n of ['a', 'b', 'c']) s.zone.add({ name: `${n}.${ZONE}`, type: 'A', content: '192.0.2.1', ttl: 60 });
    const mine = s.zone.add({ name: HOST, type: 'A', content: '192.0.2.1', ttl: 60 });
    const out = await updateOnce(record(s.url, { type: 'A' }), '192.0.2.10');
    expect(out.kind).toBe('updated');
    expect(s.requests.map((r) => `${r.method} ${r.url.pathname}${r.url.search}`)).toEqual([
      `GET /zones?name=${ZONE}`,
      `GET /records?zone_id=${s.zoneId}&page=1&per_page=100`,
      `GET /records?zone_id=${s.zoneId}&page=2&per_page=100`,
      `PUT /records/${mine.id}`,
    ]);
    expect(s.requests[0]!.headers['auth-api-token']).toBe(TOKEN);
    expect(s.zone.holds(HOST, 'A')).toEqual(['192.0.2.10']);
  } finally {
    await s.close();
  }
});

it('Hetzner DNS Console: a zone ID given skips the look-up; the zone itself is "@"', async () => {
  const s = await startHetzner(TOKEN, ZONE);
  try {
    const out = await updateOnce({ ...record(s.url, { type: 'A' }), name: ZONE, zoneId: s.zoneId }, '192.0.2.10');
    expect(out.kind).toBe('updated');
    expect(s.requests.map((r) => r.method)).toEqual(['GET', 'POST']);
    expect(JSON.parse(s.requests[1]!.body)).toEqual({
      zone_id: s.zoneId,
      type: 'A',
      name: '@',
      value: '192.0.2.10',
      ttl: 120,
    });
  } finally {
    await s.close();
  }
});

it('Hetzner DNS Console: a zone it does not have (404 "zone not found") stops in its words', async () => {
  const s = await startHetzner(TOKEN, ZONE);
  try {
    const out = await updateOnce(
      { ...record(s.url, { type: 'A' }), zone: 'other.org', name: 'h.other.org' },
      '192.0.2.10',
    );
    expect(out.kind).toBe('stop');
    expect(out.kind === 'stop' && out.reason).toContain('zone not found');
    expect(s.zone.records.size).toBe(0);
  } finally {
    await s.close();
  }
});

it('Hetzner DNS Console: reads its words from message or error.message', () => {
  expect(hetznerMessage('{"message":"Invalid authentication credentials"}')).toBe('Invalid authentication credentials');
  expect(hetznerMessage('{"record":{},"error":{"message":"record not found","code":404}}')).toBe('record not found');
  expect(hetznerMessage('{"error":{}}')).toBeNull();
});
