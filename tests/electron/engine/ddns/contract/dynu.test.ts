/** Dynu against its stand-in (tests/fakes/dyndns2.ts with Dynu's quirks): the providers' contract. */
import { startDyndns2Preset } from '../../../../fakes/dyndns2';
import { HOST, providerContract, ZONE } from './provider-contract';

const ACCOUNT = { user: 'dynu-user', password: 'dynu-pass-1234', hosts: [HOST] };

providerContract('Dynu', {
  start: () => startDyndns2Preset(ACCOUNT, ZONE, { ip6Param: 'myipv6' }),
  record: (s, o) => ({
    id: `dynu-${o.type.toLowerCase()}`,
    provider: 'dynu',
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
