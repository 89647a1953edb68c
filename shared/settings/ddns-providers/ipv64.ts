/**
 * IPv64.net, a dyndns2 preset (dyndns2-preset.ts): its updater at https://ipv64.net/nic/update,
 * as documented at https://ipv64.net/dyndns_updater_api, logged in with the domain update token
 * by basic auth (one of user and password must be the token). Pure.
 */
import { dyndns2KeyPresetSchema, dyndns2PresetSpec } from './dyndns2-preset';

const url = 'https://ipv64.net';
export const ipv64RecordSchema = dyndns2KeyPresetSchema('ipv64', 'IPv64.net', url, {
  password: {
    label: 'Domain update token',
    help: 'The domain update token from the account page at ipv64.net, not the account password.',
  },
});
export const ipv64Spec = dyndns2PresetSpec('ipv64', ipv64RecordSchema, {
  label: 'IPv64.net',
  url,
  apiDocs: 'https://ipv64.net/dyndns_updater_api',
  keyUrl: 'https://ipv64.net/account',
  rank: 57,
});
