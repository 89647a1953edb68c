/**
 * Dyn, a dyndns2 preset (dyndns2-preset.ts): its update server, as documented at
 * https://help.dyn.com/remote-access-api/perform-update/. Pure.
 */
import { dyndns2PresetSchema, dyndns2PresetSpec } from './dyndns2-preset';

const url = 'https://members.dyndns.org';
export const dynRecordSchema = dyndns2PresetSchema('dyn', 'Dyn', url);
export const dynSpec = dyndns2PresetSpec('dyn', dynRecordSchema, {
  label: 'Dyn',
  url,
  apiDocs: 'https://help.dyn.com/remote-access-api/perform-update/',
  keyUrl: 'https://account.dyn.com/profile/security/updater',
  rank: 25,
});
