/** Hostinger against its stand-in (tests/fakes/ddns/hostinger.ts): the providers' contract, and its quirks. */
import { expect, it } from 'vitest';

import { hostingerMessage } from '../../../../../electron/engine/ddns/providers/hostinger';
import { startHostinger } from '../../../../fakes/ddns/hostinger';
import { HOST, providerContract, ZONE } from './provider-contract';
import { updateOnce } from './update-once';

const TOKEN = 'hostinger-api-token-0123456789abcdef';

const record = (url: string, o: { type: 'A' | 'AAAA'; wrongCredentials?: boolean }) => ({
  id: `hostinger-${o.type.toLowerCase()}`,
  provider: 'hostinger',
  type: o.type,
  ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
  domain: ZONE,
  name: HOST,
  token: o.wrongCredentials ? 'hostinger-wrong' : TOKEN,
  ttl: 120,
  apiBase: `${url}/api/dns/v1`,
});

providerContract('Hostinger', {
  start: () => startHostinger(TOKEN, ZONE),
  record: (s, o) => record(s.url, o),
  creates: true,
  ttl: 120,
  isWrite: (r) => r.method === 'PUT',
});

it('Hostinger: a change overwrites the set (never adds beside the old value); the domain itself is "@"', async () => {
  const s = await startHostinger(TOKEN, ZONE);
  try {
    s.zone.add({ name: ZONE, type: 'A', content: '192.0.2.1', ttl: 300 });
    s.zone.add({ name: `www.${ZONE}`, type: 'A', content: '192.0.2.99', ttl: 300 });
    const out = await updateOnce({ ...record(s.url, { type: 'A' }), name: ZONE }, '192.0.2.10');
    expect(out.kind).toBe('updated');
    expect(JSON.parse(s.requests.at(-1)!.body)).toEqual({
      overwrite: true,
      zone: [{ name: '@', type: 'A', ttl: 120, records: [{ content: '192.0.2.10' }] }],
    });
    expect(s.zone.holds(ZONE, 'A')).toEqual(['192.0.2.10']);
    expect(s.zone.holds(`www.${ZONE}`, 'A')).toEqual(['192.0.2.99']);
  } finally {
    await s.close();
  }
});

it('Hostinger: a domain not in the account stops in its words', async () => {
  const s = await startHostinger(TOKEN, ZONE);
  try {
    const out = await updateOnce(
      { ...record(s.url, { type: 'A' }), domain: 'other.org', name: 'h.other.org' },
      '192.0.2.1',
    );
    expect(out.kind).toBe('stop');
    expect(out.kind === 'stop' && out.reason).toContain('Domain other.org not found.');
    expect(s.requests).toHaveLength(1);
  } finally {
    await s.close();
  }
});

it('Hostinger: reads its words from error or message and the first of errors, never the correlation ID', () => {
  expect(hostingerMessage('{"error":"Unauthenticated.","correlation_id":"abc-123"}')).toBe('Unauthenticated.');
  expect(
    hostingerMessage(
      '{"message":"The given data was invalid.","errors":{"zone.0.ttl":["too small"]},"correlation_id":"x"}',
    ),
  ).toBe('The given data was invalid: too small');
  expect(hostingerMessage('[]')).toBeNull();
});
