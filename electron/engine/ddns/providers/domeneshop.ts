/**
 * Domeneshop, a dyndns2-style preset (../dyndns2-preset.ts), from its API documentation
 * (https://api.domeneshop.no/docs/, "Dynamic DNS": GET /v0/dyndns/update?hostname=&myip=, basic
 * auth with the API token as the user and its secret as the password; the record is made when
 * missing) and qdm12/ddns-updater's internal/provider/providers/domeneshop/provider.go
 * (docs/domeneshop.md: token, secret): it answers with its status alone, 204 No Content for every
 * update made, the same whether the address changed or not (so a repeat is `updated`; the keeper
 * sends none when the zone's servers already hold the address), 404 for a host name the account
 * does not hold, 401 for refused credentials (both stops, http.ts). No dyndns2 words come back.
 */
import { dyndns2Preset } from '../dyndns2-preset';
import { str } from '../import-entry';

export const domeneshop = dyndns2Preset(
  'domeneshop',
  'Domeneshop',
  { path: '/v0/dyndns/update', emptyIsGood: true },
  {
    names: ['domeneshop'],
    fields: (e, name) => ({
      provider: 'domeneshop',
      username: str(e.token),
      password: str(e.secret),
      hostname: name,
    }),
  },
);
