/** No-IP against its stand-in (tests/fakes/dyndns2.ts, Dyn's protocol at No-IP's path): the providers' contract. */
import { startDyndns2Preset } from '../../../../fakes/dyndns2';
import { HOST, providerContract, ZONE } from './provider-contract';

const ACCOUNT = { user: 'noip-user', password: 'noip-pass-1234', hosts: [HOST] };

providerContract('No-IP', {
  start: () => startDyndns2Preset(ACCOUNT, ZONE),
  record: (s, o) => ({
    id: `noip-${o.type.toLowerCase()}`,
    provider: 'noip',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    username: ACCOUNT.user,
    password: o.wrongCredentials ? 'wrong' : ACCOUNT.password,
    hostname: HOST,
    server: s.url,
  }),
  creates: true,
  oneRequest: true,
  isWrite: (r) => r.url.pathname === '/nic/update',
});
