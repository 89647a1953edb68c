/** Amazon Route 53 against its stand-in (tests/fakes/ddns/route53.ts, SigV4 checked): the providers' contract. */
import { startRoute53 } from '../../../../fakes/ddns/route53';
import { HOST, providerContract, ZONE } from './provider-contract';

const KEYS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const ZONE_ID = 'Z0123456789ABC';

providerContract('Amazon Route 53', {
  // The contract runs its cases back to back, faster than one account's updates ever come: the
  // stand-in's 5 requests a second would answer them Throttling. That limit is tested on its own
  // (providers/route53.test.ts); here it is set above what the cases send.
  start: () => startRoute53(KEYS, ZONE_ID, ZONE, { perSecond: 50 }),
  record: (s, o) => ({
    id: `route53-${o.type.toLowerCase()}`,
    provider: 'route53',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    zoneId: ZONE_ID,
    name: HOST,
    accessKeyId: KEYS.accessKeyId,
    secret: o.wrongCredentials ? 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYWRONGKEY' : KEYS.secret,
    ttl: 120,
    apiBase: s.url,
  }),
  creates: true,
  ttl: 120,
  isWrite: (r) => r.method === 'POST' && /\/rrset\/?$/.test(r.url.pathname),
});
