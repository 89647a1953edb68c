/** Gcore against its stand-in (tests/fakes/ddns/gcore.ts): the providers' contract, and its quirks. */
import { expect, it } from 'vitest';

import { gcoreMessage } from '../../../../../electron/engine/ddns/providers/gcore';
import { startGcore } from '../../../../fakes/ddns/gcore';
import { HOST, providerContract, ZONE } from './provider-contract';
import { updateOnce } from './update-once';

const TOKEN = '29841$c767b25021d4c0a96f0e3f7a0b4e0c8a1d2e3f4a5b6c7d8e9f00112233445566';

const record = (url: string, o: { type: 'A' | 'AAAA'; wrongCredentials?: boolean }) => ({
  id: `gcore-${o.type.toLowerCase()}`,
  provider: 'gcore',
  type: o.type,
  ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
  zone: ZONE,
  name: HOST,
  token: o.wrongCredentials ? '29841$wrong-secret-part' : TOKEN,
  ttl: 120,
  apiBase: `${url}/dns/v2`,
});

providerContract('Gcore', {
  start: () => startGcore(TOKEN, ZONE),
  record: (s, o) => record(s.url, o),
  creates: true,
  ttl: 120,
  isWrite: (r) => r.method === 'PUT' || r.method === 'POST',
});

it('Gcore: a missing RRset (404 "record is not found") is made with one POST; the apex by its own name', async () => {
  const s = await startGcore(TOKEN, ZONE);
  try {
    const out = await updateOnce({ ...record(s.url, { type: 'A' }), name: ZONE }, '192.0.2.10');
    expect(out.kind).toBe('updated');
    expect(s.requests.map((r) => `${r.method} ${r.url.pathname} ${r.headers.authorization}`)).toEqual([
      `GET /dns/v2/zones/${ZONE}/${ZONE}/A APIKey ${TOKEN}`,
      `POST /dns/v2/zones/${ZONE}/${ZONE}/A APIKey ${TOKEN}`,
    ]);
    expect(JSON.parse(s.requests[1]!.body)).toEqual({
      ttl: 120,
      resource_records: [{ content: ['192.0.2.10'], enabled: true }],
    });
    expect(s.zone.holds(ZONE, 'A')).toEqual(['192.0.2.10']);
  } finally {
    await s.close();
  }
});

it('Gcore: a record switched off is not counted as held; the RRset is put with the address on', async () => {
  const s = await startGcore(TOKEN, ZONE);
  try {
    s.off.set(`${HOST} A`, ['192.0.2.10']);
    const out = await updateOnce(record(s.url, { type: 'A' }), '192.0.2.10');
    expect(out.kind).toBe('updated');
    expect(s.requests.map((r) => r.method)).toEqual(['GET', 'PUT']);
    expect(s.zone.holds(HOST, 'A')).toEqual(['192.0.2.10']);
    expect(s.off.size).toBe(0);
  } finally {
    await s.close();
  }
});

it('Gcore: a refused token stops without its part echoed back; a zone not found stops in its words', async () => {
  const s = await startGcore(TOKEN, ZONE);
  try {
    const bad = await updateOnce(record(s.url, { type: 'A', wrongCredentials: true }), '192.0.2.10');
    expect(bad.kind).toBe('stop');
    expect(bad.kind === 'stop' && bad.reason).toContain('Bad permanent token');
    expect(JSON.stringify(bad)).not.toContain('29841');
    const other = await updateOnce(
      { ...record(s.url, { type: 'A' }), zone: 'other.org', name: 'h.other.org' },
      '192.0.2.10',
    );
    expect(other.kind).toBe('stop');
    expect(other.kind === 'stop' && other.reason).toContain('zone is not found');
    expect(s.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(s.zone.records.size).toBe(0);
  } finally {
    await s.close();
  }
});

it("Gcore: its words are read from the DNS API's error or the platform's message", () => {
  expect(gcoreMessage('{"error":"record is not found"}')).toBe('record is not found');
  expect(gcoreMessage('{"exception_class":"X","message":"Bad permanent token: 29841","request_id":"r"}')).toBe(
    'Bad permanent token',
  );
  expect(gcoreMessage('not json')).toBeNull();
});
