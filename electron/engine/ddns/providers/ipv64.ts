/**
 * IPv64.net, a dyndns2 preset (../dyndns2-preset.ts), from its documentation
 * (https://ipv64.net/dyndns_updater_api): GET https://ipv64.net/nic/update?hostname=&myip= (IPv6
 * in `myip6`), the domain update token by basic auth ("{xyz}:{token}": one of the two must be the
 * token; IPWatch sends the host name as the user, the token as the password), dyndns2's answers
 * (good/nochg, badauth with 401); its limits: 3 updates in 10 s, 48 a day on a free account.
 *
 * qdm12/ddns-updater (internal/provider/providers/ipv64/provider.go) sends the token in the query
 * (`key=`, `domain=`, `ip=`/`ip6=`) and reads 200 as done, 401 as refused; IPWatch sends it by
 * basic auth, which the documentation also takes, so the token is never in a URL.
 */
import { dyndns2Preset } from '../dyndns2-preset';
import { str } from '../import-entry';

export const ipv64 = dyndns2Preset(
  'ipv64',
  'IPv64.net',
  { ip6Param: 'myip6', user: 'hostname' },
  {
    names: ['ipv64'],
    fields: (e, name) => ({ provider: 'ipv64', password: str(e.key), hostname: name }),
  },
);
