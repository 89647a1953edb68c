/**
 * Variomedia, a dyndns2 preset (dyndns2-preset.ts): its update server, as documented at
 * https://dyndns.variomedia.de/, logged in with the account's e-mail and the password of its DNS
 * settings (not the account's own). Pure.
 */
import { dyndns2PresetSchema, dyndns2PresetSpec } from './dyndns2-preset';

const url = 'https://dyndns.variomedia.de';
export const variomediaRecordSchema = dyndns2PresetSchema('variomedia', 'Variomedia', url, {
  user: { label: 'E-mail (the login)', help: 'The e-mail address of the Variomedia account.' },
  password: {
    label: 'DNS settings password',
    help: 'The password set for the DNS settings in the customer area, not the account password.',
  },
});
export const variomediaSpec = dyndns2PresetSpec('variomedia', variomediaRecordSchema, {
  label: 'Variomedia',
  url,
  apiDocs: 'https://dyndns.variomedia.de/',
  keyUrl: 'https://variomedia.de/kundencenter/',
  rank: 57,
});
