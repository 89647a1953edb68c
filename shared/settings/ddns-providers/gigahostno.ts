/**
 * Gigahost, a dyndns2 preset (dyndns2-preset.ts): its update server, as documented at
 * https://gigahost.no/en/api-dokumentasjon. Pure.
 */
import { dyndns2PresetSchema, dyndns2PresetSpec } from './dyndns2-preset';

const url = 'https://api.gigahost.no';
export const gigahostnoRecordSchema = dyndns2PresetSchema('gigahostno', 'Gigahost', url, {
  user: { label: 'E-mail (the login)', help: 'The e-mail address you log in to the provider with.' },
});
export const gigahostnoSpec = dyndns2PresetSpec('gigahostno', gigahostnoRecordSchema, {
  label: 'Gigahost',
  url,
  apiDocs: 'https://gigahost.no/en/api-dokumentasjon',
  keyUrl: 'https://gigahost.no',
  rank: 55,
});
