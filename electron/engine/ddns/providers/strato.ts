/**
 * Strato, a dyndns2 preset (../dyndns2-preset.ts), from its documentation
 * (https://www.strato.com/faq/en_us/domain/this-is-how-easy-it-is-to-set-up-dyndns-for-your-domains/):
 * GET https://dyndns.strato.com/nic/update?hostname=&myip=, basic auth with the domain as the user
 * name and the DynDNS password set for it (docs/strato.md: domain, password); good/nochg/badauth/notfqdn/abuse; and qdm12/ddns-updater's internal/provider/providers/strato/provider.go.
 */
import { getDomain } from 'tldts';

import { dyndns2Preset } from '../dyndns2-preset';
import { str } from '../import-entry';

export const strato = dyndns2Preset(
  'strato',
  'Strato',
  {},
  {
    names: ['strato'],
    fields: (e, name) => ({
      provider: 'strato',
      username: getDomain(name) ?? name,
      password: str(e.password),
      hostname: name,
    }),
  },
);
