/**
 * Dyn, a dyndns2 preset (../dyndns2-preset.ts), from its documentation
 * (https://help.dyn.com/remote-access-api/perform-update/):
 * GET https://members.dyndns.org/v3/update?hostname=&myip=, basic auth with the user name and the
 * updater client key (docs/dyndns.md: username, client_key); good/nochg/badauth/nohost/abuse/911; and qdm12/ddns-updater's internal/provider/providers/dyn/provider.go.
 */
import { dyndns2Preset } from '../dyndns2-preset';
import { str } from '../import-entry';

export const dyn = dyndns2Preset(
  'dyn',
  'Dyn',
  { path: '/v3/update' },
  {
    names: ['dyn'],
    fields: (e, name) => ({
      provider: 'dyn',
      username: e.username,
      password: str(e.client_key) ?? str(e.password),
      hostname: name,
    }),
  },
);
