/**
 * Dynu, a dyndns2 preset (../dyndns2-preset.ts), from its documentation
 * (https://www.dynu.com/DynamicDNS/IP-Update-Protocol):
 * GET https://api.dynu.com/nic/update?hostname=&myip= (IPv6 in `myipv6`), the account's user name and
 * password (or its MD5/SHA-256) by basic auth; good/nochg/badauth/notfqdn/abuse; and qdm12/ddns-updater's internal/provider/providers/dynu/provider.go.
 *
 * ddns-updater sends the user name and password in the query with `location` (a group); IPWatch
 * sends them by basic auth, which the protocol page also takes, so the password is never in a URL;
 * a group is not kept (the host name alone names the record).
 */
import { dyndns2Preset } from '../dyndns2-preset';
import { str } from '../import-entry';

export const dynu = dyndns2Preset(
  'dynu',
  'Dynu',
  { ip6Param: 'myipv6' },
  {
    names: ['dynu'],
    fields: (e, name) => ({ provider: 'dynu', username: e.username, password: str(e.password), hostname: name }),
  },
);
