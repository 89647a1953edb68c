/**
 * Dynu, a dyndns2 preset (dyndns2-preset.ts): its update server, as documented at
 * https://www.dynu.com/DynamicDNS/IP-Update-Protocol. Pure.
 */
import { dyndns2PresetSchema, dyndns2PresetSpec } from './dyndns2-preset';

const url = 'https://api.dynu.com';
export const dynuRecordSchema = dyndns2PresetSchema('dynu', 'Dynu', url);
export const dynuSpec = dyndns2PresetSpec('dynu', dynuRecordSchema, {
  label: 'Dynu',
  url,
  apiDocs: 'https://www.dynu.com/DynamicDNS/IP-Update-Protocol',
  keyUrl: 'https://www.dynu.com/en-US/ControlPanel/DDNS',
  rank: 20,
});
