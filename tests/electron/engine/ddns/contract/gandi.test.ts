/** Gandi LiveDNS against its stand-in (tests/fakes/ddns/gandi.ts): the providers' contract, and its quirks. */
import { expect, it } from 'vitest';

import { gandiMessage } from '../../../../../electron/engine/ddns/providers/gandi';
import { startGandi } from '../../../../fakes/ddns/gandi';
import { HOST, providerContract, ZONE } from './provider-contract';
import { updateOnce } from './update-once';

const TOKEN = 'gandi-pat-0123456789abcdef0123456789abcdef';

const record = (url: string, o: { type: 'A' | 'AAAA'; wrongCredentials?: boolean }) => ({
  id: `gandi-${o.type.toLowerCase()}`,
  provider: 'gandi',
  type: o.type,
  ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
  domain: ZONE,
  name: HOST,
  token: o.wrongCredentials ? 'gandi-wrong' : TOKEN,
  ttl: 600,
  apiBase: url,
});

providerContract('Gandi LiveDNS', {
  start: () => startGandi({ token: TOKEN }, ZONE),
  record: (s, o) => record(s.url, o),
  creates: true,
  ttl: 600,
  isWrite: (r) => r.method === 'PUT',
});

it('Gandi: a missing record set (404 on GET) is made with one PUT; the domain itself is "@"', async () => {
  const s = await startGandi({ token: TOKEN }, ZONE);
  try {
    const out = await updateOnce({ ...record(s.url, { type: 'A' }), name: ZONE }, '192.0.2.10');
    expect(out.kind).toBe('updated');
    expect(s.requests.map((r) => `${r.method} ${r.url.pathname} ${r.headers.authorization}`)).toEqual([
      `GET /domains/${ZONE}/records/@/A Bearer ${TOKEN}`,
      `PUT /domains/${ZONE}/records/@/A Bearer ${TOKEN}`,
    ]);
    expect(JSON.parse(s.requests[1]!.body)).toEqual({ rrset_values: ['192.0.2.10'], rrset_ttl: 600 });
    expect(s.zone.holds(ZONE, 'A')).toEqual(['192.0.2.10']);
  } finally {
    await s.close();
  }
});

it('Gandi: an old API key is sent as "Apikey", as Gandi documents it', async () => {
  const s = await startGandi({ token: TOKEN, apiKey: 'old-key-123' }, ZONE);
  try {
    const out = await updateOnce(
      { ...record(s.url, { type: 'A' }), token: 'old-key-123', tokenKind: 'apikey' },
      '192.0.2.10',
    );
    expect(out.kind).toBe('updated');
    expect(s.requests.at(-1)!.headers.authorization).toBe('Apikey old-key-123');
  } finally {
    await s.close();
  }
});

it('Gandi: a domain that is not at Gandi stops in its words, nothing made', async () => {
  const s = await startGandi({ token: TOKEN }, ZONE);
  try {
    const out = await updateOnce(
      { ...record(s.url, { type: 'A' }), domain: 'other.org', name: 'h.other.org' },
      '192.0.2.10',
    );
    expect(out.kind).toBe('stop');
    expect(out.kind === 'stop' && out.reason).toContain('Domain other.org not found');
    expect(s.zone.records.size).toBe(0);
  } finally {
    await s.close();
  }
});

it('Gandi: a token without the technical rights (403) stops as refused credentials', async () => {
  const s = await startGandi({ token: TOKEN, rights: false }, ZONE);
  try {
    const out = await updateOnce(record(s.url, { type: 'A' }), '192.0.2.10');
    expect(out.kind).toBe('stop');
    expect(out.kind === 'stop' && out.reason).toContain('Access was denied to this resource.');
  } finally {
    await s.close();
  }
});

it('Gandi: reads its words from message and each error', () => {
  expect(
    gandiMessage(
      '{"code":400,"message":"Validation error","errors":[{"location":"body","name":"rrset_ttl","description":"too small"}]}',
    ),
  ).toBe('Validation error; rrset_ttl: too small');
  expect(gandiMessage('{"code":404}')).toBeNull();
});
