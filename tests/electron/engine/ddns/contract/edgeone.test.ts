/** Tencent EdgeOne against its stand-in (tests/fakes/ddns/edgeone.ts, the TC3 signature checked): the providers' contract. */
import { startEdgeOne } from '../../../../fakes/ddns/edgeone';
import { HOST, providerContract, ZONE } from './provider-contract';

const KEY = { secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE', secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE' };

providerContract('Tencent EdgeOne', {
  start: () => startEdgeOne(KEY, ZONE),
  record: (s, o) => ({
    id: `edgeone-${o.type.toLowerCase()}`,
    provider: 'edgeone',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    domain: ZONE,
    name: HOST,
    secretId: KEY.secretId,
    secret: o.wrongCredentials ? 'not-the-key' : KEY.secretKey,
    ttl: 120,
    apiBase: s.url,
  }),
  creates: true,
  ttl: 120,
  isWrite: (r) => /^(ModifyDnsRecords|CreateDnsRecord)$/.test(String(r.headers['x-tc-action'])),
});
