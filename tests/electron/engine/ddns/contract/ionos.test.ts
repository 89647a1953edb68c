/** IONOS against its stand-in (tests/fakes/ddns/ionos.ts): the providers' contract, and its rate limit. */
import { expect, it } from 'vitest';

import { startIonos } from '../../../../fakes/ddns/ionos';
import { HOST, providerContract, ZONE } from './provider-contract';
import { updateOnce } from './update-once';

const KEY = 'a1b2c3d4e5.Zm9vYmFyLXNlY3JldC1pb25vcw';

const record = (url: string, o: { type: 'A' | 'AAAA'; wrongCredentials?: boolean }) => ({
  id: `ionos-${o.type.toLowerCase()}`,
  provider: 'ionos',
  type: o.type,
  ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
  zone: ZONE,
  name: HOST,
  apiKey: o.wrongCredentials ? 'a1b2c3d4e5.wrong' : KEY,
  ttl: 120,
  apiBase: url,
});

providerContract('IONOS', {
  start: () => startIonos(KEY, ZONE),
  record: (s, o) => record(s.url, o),
  creates: true,
  ttl: 120,
  isWrite: (r) => r.method === 'PUT' || r.method === 'POST',
});

it('IONOS: its own 429 past its limit is a retry no sooner than its Retry-After (about 60 s)', async () => {
  const s = await startIonos(KEY, ZONE, 2);
  try {
    const out = await updateOnce(record(s.url, { type: 'A' }), '192.0.2.10');
    expect(out.kind).toBe('retry');
    expect(s.requests.at(-1)!.method).toBe('POST');
    expect(out.kind === 'retry' && out.afterMs).toBeGreaterThanOrEqual(50_000);
    expect(s.zone.holds(HOST, 'A')).toEqual([]);
  } finally {
    await s.close();
  }
});
