/** bunny.net DNS against its stand-in (tests/fakes/ddns/bunny.ts): the providers' contract, and its quirks. */
import { expect, it } from 'vitest';

import { bunnyMessage } from '../../../../../electron/engine/ddns/providers/bunny';
import { startBunny } from '../../../../fakes/ddns/bunny';
import { HOST, providerContract, ZONE } from './provider-contract';
import { updateOnce } from './update-once';

const KEY = 'bunny-account-key-0123-4567-89ab-cdef01234567';

const record = (url: string, o: { type: 'A' | 'AAAA'; wrongCredentials?: boolean }) => ({
  id: `bunny-${o.type.toLowerCase()}`,
  provider: 'bunny',
  type: o.type,
  ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
  zone: ZONE,
  name: HOST,
  apiKey: o.wrongCredentials ? 'bunny-wrong' : KEY,
  ttl: 120,
  apiBase: url,
});

providerContract('bunny.net DNS', {
  start: () => startBunny(KEY, ZONE),
  record: (s, o) => record(s.url, o),
  creates: true,
  ttl: 120,
  isWrite: (r) => r.method === 'PUT' || r.method === 'POST',
});

it('bunny.net: picks its zone from a search that also finds my<zone>; the zone itself is Name ""', async () => {
  const s = await startBunny(KEY, ZONE);
  try {
    const out = await updateOnce({ ...record(s.url, { type: 'AAAA' }), name: ZONE }, '2001:db8::10');
    expect(out.kind).toBe('updated');
    expect(s.requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
      'GET /dnszone',
      `GET /dnszone/${s.zoneId}`,
      `PUT /dnszone/${s.zoneId}/records`,
    ]);
    expect(s.requests[0]!.url.searchParams.get('search')).toBe(ZONE);
    expect(s.requests[0]!.headers.accesskey).toBe(KEY);
    expect(JSON.parse(s.requests[2]!.body)).toEqual({ Type: 1, Name: '', Value: '2001:db8::10', Ttl: 120 });
    expect(s.zone.holds(ZONE, 'AAAA')).toEqual(['2001:db8::10']);
  } finally {
    await s.close();
  }
});

it('bunny.net: a zone the account does not have stops in words, nothing sent past the search', async () => {
  const s = await startBunny(KEY, ZONE);
  try {
    const out = await updateOnce(
      { ...record(s.url, { type: 'A' }), zone: 'other.org', name: 'h.other.org' },
      '192.0.2.1',
    );
    expect(out.kind).toBe('stop');
    expect(out.kind === 'stop' && out.code).toMatchObject({ values: { what: 'noZone', zone: 'other.org' } });
    expect(s.requests).toHaveLength(1);
  } finally {
    await s.close();
  }
});

it('bunny.net: reads its words from Message, else Field and ErrorKey', () => {
  expect(bunnyMessage('{"ErrorKey":"auth.failed","Field":"","Message":"The request authorization failed"}')).toBe(
    'The request authorization failed',
  );
  expect(bunnyMessage('{"ErrorKey":"validation.error","Field":"Value"}')).toBe('Value: validation.error');
  expect(bunnyMessage('{}')).toBeNull();
});
