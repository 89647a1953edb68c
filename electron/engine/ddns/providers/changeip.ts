/**
 * ChangeIP, a dyndns2 preset (../dyndns2-preset.ts), from its documentation
 * (https://www.changeip.com/accounts/knowledgebase.php):
 * GET https://nic.changeip.com/nic/update?hostname=&ip=, basic auth (docs/changeip.md: username,
 * password); good/nochg; and qdm12/ddns-updater's internal/provider/providers/changeip/provider.go.
 */
import { dyndns2Preset } from '../dyndns2-preset';
import { str } from '../import-entry';

export const changeip = dyndns2Preset(
  'changeip',
  'ChangeIP',
  { ip4Param: 'ip', ip6Param: 'ip' },
  {
    names: ['changeip'],
    fields: (e, name) => ({ provider: 'changeip', username: e.username, password: str(e.password), hostname: name }),
  },
);
