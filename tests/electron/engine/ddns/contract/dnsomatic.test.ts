/** DNS-O-Matic against its stand-in (tests/fakes/dyndns2.ts with DNS-O-Matic's quirks): the providers' contract. */
import { startDyndns2Preset } from '../../../../fakes/dyndns2';
import { HOST, providerContract, ZONE } from './provider-contract';

const ACCOUNT = { user: 'dnsomatic-user', password: 'dnsomatic-pass-1234', hosts: [HOST] };

providerContract('DNS-O-Matic', {
  start: () => startDyndns2Preset(ACCOUNT, ZONE, {}),
  record: (s, o) => ({
    id: `dnsomatic-${o.type.toLowerCase()}`,
    provider: 'dnsomatic',
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
