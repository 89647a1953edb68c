/**
 * INWX, a dyndns2 preset (../dyndns2-preset.ts), from its documentation
 * (https://www.inwx.com/en/offer/dyndns):
 * GET https://dyndns.inwx.com/nic/update?hostname=&myip= (IPv6 in `myipv6`), basic auth with the
 * DynDNS account (docs/inwx.md: username, password); good/nochg; and qdm12/ddns-updater's internal/provider/providers/inwx/provider.go.
 */
import { dyndns2Preset } from '../dyndns2-preset';
import { str } from '../import-entry';

export const inwx = dyndns2Preset(
  'inwx',
  'INWX',
  { ip6Param: 'myipv6' },
  {
    names: ['inwx'],
    fields: (e, name) => ({ provider: 'inwx', username: e.username, password: str(e.password), hostname: name }),
  },
);
