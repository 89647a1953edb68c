/**
 * Hurricane Electric, a dyndns2 preset (../dyndns2-preset.ts), from its documentation
 * (https://dns.he.net/docs.html):
 * GET https://dyn.dns.he.net/nic/update?hostname=&myip=, basic auth with the host name itself as the
 * user and the record's DDNS key as the password (docs/he.net.md: domain, password); good/nochg/badauth; and qdm12/ddns-updater's internal/provider/providers/he/provider.go.
 */
import { dyndns2Preset } from '../dyndns2-preset';
import { str } from '../import-entry';

export const he = dyndns2Preset(
  'he',
  'Hurricane Electric',
  { user: 'hostname' },
  {
    names: ['he'],
    fields: (e, name) => ({ provider: 'he', password: str(e.password), hostname: name }),
  },
);
