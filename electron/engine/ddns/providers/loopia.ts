/**
 * Loopia, a dyndns2 preset (../dyndns2-preset.ts), from its documentation
 * (https://support.loopia.com/wiki/curl/):
 * GET https://dyndns.loopia.se/?hostname=&myip=, basic auth (docs/loopia.md: username, password);
 * good/nochg/nohost/notfqdn/badauth/911; and qdm12/ddns-updater's internal/provider/providers/loopia/provider.go.
 */
import { dyndns2Preset } from '../dyndns2-preset';
import { str } from '../import-entry';

export const loopia = dyndns2Preset(
  'loopia',
  'Loopia',
  { path: '/' },
  {
    names: ['loopia'],
    fields: (e, name) => ({ provider: 'loopia', username: e.username, password: str(e.password), hostname: name }),
  },
);
