/** Infomaniak against its stand-in (tests/fakes/dyndns2.ts with Infomaniak's quirks): the providers' contract. */
import { startDyndns2Preset } from '../../../../fakes/dyndns2';
import { HOST, providerContract, ZONE } from './provider-contract';

const ACCOUNT = { user: 'infomaniak-user', password: 'infomaniak-pass-1234', hosts: [HOST] };

providerContract('Infomaniak', {
  start: () => startDyndns2Preset(ACCOUNT, ZONE, { refusalStatus: 400 }),
  record: (s, o) => ({
    id: `infomaniak-${o.type.toLowerCase()}`,
    provider: 'infomaniak',
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
