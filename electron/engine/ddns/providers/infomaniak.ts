/**
 * Infomaniak, a dyndns2 preset (../dyndns2-preset.ts), from its documentation
 * (https://www.infomaniak.com/en/support/faq/2357/getting-started-guide-dyndns-with-an-infomaniak-domain):
 * GET https://infomaniak.com/nic/update?hostname=&myip=, basic auth with the DynDNS user made for the
 * domain (docs/infomaniak.md: username, password); good/nochg, and nohost/badauth with HTTP 400; and qdm12/ddns-updater's internal/provider/providers/infomaniak/provider.go.
 */
import { dyndns2Preset } from '../dyndns2-preset';
import { str } from '../import-entry';

export const infomaniak = dyndns2Preset(
  'infomaniak',
  'Infomaniak',
  {},
  {
    names: ['infomaniak'],
    fields: (e, name) => ({ provider: 'infomaniak', username: e.username, password: str(e.password), hostname: name }),
  },
);
