/**
 * OpenDNS, a dyndns2 preset (dyndns2-preset.ts): its update server, as documented at
 * https://support.opendns.com/hc/en-us/articles/227987727. Pure.
 */
import { dyndns2PresetSchema, dyndns2PresetSpec } from './dyndns2-preset';

const url = 'https://updates.opendns.com';
export const opendnsRecordSchema = dyndns2PresetSchema('opendns', 'OpenDNS', url);
export const opendnsSpec = dyndns2PresetSpec('opendns', opendnsRecordSchema, {
  label: 'OpenDNS',
  url,
  apiDocs: 'https://support.opendns.com/hc/en-us/articles/227987727',
  keyUrl: 'https://dashboard.opendns.com',
  rank: 40,
});
