/** DigitalOcean against its stand-in (tests/fakes/ddns/digitalocean.ts): the providers' contract, and its limit. */
import { expect, it } from 'vitest';

import { startDigitalOcean } from '../../../../fakes/ddns/digitalocean';
import { HOST, providerContract, ZONE } from './provider-contract';
import { updateOnce } from './update-once';

const TOKEN = 'dop_v1_good0123456789abcdef0123456789abcdef0123456789abcdef01234567';

const record = (url: string, o: { type: 'A' | 'AAAA'; wrongCredentials?: boolean }) => ({
  id: `digitalocean-${o.type.toLowerCase()}`,
  provider: 'digitalocean',
  type: o.type,
  ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
  domain: ZONE,
  name: HOST,
  token: o.wrongCredentials ? 'dop_v1_wrong' : TOKEN,
  ttl: 120,
  apiBase: url,
});

providerContract('DigitalOcean', {
  start: () => startDigitalOcean(TOKEN, ZONE),
  record: (s, o) => record(s.url, o),
  creates: true,
  ttl: 120,
  isWrite: (r) => r.method === 'PUT' || r.method === 'POST',
});

it('DigitalOcean: its 429 past 250 a minute is a retry, nothing written', async () => {
  const s = await startDigitalOcean(TOKEN, ZONE, 1);
  try {
    const out = await updateOnce(record(s.url, { type: 'A' }), '192.0.2.10');
    expect(out.kind).toBe('retry');
    expect(s.requests.at(-1)!.method).toBe('POST');
    expect(s.zone.holds(HOST, 'A')).toEqual([]);
  } finally {
    await s.close();
  }
});
