/** ChangeIP against its stand-in (tests/fakes/dyndns2.ts with ChangeIP's quirks): the providers' contract. */
import { startDyndns2Preset } from '../../../../fakes/dyndns2';
import { HOST, providerContract, ZONE } from './provider-contract';

const ACCOUNT = { user: 'changeip-user', password: 'changeip-pass-1234', hosts: [HOST] };

providerContract('ChangeIP', {
  start: () => startDyndns2Preset(ACCOUNT, ZONE, { ip4Param: 'ip', ip6Param: 'ip' }),
  record: (s, o) => ({
    id: `changeip-${o.type.toLowerCase()}`,
    provider: 'changeip',
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
