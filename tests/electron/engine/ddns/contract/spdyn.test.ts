/** Securepoint DynDNS (spdyn) against its stand-in (tests/fakes/dyndns2.ts with Securepoint DynDNS (spdyn)'s quirks): the providers' contract. */
import { startDyndns2Preset } from '../../../../fakes/dyndns2';
import { HOST, providerContract, ZONE } from './provider-contract';

const ACCOUNT = { user: 'spdyn-user', password: 'spdyn-pass-1234', hosts: [HOST] };

providerContract('Securepoint DynDNS (spdyn)', {
  start: () => startDyndns2Preset(ACCOUNT, ZONE, { query: ['user', 'pass'] }),
  record: (s, o) => ({
    id: `spdyn-${o.type.toLowerCase()}`,
    provider: 'spdyn',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    username: ACCOUNT.user,
    password: o.wrongCredentials ? 'wrong' : ACCOUNT.password,
    hostname: HOST,
    server: s.url,
  }),
  creates: true,
  oneRequest: true,
  isWrite: (r) => r.method === 'GET',
});
