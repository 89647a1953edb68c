/** Hurricane Electric against its stand-in (tests/fakes/dyndns2.ts with Hurricane Electric's quirks): the providers' contract. */
import { startDyndns2Preset } from '../../../../fakes/dyndns2';
import { HOST, providerContract, ZONE } from './provider-contract';

const ACCOUNT = { user: HOST, password: 'he-pass-1234', hosts: [HOST] };

providerContract('Hurricane Electric', {
  start: () => startDyndns2Preset(ACCOUNT, ZONE, {}),
  record: (s, o) => ({
    id: `he-${o.type.toLowerCase()}`,
    provider: 'he',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    password: o.wrongCredentials ? 'wrong' : ACCOUNT.password,
    hostname: HOST,
    server: s.url,
  }),
  creates: true,
  oneRequest: true,
  isWrite: (r) => r.method === 'GET',
});
