/**
 * INWX, a dyndns2 preset (dyndns2-preset.ts): its update server, as documented at
 * https://www.inwx.com/en/offer/dyndns. Pure.
 */
import { dyndns2PresetSchema, dyndns2PresetSpec } from './dyndns2-preset';

const url = 'https://dyndns.inwx.com';
export const inwxRecordSchema = dyndns2PresetSchema('inwx', 'INWX', url);
export const inwxSpec = dyndns2PresetSpec('inwx', inwxRecordSchema, {
  label: 'INWX',
  url,
  apiDocs: 'https://www.inwx.com/en/offer/dyndns',
  keyUrl: 'https://www.inwx.com/en/nameserver2/dyndns',
  rank: 30,
});
