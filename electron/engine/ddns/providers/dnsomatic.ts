/**
 * DNS-O-Matic, a dyndns2 preset (../dyndns2-preset.ts), from its documentation
 * (https://www.dnsomatic.com/docs/api):
 * GET https://updates.dnsomatic.com/nic/update?hostname=&myip=&wildcard=NOCHG&mx=NOCHG&backmx=NOCHG,
 * basic auth with the account (docs/dnsomatic.md: username, password); good/nochg/badauth/nohost/notfqdn/abuse/dnserr/911; and qdm12/ddns-updater's internal/provider/providers/dnsomatic/provider.go.
 */
import { dyndns2Preset } from '../dyndns2-preset';
import { str } from '../import-entry';

export const dnsomatic = dyndns2Preset(
  'dnsomatic',
  'DNS-O-Matic',
  { extra: { wildcard: 'NOCHG', mx: 'NOCHG', backmx: 'NOCHG' } },
  {
    names: ['dnsomatic'],
    fields: (e, name) => ({ provider: 'dnsomatic', username: e.username, password: str(e.password), hostname: name }),
  },
);
