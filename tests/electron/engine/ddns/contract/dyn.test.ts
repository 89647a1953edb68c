/** Dyn against its stand-in (tests/fakes/dyndns2.ts with Dyn's quirks): the providers' contract. */
import { startDyndns2Preset } from '../../../../fakes/dyndns2';
import { HOST, providerContract, ZONE } from './provider-contract';

const ACCOUNT = { user: 'dyn-user', password: 'dyn-pass-1234', hosts: [HOST] };

providerContract('Dyn', {
  start: () => startDyndns2Preset(ACCOUNT, ZONE, { path: '/v3/update' }),
  record: (s, o) => ({
    id: `dyn-${o.type.toLowerCase()}`,
    provider: 'dyn',
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
