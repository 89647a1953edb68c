/**
 * OpenDNS, a dyndns2 preset (../dyndns2-preset.ts), from its documentation
 * (https://support.opendns.com/hc/en-us/articles/227987727):
 * GET https://updates.opendns.com/nic/update?hostname=&myip=, basic auth with the dashboard's account,
 * the host name being the network's label (docs/opendns.md: username, password); good IP; and qdm12/ddns-updater's internal/provider/providers/opendns/provider.go.
 */
import { dyndns2Preset } from '../dyndns2-preset';
import { str } from '../import-entry';

export const opendns = dyndns2Preset(
  'opendns',
  'OpenDNS',
  {},
  {
    names: ['opendns'],
    fields: (e, name) => ({ provider: 'opendns', username: e.username, password: str(e.password), hostname: name }),
  },
);
