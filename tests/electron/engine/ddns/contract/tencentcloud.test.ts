/** Tencent Cloud against its stand-in (tests/fakes/ddns/tencentcloud.ts, the TC3 signature checked): the providers' contract. */
import { startTencent } from '../../../../fakes/ddns/tencentcloud';
import { HOST, providerContract, ZONE } from './provider-contract';

const KEY = { secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE', secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE' };

providerContract('Tencent Cloud', {
  start: () => startTencent(KEY, ZONE),
  record: (s, o) => ({
    id: `tencentcloud-${o.type.toLowerCase()}`,
    provider: 'tencentcloud',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    domain: ZONE,
    name: HOST,
    secretId: KEY.secretId,
    secret: o.wrongCredentials ? 'not-the-key' : KEY.secretKey,
    ttl: 900,
    apiBase: s.url,
  }),
  creates: true,
  ttl: 900,
  isWrite: (r) => /^(ModifyRecord|CreateRecord)$/.test(String(r.headers['x-tc-action'])),
});
