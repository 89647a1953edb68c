/**
 * Loopia, a dyndns2 preset (dyndns2-preset.ts): its update server, as documented at
 * https://support.loopia.com/wiki/curl/. Pure.
 */
import { dyndns2PresetSchema, dyndns2PresetSpec } from './dyndns2-preset';

const url = 'https://dyndns.loopia.se';
export const loopiaRecordSchema = dyndns2PresetSchema('loopia', 'Loopia', url);
export const loopiaSpec = dyndns2PresetSpec('loopia', loopiaRecordSchema, {
  label: 'Loopia',
  url,
  apiDocs: 'https://support.loopia.com/wiki/curl/',
  keyUrl: 'https://customerzone.loopia.com',
  rank: 40,
});
