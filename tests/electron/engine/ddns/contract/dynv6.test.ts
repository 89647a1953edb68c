/** dynv6 against its stand-in (tests/fakes/ddns/dynv6.ts): the providers' contract. */
import { startDynv6 } from '../../../../fakes/ddns/dynv6';
import { providerContract } from './provider-contract';

const TOKEN = 'dynv6-http-token-1234';
const ZONE = 'myhome.dynv6.net';

providerContract('dynv6', {
  start: () => startDynv6(TOKEN, ZONE),
  host: ZONE,
  record: (s, o) => ({
    id: `dynv6-${o.type.toLowerCase()}`,
    provider: 'dynv6',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    zone: ZONE,
    token: o.wrongCredentials ? 'wrong-token' : TOKEN,
    apiBase: s.url,
  }),
  creates: true,
  oneRequest: true,
  isWrite: (r) => r.url.pathname === '/api/update',
});
