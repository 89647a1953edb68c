/** IONOS against its stand-in (tests/fakes/ddns/ionos.ts): the providers' contract, and its rate limit. */
import { expect, it } from 'vitest';

import { startIonos } from '../../../../fakes/ddns/ionos';
import { HOST, providerContract, ZONE } from './provider-contract';

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

it('IONOS: its own 429 past the limit is a retry no sooner than its Retry-After', async () => {
  const { buildUpdater } = await import('../../../../../electron/engine/ddns');
  const { createDdnsHttp } = await import('../../../../../electron/engine/ddns/http');
  const s = await startIonos(KEY, ZONE, 2);
  try {
    const deps = {
      udp: undefined as never,
      http: createDdnsHttp({ timeoutMs: 500 }),
      clock: { now: () => Date.now() },
      timeoutMs: 2000,
    };
    const built = buildUpdater(record(s.url, { type: 'A' }), deps, { env: {}, readFile: () => '' });
    if (!built.ok) throw new Error(built.reason);
    const out = await built.updater.update('192.0.2.10', new AbortController().signal);
    expect(out.kind).toBe('retry');
    expect(s.requests.at(-1)!.method).toBe('POST');
    expect(out.kind === 'retry' && out.afterMs).toBeGreaterThan(0);
    expect(s.zone.holds(HOST, 'A')).toEqual([]);
  } finally {
    await s.close();
  }
});
