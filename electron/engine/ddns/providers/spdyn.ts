/**
 * Securepoint DynDNS (spdyn), a dyndns2 preset (../dyndns2-preset.ts), from its documentation
 * (https://wiki.securepoint.de/SPDyn/Variablen):
 * GET https://update.spdyn.de/nic/update?hostname=&myip=&user=&pass=, the credentials in the query:
 * the account's user and password, or the host name and the host's update token (docs/spdyn.md:
 * user, password or token); good/nochg/badauth/!yours/abuse/numhost/notfqdn/nohost/fatal; and qdm12/ddns-updater's internal/provider/providers/spdyn/provider.go.
 */
import { dyndns2Preset } from '../dyndns2-preset';
import { str } from '../import-entry';

export const spdyn = dyndns2Preset(
  'spdyn',
  'Securepoint DynDNS (spdyn)',
  { auth: { user: 'user', pass: 'pass' } },
  {
    names: ['spdyn'],
    fields: (e, name) => ({
      provider: 'spdyn',
      ...(str(e.token) ? { username: name, password: e.token } : { username: e.user, password: str(e.password) }),
      hostname: name,
    }),
  },
);
