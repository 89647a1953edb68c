/**
 * The one-request APIs and dyndns2 presets of the ddns "many records" figure (bench/ddns-many.ts):
 * the update names the record in its query (or its token does), as each provider's contract test
 * (tests/electron/engine/ddns/contract/) writes its record; a preset's stand-in has the quirks its
 * row of dyndns2-presets.test.ts gives it.
 */
import { startDynv6 } from '../../tests/fakes/ddns/dynv6';
import { startFreedns } from '../../tests/fakes/ddns/freedns';
import { startGoip } from '../../tests/fakes/ddns/goip';
import { startNjalla } from '../../tests/fakes/ddns/njalla';
import { startDesec } from '../../tests/fakes/desec';
import { startDuckdns } from '../../tests/fakes/duckdns';
import { type Dyndns2Quirks, startDyndns2Preset } from '../../tests/fakes/dyndns2';
import { LABELS, type ManyProvider, q, sub, zoned } from './place';

/** One-request APIs: the update names the record in its query (or its token does). */
export const ONE_REQUEST: ManyProvider[] = [
  zoned(
    'goip',
    3,
    (z) =>
      startGoip(z, { username: 'router-user', password: 'router-pass-1234', names: LABELS.map((l) => `${l}.${z}`) }),
    (s, _zone, host) => ({ name: host, username: 'router-user', password: 'router-pass-1234', apiBase: s.url }),
    () => (r, host, ip) => r.url.pathname === '/setip' && q(r, 'subdomain') === host && q(r, 'ip') === ip,
  ),
  zoned(
    'njalla',
    3,
    (z) => startNjalla(z, Object.fromEntries(LABELS.map((l) => [`njalla-key-${l}`, `${l}.${z}`]))),
    (s, _zone, host) => ({ name: host, token: `njalla-key-${sub(host)}`, apiBase: s.url }),
    () => (r, host, ip) => r.url.pathname === '/update/' && q(r, 'h') === host && q(r, 'a') === ip,
  ),
  zoned(
    'freedns',
    2,
    (z) =>
      startFreedns(
        z,
        Object.fromEntries(LABELS.map((l) => [`tok-${l}-1234567890`, { name: `${l}.${z}`, type: 'A' as const }])),
      ),
    (s, _zone, host) => ({ name: host, token: `tok-${sub(host)}-1234567890`, apiBase: s.url }),
    () => (r, host, ip) => r.url.pathname === `/u/tok-${sub(host)}-1234567890/` && q(r, 'ip') === ip,
  ),
  {
    // dynv6's Update API keeps a zone's own address: each record is a zone of its own, at a stand-in of its own.
    id: 'dynv6',
    count: 2,
    async place(labels) {
      const zones = labels.map((l) => `${l}-bench.dynv6.net`);
      const stands = await Promise.all(zones.map((z) => startDynv6('dynv6-http-token-1234', z)));
      return {
        stands,
        records: zones.map((zone, i) => ({
          host: zone,
          settings: { provider: 'dynv6', zone, token: 'dynv6-http-token-1234', apiBase: stands[i]!.url },
        })),
        zones,
        wrote: (r, host, ip) => r.url.pathname === '/api/update' && q(r, 'zone') === host && q(r, 'ipv4') === ip,
      };
    },
  },
  {
    id: 'duckdns',
    count: 2,
    async place(labels) {
      const subs = labels.map((l) => `${l}-bench`);
      const s = await startDuckdns('duck-token-1234', subs);
      return {
        stands: [s],
        records: subs.map((domain) => ({
          host: `${domain}.duckdns.org`,
          settings: { provider: 'duckdns', token: 'duck-token-1234', domain, apiBase: s.url },
        })),
        zones: ['duckdns.org'],
        wrote: (r, host, ip) => q(r, 'domains') === sub(host) && q(r, 'ip') === ip,
      };
    },
  },
  {
    id: 'desec',
    count: 2,
    async place(labels) {
      const hosts = labels.map((l) => `${l}-bench.dedyn.io`);
      const s = await startDesec('desec-token-1234', hosts);
      return {
        stands: [s, s.rest],
        records: hosts.map((hostname) => ({
          host: hostname,
          settings: { provider: 'desec', token: 'desec-token-1234', hostname, apiBase: s.url, restBase: s.rest.url },
        })),
        zones: ['dedyn.io'],
        wrote: (r, host, ip) => q(r, 'hostname') === host && (q(r, 'myipv4') ?? q(r, 'myip')) === ip,
      };
    },
  },
];

/** dyndns2 presets, with their quirks as their contract row has them. */
const preset = (id: string, quirks: Dyndns2Quirks): ManyProvider =>
  zoned(
    id,
    2,
    (z) =>
      startDyndns2Preset(
        { user: `${id}-user`, password: `${id}-pass-1234`, hosts: LABELS.map((l) => `${l}.${z}`) },
        z,
        quirks,
      ),
    (s, _zone, host) => ({ username: `${id}-user`, password: `${id}-pass-1234`, hostname: host, server: s.url }),
    () => (r, host, ip) => q(r, quirks.hostParam ?? 'hostname') === host && q(r, quirks.ip4Param ?? 'myip') === ip,
  );

export const PRESETS: ManyProvider[] = [
  preset('allinkl', { path: '/', hostParam: 'host', ip6Param: 'myip6' }),
  preset('changeip', { ip4Param: 'ip', ip6Param: 'ip' }),
  preset('dynu', { ip6Param: 'myipv6' }),
  preset('infomaniak', { refusalStatus: 400 }),
];
