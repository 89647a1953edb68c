/**
 * Gigahost, a dyndns2 preset (../dyndns2-preset.ts), from its documentation
 * (https://gigahost.no/en/api-dokumentasjon):
 * GET https://api.gigahost.no/api/v0/dns/dyndns?hostname=&myip= (IPv6 in `myipv6`), basic auth with
 * the account's e-mail and password, or an API key as a Bearer token (docs/gigahostno.md: email
 * and password, or apikey, the way it recommends);
 * good/nochg/badauth/nohost/notfqdn/badagent/dnserr; and qdm12/ddns-updater's internal/provider/providers/gigahostno/provider.go.
 */
import { dyndns2Preset } from '../dyndns2-preset';
import { str } from '../import-entry';

export const gigahostno = dyndns2Preset(
  'gigahostno',
  'Gigahost',
  { path: '/api/v0/dns/dyndns', ip6Param: 'myipv6' },
  {
    names: ['gigahostno'],
    fields: (e, name) =>
      str(e.apikey)
        ? { provider: 'gigahostno', apiKey: e.apikey, hostname: name }
        : { provider: 'gigahostno', username: str(e.email), password: str(e.password), hostname: name },
  },
);
