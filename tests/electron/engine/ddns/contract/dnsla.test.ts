/** DNS.LA against its stand-in (tests/fakes/ddns/dnsla.ts: Basic APIID:APISecret, a code in every body): the providers' contract. */
import { startDnsla } from '../../../../fakes/ddns/dnsla';
import { HOST, providerContract, ZONE } from './provider-contract';

const KEY = { id: 'a8f3b2c1d4e5', secret: '7c9e1f0a2b3d4c5e6f708192a3b4c5d6' };

providerContract('DNS.LA', {
  start: () => startDnsla(KEY, ZONE),
  record: (s, o) => ({
    id: `dnsla-${o.type.toLowerCase()}`,
    provider: 'dnsla',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    domain: ZONE,
    name: HOST,
    apiId: KEY.id,
    secret: o.wrongCredentials ? 'not-the-secret' : KEY.secret,
    ttl: 600,
    apiBase: s.url,
  }),
  creates: true,
  ttl: 600,
  isWrite: (r) => r.url.pathname === '/api/record',
});
