/** Porkbun against its stand-in (tests/fakes/ddns/porkbun.ts): the providers' contract. */
import { startPorkbun } from '../../../../fakes/ddns/porkbun';
import { HOST, providerContract, ZONE } from './provider-contract';

const KEYS = { apiKey: 'pk1_good-key-1234', secret: 'sk1_good-secret-5678' };

providerContract('Porkbun', {
  start: () => startPorkbun(KEYS, ZONE),
  record: (s, o) => ({
    id: `porkbun-${o.type.toLowerCase()}`,
    provider: 'porkbun',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    domain: ZONE,
    name: HOST,
    apiKey: KEYS.apiKey,
    secret: o.wrongCredentials ? 'sk1_wrong' : KEYS.secret,
    ttl: 900,
    apiBase: s.url,
  }),
  creates: true,
  ttl: 900,
  isWrite: (r) => /^\/dns\/(edit|create)\//.test(r.url.pathname),
});
