/** Gigahost against its stand-in (tests/fakes/dyndns2.ts with Gigahost's quirks): the providers' contract. */
import { startDyndns2Preset } from '../../../../fakes/dyndns2';
import { HOST, providerContract, ZONE } from './provider-contract';

const ACCOUNT = { user: 'gigahostno-user', password: 'gigahostno-pass-1234', hosts: [HOST] };

providerContract('Gigahost', {
  start: () => startDyndns2Preset(ACCOUNT, ZONE, { path: '/api/v0/dns/dyndns', ip6Param: 'myipv6' }),
  record: (s, o) => ({
    id: `gigahostno-${o.type.toLowerCase()}`,
    provider: 'gigahostno',
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
