/** HiPM DNSMgr against its stand-in (tests/fakes/ddns/hipmdnsmgr.ts: a Bearer token, the domain by id, code 0 a success): the providers' contract. */
import { startHipmDnsmgr } from '../../../../fakes/ddns/hipmdnsmgr';
import { HOST, providerContract, ZONE } from './provider-contract';

const TOKEN = 'dm_4f1c9a7e2b8d3065a1c4e9f7b2d8a6c3';

providerContract('HiPM DNSMgr', {
  start: () => startHipmDnsmgr(TOKEN, ZONE),
  record: (s, o) => ({
    id: `hipmdnsmgr-${o.type.toLowerCase()}`,
    provider: 'hipmdnsmgr',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    apiBase: s.url,
    domain: ZONE,
    name: HOST,
    token: o.wrongCredentials ? 'not-the-token' : TOKEN,
    ttl: 600,
  }),
  creates: true,
  ttl: 600,
  isWrite: (r) => r.method === 'PUT' || r.method === 'POST',
});
