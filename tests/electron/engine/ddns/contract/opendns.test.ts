/** OpenDNS against its stand-in (tests/fakes/dyndns2.ts with OpenDNS's quirks): the providers' contract. */
import { startDyndns2Preset } from '../../../../fakes/dyndns2';
import { HOST, providerContract, ZONE } from './provider-contract';

const ACCOUNT = { user: 'opendns-user', password: 'opendns-pass-1234', hosts: [HOST] };

providerContract('OpenDNS', {
  start: () => startDyndns2Preset(ACCOUNT, ZONE, {}),
  record: (s, o) => ({
    id: `opendns-${o.type.toLowerCase()}`,
    provider: 'opendns',
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
