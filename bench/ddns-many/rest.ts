/**
 * The REST APIs of the ddns "many records" figure (bench/ddns-many.ts): each provider's stand-in
 * started and its records written as its contract test (tests/electron/engine/ddns/contract/)
 * does, 2 or 3 host names in the provider's own zone. A write is the update of an existing record
 * (the keeper's start made them), told by the record's id in the path, or its name in the body.
 */
import { startCloudflare } from '../../tests/fakes/cloudflare-api';
import { startClouDns } from '../../tests/fakes/ddns/cloudns';
import { startDigitalOcean } from '../../tests/fakes/ddns/digitalocean';
import { startHetznerCloud } from '../../tests/fakes/ddns/hetznercloud';
import { startIonos } from '../../tests/fakes/ddns/ionos';
import { startNameCom } from '../../tests/fakes/ddns/namecom';
import { startOvh } from '../../tests/fakes/ddns/ovh';
import { startPorkbun } from '../../tests/fakes/ddns/porkbun';
import { startRoute53 } from '../../tests/fakes/ddns/route53';
import { startSpaceship } from '../../tests/fakes/ddns/spaceship';
import { byId, carries, lastSegment, type ManyProvider, sub, zoned } from './place';

const OVH = {
  appKey: 'TDPKJdwZwAQPwKX2',
  appSecret: '9ufkBmLaTQ9nz5yMUlg79taH0GNnzDjk',
  consumerKey: '5mBuy6SUQcRw2ZUxg0cG68BoDKpED4KY',
};
const R53 = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const DO_TOKEN = 'dop_v1_good0123456789abcdef0123456789abcdef0123456789abcdef01234567';
const HC_TOKEN = 'hcloud-good-token-0123456789abcdef0123456789abcdef0123456789abcdef';
const IONOS_KEY = 'a1b2c3d4e5.Zm9vYmFyLXNlY3JldC1pb25vcw';

export const RESTFUL: ManyProvider[] = [
  zoned(
    'porkbun',
    3,
    (z) => startPorkbun({ apiKey: 'pk1_good-key-1234', secret: 'sk1_good-secret-5678' }, z),
    (s, zone, host) => ({
      domain: zone,
      name: host,
      apiKey: 'pk1_good-key-1234',
      secret: 'sk1_good-secret-5678',
      ttl: 900,
      apiBase: s.url,
    }),
    (z) => byId(z, ['POST']),
  ),
  zoned(
    'hetznercloud',
    3,
    (z) => startHetznerCloud(HC_TOKEN, z),
    (s, zone, host) => ({ zone, name: host, token: HC_TOKEN, ttl: 120, apiBase: s.url }),
    () => (r, host, ip) =>
      r.method === 'POST' && r.url.pathname.includes(`/rrsets/${sub(host)}/A/actions/set_records`) && carries(r, ip),
  ),
  zoned(
    'digitalocean',
    3,
    (z) => startDigitalOcean(DO_TOKEN, z),
    (s, zone, host) => ({ domain: zone, name: host, token: DO_TOKEN, ttl: 120, apiBase: s.url }),
    (z) => byId(z, ['PUT']),
  ),
  zoned(
    'cloudns',
    3,
    (z) => startClouDns({ authId: '4321', password: 'good-api-password' }, z),
    (s, zone, host) => ({
      domain: zone,
      name: host,
      authId: '4321',
      password: 'good-api-password',
      ttl: 300,
      apiBase: s.url,
    }),
    () => (r, host, ip) =>
      r.url.pathname === '/mod-record.json' &&
      new URLSearchParams(r.body || r.url.search).get('host') === sub(host) &&
      carries(r, ip),
  ),
  zoned(
    'ionos',
    2,
    // IONOS answers more than 60 requests a minute per key with 429; the bench's changes come about
    // a second apart (a home's, hours), 4 requests each for its 2 records: the limit is set above that.
    (z) => startIonos(IONOS_KEY, z, 600),
    (s, zone, host) => ({ zone, name: host, apiKey: IONOS_KEY, ttl: 120, apiBase: s.url }),
    (z) => byId(z, ['PUT']),
  ),
  zoned(
    'namecom',
    3,
    (z) => startNameCom({ username: 'myname', token: 'good-token-1234' }, z),
    (s, zone, host) => ({
      domain: zone,
      name: host,
      username: 'myname',
      token: 'good-token-1234',
      ttl: 600,
      apiBase: s.url,
    }),
    (z) => byId(z, ['PUT']),
  ),
  zoned(
    'route53',
    2,
    // Route 53 throttles more than 5 requests a second per account; the keeper's start costs each
    // record 3 (a read, then the update's GET and UPSERT), so 2 records start over the limit. As the
    // contract test does, the limit is set above what the bench sends (bench/README.md says so).
    (z) => startRoute53(R53, 'Z0123456789ABC', z, { perSecond: 50 }),
    (s, _zone, host) => ({
      zoneId: 'Z0123456789ABC',
      name: host,
      accessKeyId: R53.accessKeyId,
      secret: R53.secret,
      ttl: 120,
      apiBase: s.url,
    }),
    () => (r, host, ip) => r.method === 'POST' && r.body.includes(`<Name>${host}.</Name>`) && carries(r, ip),
  ),
  zoned(
    'ovh',
    3,
    (z) => startOvh(OVH, z),
    (s, zone, host) => ({
      domain: zone,
      name: host,
      appKey: OVH.appKey,
      secret: OVH.appSecret,
      token: OVH.consumerKey,
      ttl: 120,
      apiBase: `${s.url}/1.0`,
    }),
    (z) => byId(z, ['PUT']),
  ),
  zoned(
    'spaceship',
    3,
    (z) => startSpaceship({ apiKey: 'ss-key-1234', secret: 'ss-secret-5678' }, z),
    (s, zone, host) => ({
      domain: zone,
      name: host,
      apiKey: 'ss-key-1234',
      secret: 'ss-secret-5678',
      ttl: 300,
      apiBase: s.url,
    }),
    () => (r, host, ip) => r.method === 'PUT' && r.body.includes(`"name":"${sub(host)}"`) && carries(r, ip),
  ),
];

export const cloudflare: ManyProvider = {
  id: 'cloudflare',
  count: 3,
  async place(labels) {
    const zone = 'cloudflare.example.net';
    const hosts = labels.map((l) => `${l}.${zone}`);
    // Cloudflare's API changes a record that exists (its contract: "the record, which must exist").
    const rows = hosts.map((name, i) => ({
      id: `r${i + 1}`,
      zone_id: 'z1',
      type: 'A',
      name,
      content: '192.0.2.1',
      proxied: false,
      ttl: 60,
    }));
    const s = await startCloudflare('scoped-token-1234', { id: 'z1', name: zone }, rows);
    const idOf = (host: string) => rows.find((r) => r.name === host)?.id;
    return {
      stands: [s],
      records: hosts.map((host) => ({
        host,
        settings: { provider: 'cloudflare', token: 'scoped-token-1234', zone, name: host, apiBase: s.url },
      })),
      zones: [zone],
      wrote: (r, host, ip) => r.method === 'PATCH' && lastSegment(r) === idOf(host) && carries(r, ip),
    };
  },
};
