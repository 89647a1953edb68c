/**
 * ALL-INKL, a dyndns2 preset (../dyndns2-preset.ts), from its documentation
 * (https://all-inkl.com/wichtig/anleitungen/kas/tools/dyndns/):
 * GET https://dyndns.kasserver.com/?host=&myip= (IPv6 in `myip6`), basic auth with the DynDNS user
 * (dynXXXXXXX) made in the KAS (docs/allinkl.md: username, password); good/nochg/badauth/nohost/abuse/911; and qdm12/ddns-updater's internal/provider/providers/allinkl/provider.go.
 */
import { dyndns2Preset } from '../dyndns2-preset';
import { str } from '../import-entry';

export const allinkl = dyndns2Preset(
  'allinkl',
  'ALL-INKL',
  { path: '/', hostParam: 'host', ip6Param: 'myip6' },
  {
    names: ['allinkl'],
    fields: (e, name) => ({ provider: 'allinkl', username: e.username, password: str(e.password), hostname: name }),
  },
);
