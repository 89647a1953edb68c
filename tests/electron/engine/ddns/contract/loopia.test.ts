/** Loopia against its stand-in (tests/fakes/dyndns2.ts with Loopia's quirks): the providers' contract. */
import { startDyndns2Preset } from '../../../../fakes/dyndns2';
import { HOST, providerContract, ZONE } from './provider-contract';

const ACCOUNT = { user: 'loopia-user', password: 'loopia-pass-1234', hosts: [HOST] };

providerContract('Loopia', {
  start: () => startDyndns2Preset(ACCOUNT, ZONE, { path: '/' }),
  record: (s, o) => ({
    id: `loopia-${o.type.toLowerCase()}`,
    provider: 'loopia',
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
