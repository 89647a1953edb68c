/**
 * Now-DNS, a dyndns2 preset (../dyndns2-preset.ts), from its documentation
 * (https://now-dns.com/?p=clients):
 * GET https://now-dns.com/update?hostname=&myip=, basic auth with the account's e-mail and password
 * (docs/nowdns.md: username, password); good/nochg, and nohost/badauth with HTTP 400; and qdm12/ddns-updater's internal/provider/providers/nowdns/provider.go.
 */
import { dyndns2Preset } from '../dyndns2-preset';
import { str } from '../import-entry';

export const nowdns = dyndns2Preset(
  'nowdns',
  'Now-DNS',
  { path: '/update' },
  {
    names: ['nowdns'],
    fields: (e, name) => ({ provider: 'nowdns', username: e.username, password: str(e.password), hostname: name }),
  },
);
