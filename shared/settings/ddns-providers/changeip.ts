/**
 * ChangeIP, a dyndns2 preset (dyndns2-preset.ts): its update server, as documented at
 * https://www.changeip.com/accounts/knowledgebase.php. Pure.
 */
import { dyndns2PresetSchema, dyndns2PresetSpec } from './dyndns2-preset';

const url = 'https://nic.changeip.com';
export const changeipRecordSchema = dyndns2PresetSchema('changeip', 'ChangeIP', url);
export const changeipSpec = dyndns2PresetSpec('changeip', changeipRecordSchema, {
  label: 'ChangeIP',
  url,
  apiDocs: 'https://www.changeip.com/accounts/knowledgebase.php',
  keyUrl: 'https://www.changeip.com',
  rank: 45,
});
