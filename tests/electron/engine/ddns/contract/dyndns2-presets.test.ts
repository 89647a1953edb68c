/**
 * Every dyndns2 preset (electron/engine/ddns/dyndns2-preset.ts) against the dyndns2 stand-in
 * (tests/fakes/dyndns2.ts) set with that provider's quirks, as its own documentation and
 * qdm12/ddns-updater's provider.go say them: the providers' contract, one row each. A preset's
 * quirks are the stand-in's options (its path, its parameters, how it refuses), so a preset whose
 * engine file drifts from its provider's protocol fails its row.
 */
import { type Dyndns2Quirks, startDyndns2Preset } from '../../../../fakes/dyndns2';
import { HOST, providerContract, ZONE } from './provider-contract';

interface Preset {
  /** The record's `provider`. */
  id: string;
  /** As the provider names itself. */
  label: string;
  /** The stand-in's quirks for this provider. */
  quirks?: Dyndns2Quirks;
  /** The account's user name, when it is not `<id>-user` (Strato's is the domain, Hurricane Electric's the host). */
  user?: string;
  /** Hurricane Electric's record has no user name field: the host name is the user. */
  noUsername?: boolean;
  /** The path of a write, when the stand-in answers other GETs (No-IP). */
  writePath?: string;
  /** The answer is the same whether the update changed the record or not (Domeneshop's 204). */
  sameAnswer?: boolean;
  /** The record logs in with an API key (a Bearer token) instead of a user name and password. */
  apiKey?: string;
}

const PRESETS: readonly Preset[] = [
  { id: 'allinkl', label: 'ALL-INKL', quirks: { path: '/', hostParam: 'host', ip6Param: 'myip6' } },
  { id: 'changeip', label: 'ChangeIP', quirks: { ip4Param: 'ip', ip6Param: 'ip' } },
  { id: 'dnsomatic', label: 'DNS-O-Matic' },
  { id: 'dyn', label: 'Dyn', quirks: { path: '/v3/update' } },
  { id: 'dynu', label: 'Dynu', quirks: { ip6Param: 'myipv6' } },
  { id: 'gigahostno', label: 'Gigahost', quirks: { path: '/api/v0/dns/dyndns', ip6Param: 'myipv6' } },
  {
    id: 'gigahostno',
    label: 'Gigahost (API key)',
    quirks: { path: '/api/v0/dns/dyndns', ip6Param: 'myipv6', bearer: 'gigahost-key-1234' },
    apiKey: 'gigahost-key-1234',
  },
  { id: 'he', label: 'Hurricane Electric', user: HOST, noUsername: true },
  { id: 'infomaniak', label: 'Infomaniak', quirks: { refusalStatus: 400 } },
  { id: 'inwx', label: 'INWX', quirks: { ip6Param: 'myipv6' } },
  { id: 'loopia', label: 'Loopia', quirks: { path: '/' } },
  { id: 'noip', label: 'No-IP', writePath: '/nic/update' },
  { id: 'nowdns', label: 'Now-DNS', quirks: { path: '/update', refusalStatus: 400 } },
  { id: 'opendns', label: 'OpenDNS' },
  { id: 'selfhostde', label: 'selfHOST', quirks: { nochgNoContent: true, refusalStatus: 401 } },
  { id: 'spdyn', label: 'Securepoint DynDNS (spdyn)', quirks: { query: ['user', 'pass'] } },
  { id: 'strato', label: 'Strato', user: ZONE },
  { id: 'variomedia', label: 'Variomedia' },
  {
    id: 'domeneshop',
    label: 'Domeneshop',
    quirks: { path: '/v0/dyndns/update', statusOnly: true },
    sameAnswer: true,
  },
  { id: 'ipv64', label: 'IPv64.net', user: HOST, noUsername: true, quirks: { ip6Param: 'myip6', refusalStatus: 401 } },
];

for (const p of PRESETS) {
  const account = { user: p.user ?? `${p.id}-user`, password: `${p.id}-pass-1234`, hosts: [HOST] };
  providerContract(p.label, {
    start: () => startDyndns2Preset(account, ZONE, p.quirks ?? {}),
    record: (s, o) => ({
      id: `${p.id}-${o.type.toLowerCase()}`,
      provider: p.id,
      type: o.type,
      ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
      ...(p.apiKey
        ? { apiKey: o.wrongCredentials ? 'wrong' : p.apiKey }
        : {
            ...(p.noUsername ? {} : { username: account.user }),
            password: o.wrongCredentials ? 'wrong' : account.password,
          }),
      hostname: HOST,
      server: s.url,
    }),
    creates: true,
    oneRequest: true,
    ...(p.sameAnswer ? { sameAnswer: true } : {}),
    isWrite: (r) => (p.writePath ? r.url.pathname === p.writePath : r.method === 'GET'),
  });
}
