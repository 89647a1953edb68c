/** ALL-INKL against its stand-in (tests/fakes/dyndns2.ts with ALL-INKL's quirks): the providers' contract. */
import { startDyndns2Preset } from '../../../../fakes/dyndns2';
import { HOST, providerContract, ZONE } from './provider-contract';

const ACCOUNT = { user: 'allinkl-user', password: 'allinkl-pass-1234', hosts: [HOST] };

providerContract('ALL-INKL', {
  start: () => startDyndns2Preset(ACCOUNT, ZONE, { path: '/', hostParam: 'host', ip6Param: 'myip6' }),
  record: (s, o) => ({
    id: `allinkl-${o.type.toLowerCase()}`,
    provider: 'allinkl',
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
