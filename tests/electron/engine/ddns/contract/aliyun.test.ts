/** Aliyun (Alibaba Cloud DNS) against its stand-in (tests/fakes/ddns/aliyun.ts, the signature checked): the providers' contract. */
import { startAliyun } from '../../../../fakes/ddns/aliyun';
import { HOST, providerContract, ZONE } from './provider-contract';

const KEYS = { accessKeyId: 'LTAI5tStandInKeyId01', secret: 'standInAccessKeySecret0123456789' };

providerContract('Aliyun', {
  start: () => startAliyun(KEYS, ZONE),
  record: (s, o) => ({
    id: `aliyun-${o.type.toLowerCase()}`,
    provider: 'aliyun',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    domain: ZONE,
    name: HOST,
    accessKeyId: KEYS.accessKeyId,
    secret: o.wrongCredentials ? 'not-the-secret' : KEYS.secret,
    ttl: 900,
    apiBase: s.url,
  }),
  creates: true,
  ttl: 900,
  isWrite: (r) => /^(UpdateDomainRecord|AddDomainRecord)$/.test(r.url.searchParams.get('Action') ?? ''),
});
