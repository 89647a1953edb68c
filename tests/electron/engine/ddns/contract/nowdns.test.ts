/** Now-DNS against its stand-in (tests/fakes/dyndns2.ts with Now-DNS's quirks): the providers' contract. */
import { startDyndns2Preset } from '../../../../fakes/dyndns2';
import { HOST, providerContract, ZONE } from './provider-contract';

const ACCOUNT = { user: 'nowdns-user', password: 'nowdns-pass-1234', hosts: [HOST] };

providerContract('Now-DNS', {
  start: () => startDyndns2Preset(ACCOUNT, ZONE, { path: '/update', refusalStatus: 400 }),
  record: (s, o) => ({
    id: `nowdns-${o.type.toLowerCase()}`,
    provider: 'nowdns',
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
