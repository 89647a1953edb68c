/**
 * DreamHost against its stand-in (tests/fakes/ddns/dreamhost.ts): the providers' contract. A
 * change is two writes at DreamHost (an add, then the old record's remove); the contract counts
 * the add, the write that sets the address, and providers/dreamhost.test.ts the remove.
 */
import { startDreamhost } from '../../../../fakes/ddns/dreamhost';
import { HOST, providerContract, ZONE } from './provider-contract';

const KEY = '6SHU5P2HLDAYECUM';

providerContract('DreamHost', {
  start: () => startDreamhost(KEY, ZONE),
  record: (s, o) => ({
    id: `dreamhost-${o.type.toLowerCase()}`,
    provider: 'dreamhost',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    name: HOST,
    apiKey: o.wrongCredentials ? 'WRONGKEY12345678' : KEY,
    apiBase: s.url,
  }),
  creates: true,
  isWrite: (r) => r.url.searchParams.get('cmd') === 'dns-add_record',
});
