/** The generic HTTP provider against its stand-in (tests/fakes/ddns/custom.ts): the providers' contract. */
import { startCustomApi, WROTE } from '../../../../fakes/ddns/custom';
import { HOST, providerContract, ZONE } from './provider-contract';

const TOKEN = 'custom-good-token-1234';

providerContract('Custom HTTP', {
  start: () => startCustomApi(TOKEN, ZONE),
  record: (s, o) => ({
    id: `custom-${o.type.toLowerCase()}`,
    provider: 'custom',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    name: HOST,
    url: `${s.url}/update?hostname={{name}}&ttl={{ttl}}`,
    headers: { Authorization: 'Bearer {{token}}' },
    token: o.wrongCredentials ? 'wrong-token' : TOKEN,
    ipv4Param: 'ip',
    ipv6Param: 'ipv6',
    successRegex: '^good ',
    unchangedRegex: '^nochg',
    failureRegex: '^(badauth|nohost)',
    ttl: 120,
  }),
  creates: true,
  ttl: 120,
  oneRequest: true,
  isWrite: (r) => WROTE.has(r),
});
