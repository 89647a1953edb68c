/** Scaleway against its stand-in (tests/fakes/ddns/scaleway.ts): the providers' contract, and its quirks. */
import { expect, it } from 'vitest';

import { startScaleway } from '../../../../fakes/ddns/scaleway';
import { HOST, providerContract, ZONE } from './provider-contract';
import { updateOnce } from './update-once';

const SECRET = '11111111-2222-3333-4444-555555555555';

const record = (url: string, o: { type: 'A' | 'AAAA'; wrongCredentials?: boolean }) => ({
  id: `scaleway-${o.type.toLowerCase()}`,
  provider: 'scaleway',
  type: o.type,
  ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
  zone: ZONE,
  name: HOST,
  secret: o.wrongCredentials ? 'wrong-secret' : SECRET,
  ttl: 120,
  apiBase: url,
});

providerContract('Scaleway', {
  start: () => startScaleway(SECRET, ZONE),
  record: (s, o) => record(s.url, o),
  creates: true,
  ttl: 120,
  isWrite: (r) => r.method === 'PATCH',
});

it('Scaleway: a change is one set of the name and type, the zone itself named ""', async () => {
  const s = await startScaleway(SECRET, ZONE);
  try {
    s.zone.add({ name: ZONE, type: 'A', content: '192.0.2.1', ttl: 300 });
    const out = await updateOnce({ ...record(s.url, { type: 'A' }), name: ZONE }, '192.0.2.10');
    expect(out.kind).toBe('updated');
    expect(JSON.parse(s.requests.at(-1)!.body)).toEqual({
      changes: [
        {
          set: { id_fields: { name: '', type: 'A' }, records: [{ name: '', type: 'A', data: '192.0.2.10', ttl: 120 }] },
        },
      ],
    });
    expect(s.zone.holds(ZONE, 'A')).toEqual(['192.0.2.10']);
  } finally {
    await s.close();
  }
});
