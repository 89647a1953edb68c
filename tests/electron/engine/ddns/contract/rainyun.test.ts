/** Rainyun against its stand-in (tests/fakes/ddns/rainyun.ts: x-api-key, the domain by its ID, a code in every body): the providers' contract. */
import { startRainyun } from '../../../../fakes/ddns/rainyun';
import { HOST, providerContract, ZONE } from './provider-contract';

const KEY = { domainId: '48213', apiKey: 'rk-9f8e7d6c5b4a39281706f5e4d3c2b1a0' };

providerContract('Rainyun', {
  start: () => startRainyun(KEY, ZONE),
  record: (s, o) => ({
    id: `rainyun-${o.type.toLowerCase()}`,
    provider: 'rainyun',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    domain: ZONE,
    name: HOST,
    domainId: KEY.domainId,
    apiKey: o.wrongCredentials ? 'not-the-key' : KEY.apiKey,
    ttl: 600,
    apiBase: s.url,
  }),
  creates: true,
  ttl: 600,
  isWrite: (r) => r.method === 'PATCH' || r.method === 'POST',
});
