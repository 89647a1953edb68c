/** DNSPod against its stand-in (tests/fakes/ddns/dnspod.ts: every answer a 200, its status.code says): the providers' contract. */
import { startDnspod } from '../../../../fakes/ddns/dnspod';
import { HOST, providerContract, ZONE } from './provider-contract';

const KEY = { id: '13490', token: '6b5976c68aba5b14a0558b77c17c3932' };

providerContract('DNSPod', {
  start: () => startDnspod(KEY, ZONE),
  record: (s, o) => ({
    id: `dnspod-${o.type.toLowerCase()}`,
    provider: 'dnspod',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    domain: ZONE,
    name: HOST,
    tokenId: KEY.id,
    token: o.wrongCredentials ? 'not-the-token' : KEY.token,
    ttl: 900,
    apiBase: s.url,
  }),
  creates: true,
  ttl: 900,
  isWrite: (r) => /^\/Record\.(Modify|Create)$/.test(r.url.pathname),
});
