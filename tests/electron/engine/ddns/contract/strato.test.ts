/** Strato against its stand-in (tests/fakes/dyndns2.ts with Strato's quirks): the providers' contract. */
import { startDyndns2Preset } from '../../../../fakes/dyndns2';
import { HOST, providerContract, ZONE } from './provider-contract';

const ACCOUNT = { user: 'example.org', password: 'strato-pass-1234', hosts: [HOST] };

providerContract('Strato', {
  start: () => startDyndns2Preset(ACCOUNT, ZONE, {}),
  record: (s, o) => ({
    id: `strato-${o.type.toLowerCase()}`,
    provider: 'strato',
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
