/** selfHOST against its stand-in (tests/fakes/dyndns2.ts with selfHOST's quirks): the providers' contract. */
import { startDyndns2Preset } from '../../../../fakes/dyndns2';
import { HOST, providerContract, ZONE } from './provider-contract';

const ACCOUNT = { user: 'selfhostde-user', password: 'selfhostde-pass-1234', hosts: [HOST] };

providerContract('selfHOST', {
  start: () => startDyndns2Preset(ACCOUNT, ZONE, { nochgNoContent: true, refusalStatus: 401 }),
  record: (s, o) => ({
    id: `selfhostde-${o.type.toLowerCase()}`,
    provider: 'selfhostde',
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
