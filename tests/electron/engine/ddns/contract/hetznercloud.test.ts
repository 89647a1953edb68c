/** Hetzner Cloud DNS against its stand-in (tests/fakes/ddns/hetznercloud.ts): the providers' contract, and its quirks. */
import { expect, it } from 'vitest';

import { startHetznerCloud } from '../../../../fakes/ddns/hetznercloud';
import { HOST, providerContract, ZONE } from './provider-contract';
import { updateOnce } from './update-once';

const TOKEN = 'hcloud-good-token-0123456789abcdef0123456789abcdef0123456789abcdef';

const record = (url: string, o: { type: 'A' | 'AAAA'; wrongCredentials?: boolean }) => ({
  id: `hetznercloud-${o.type.toLowerCase()}`,
  provider: 'hetznercloud',
  type: o.type,
  ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
  zone: ZONE,
  name: HOST,
  token: o.wrongCredentials ? 'hcloud-wrong' : TOKEN,
  ttl: 120,
  apiBase: url,
});

providerContract('Hetzner Cloud DNS', {
  start: () => startHetznerCloud(TOKEN, ZONE),
  record: (s, o) => record(s.url, o),
  creates: true,
  ttl: 120,
  isWrite: (r) => r.method === 'POST',
});

it('Hetzner Cloud DNS: its 429 past 3600 an hour (no Retry-After) is a retry, nothing written', async () => {
  const s = await startHetznerCloud(TOKEN, ZONE, 1);
  try {
    const out = await updateOnce(record(s.url, { type: 'A' }), '192.0.2.10');
    expect(out.kind).toBe('retry');
    expect(s.requests.at(-1)!.method).toBe('POST');
    expect(s.zone.holds(HOST, 'A')).toEqual([]);
  } finally {
    await s.close();
  }
});

it('Hetzner Cloud DNS: an RRSet of the zone itself is named "@"', async () => {
  const s = await startHetznerCloud(TOKEN, ZONE);
  try {
    const out = await updateOnce({ ...record(s.url, { type: 'A' }), name: ZONE }, '192.0.2.10');
    expect(out.kind).toBe('updated');
    expect(JSON.parse(s.requests.at(-1)!.body)).toMatchObject({ name: '@', type: 'A' });
    expect(s.zone.holds(ZONE, 'A')).toEqual(['192.0.2.10']);
  } finally {
    await s.close();
  }
});
