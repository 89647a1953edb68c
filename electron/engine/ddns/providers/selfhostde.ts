/**
 * selfHOST, a dyndns2 preset (../dyndns2-preset.ts), from its documentation
 * (https://selfhost.de):
 * GET https://carol.selfhost.de/nic/update?hostname=&myip=, basic auth (docs/selfhost.de.md: username,
 * password); good, 204 No Content when nothing changed, 401 for refused credentials; and qdm12/ddns-updater's internal/provider/providers/selfhostde/provider.go.
 */
import { dyndns2Preset } from '../dyndns2-preset';
import { str } from '../import-entry';

export const selfhostde = dyndns2Preset(
  'selfhostde',
  'selfHOST',
  { emptyIsNochg: true },
  {
    names: ['selfhost.de'],
    fields: (e, name) => ({ provider: 'selfhostde', username: e.username, password: str(e.password), hostname: name }),
  },
);
