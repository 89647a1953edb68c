/** OVHcloud against its stand-in (tests/fakes/ddns/ovh.ts, the signature checked): the providers' contract. */
import { startOvh } from '../../../../fakes/ddns/ovh';
import { HOST, providerContract, ZONE } from './provider-contract';

const KEYS = {
  appKey: 'TDPKJdwZwAQPwKX2',
  appSecret: '9ufkBmLaTQ9nz5yMUlg79taH0GNnzDjk',
  consumerKey: '5mBuy6SUQcRw2ZUxg0cG68BoDKpED4KY',
};

providerContract('OVHcloud', {
  start: () => startOvh(KEYS, ZONE),
  record: (s, o) => ({
    id: `ovh-${o.type.toLowerCase()}`,
    provider: 'ovh',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    domain: ZONE,
    name: HOST,
    appKey: KEYS.appKey,
    secret: o.wrongCredentials ? 'not-the-secret' : KEYS.appSecret,
    token: KEYS.consumerKey,
    ttl: 120,
    apiBase: `${s.url}/1.0`,
  }),
  creates: true,
  ttl: 120,
  isWrite: (r) => /\/record(\/\d+)?$/.test(r.url.pathname) && (r.method === 'PUT' || r.method === 'POST'),
});
