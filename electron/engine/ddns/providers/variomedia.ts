/**
 * Variomedia, a dyndns2 preset (../dyndns2-preset.ts), from its documentation
 * (https://dyndns.variomedia.de/): GET https://dyndns.variomedia.de/nic/update?hostname=&myip=
 * with basic auth, the account's e-mail and the password of its DNS settings (docs/variomedia.md:
 * email, password; "your DNS settings password, not your account password");
 * good/nochg/badauth/notfqdn; and qdm12/ddns-updater's internal/provider/providers/variomedia/provider.go,
 * which sends to dyndns4.variomedia.de or dyndns6.variomedia.de by the address's family (the
 * server's hosts that see only that family, for an update without `myip`); IPWatch always names
 * the address, so the one server takes both. ddns-updater also reads `badrequest` (a malformed
 * request): not a dyndns2 word, it is read as an unknown answer, a retry with the backoff.
 */
import { dyndns2Preset } from '../dyndns2-preset';
import { str } from '../import-entry';

export const variomedia = dyndns2Preset(
  'variomedia',
  'Variomedia',
  {},
  {
    names: ['variomedia'],
    fields: (e, name) => ({
      provider: 'variomedia',
      username: str(e.email),
      password: str(e.password),
      hostname: name,
    }),
  },
);
