/**
 * No-IP, a dyndns2 preset (dyndns2-preset.ts): its update protocol is documented at
 * https://www.noip.com/integrate/request (GET dynupdate.no-ip.com/nic/update, basic auth). Pure.
 */
import { dyndns2PresetSchema, dyndns2PresetSpec } from './dyndns2-preset';

const url = 'https://dynupdate.no-ip.com';
export const noipRecordSchema = dyndns2PresetSchema('noip', 'No-IP', url);
export const noipSpec = dyndns2PresetSpec('noip', noipRecordSchema, {
  label: 'No-IP',
  url,
  apiDocs: 'https://www.noip.com/integrate/request',
  keyUrl: 'https://my.noip.com/dynamic-dns',
  rank: 12,
});
