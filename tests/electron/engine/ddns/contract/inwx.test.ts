/** INWX against its stand-in (tests/fakes/dyndns2.ts with INWX's quirks): the providers' contract. */
import { startDyndns2Preset } from '../../../../fakes/dyndns2';
import { HOST, providerContract, ZONE } from './provider-contract';

const ACCOUNT = { user: 'inwx-user', password: 'inwx-pass-1234', hosts: [HOST] };

providerContract('INWX', {
  start: () => startDyndns2Preset(ACCOUNT, ZONE, { ip6Param: 'myipv6' }),
  record: (s, o) => ({
    id: `inwx-${o.type.toLowerCase()}`,
    provider: 'inwx',
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
