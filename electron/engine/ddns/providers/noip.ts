/**
 * No-IP, a dyndns2 preset (../dyndns2-preset.ts), from its documentation
 * (https://www.noip.com/integrate/request: GET https://dynupdate.no-ip.com/nic/update?hostname=&myip=,
 * basic auth, good/nochg/nohost/badauth/badagent/!donator/abuse/911; myip takes IPv4 or IPv6) and
 * qdm12/ddns-updater's internal/provider/providers/noip/provider.go (docs/noip.md: username, password).
 */
import { dyndns2Preset } from '../dyndns2-preset';
import { str } from '../import-entry';

export const noip = dyndns2Preset(
  'noip',
  'No-IP',
  {},
  {
    names: ['noip'],
    fields: (e, name) => ({ provider: 'noip', username: e.username, password: str(e.password), hostname: name }),
  },
);
