/** Huawei Cloud DNS against its stand-in (tests/fakes/ddns/huaweicloud.ts, the AK/SK signature checked): the providers' contract. */
import { startHuawei } from '../../../../fakes/ddns/huaweicloud';
import { HOST, providerContract, ZONE } from './provider-contract';

const KEY = { ak: 'HPUAEXAMPLEKEY1234AB', sk: 'Ys8EXAMPLEsecretKEYfor6HuaweiCloud0DNS12' };

providerContract('Huawei Cloud', {
  start: () => startHuawei(KEY, ZONE),
  record: (s, o) => ({
    id: `huaweicloud-${o.type.toLowerCase()}`,
    provider: 'huaweicloud',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    domain: ZONE,
    name: HOST,
    accessKeyId: KEY.ak,
    secret: o.wrongCredentials ? 'not-the-key' : KEY.sk,
    ttl: 120,
    apiBase: s.url,
  }),
  creates: true,
  ttl: 120,
  isWrite: (r) => r.method === 'PUT' || r.method === 'POST',
});
