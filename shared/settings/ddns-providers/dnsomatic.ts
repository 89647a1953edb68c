/**
 * DNS-O-Matic, a dyndns2 preset (dyndns2-preset.ts): its update server, as documented at
 * https://www.dnsomatic.com/docs/api. Pure.
 */
import { dyndns2PresetSchema, dyndns2PresetSpec } from './dyndns2-preset';

const url = 'https://updates.dnsomatic.com';
export const dnsomaticRecordSchema = dyndns2PresetSchema('dnsomatic', 'DNS-O-Matic', url);
export const dnsomaticSpec = dyndns2PresetSpec('dnsomatic', dnsomaticRecordSchema, {
  label: 'DNS-O-Matic',
  url,
  apiDocs: 'https://www.dnsomatic.com/docs/api',
  keyUrl: 'https://www.dnsomatic.com',
  rank: 35,
});
