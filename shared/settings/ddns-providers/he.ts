/**
 * Hurricane Electric, a dyndns2 preset (dyndns2-preset.ts): its update server, as documented at
 * https://dns.he.net/docs.html. Pure.
 */
import { dyndns2KeyPresetSchema, dyndns2PresetSpec } from './dyndns2-preset';

const url = 'https://dyn.dns.he.net';
export const heRecordSchema = dyndns2KeyPresetSchema('he', 'Hurricane Electric', url, {
  password: {
    label: 'DDNS key',
    help: 'The key made for this host name on its record at dns.he.net, not the account password.',
  },
});
export const heSpec = dyndns2PresetSpec('he', heRecordSchema, {
  label: 'Hurricane Electric',
  url,
  apiDocs: 'https://dns.he.net/docs.html',
  keyUrl: 'https://dns.he.net',
  rank: 18,
});
