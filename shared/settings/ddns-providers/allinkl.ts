/**
 * ALL-INKL, a dyndns2 preset (dyndns2-preset.ts): its update server, as documented at
 * https://all-inkl.com/wichtig/anleitungen/kas/tools/dyndns/. Pure.
 */
import { dyndns2PresetSchema, dyndns2PresetSpec } from './dyndns2-preset';

const url = 'https://dyndns.kasserver.com';
export const allinklRecordSchema = dyndns2PresetSchema('allinkl', 'ALL-INKL', url);
export const allinklSpec = dyndns2PresetSpec('allinkl', allinklRecordSchema, {
  label: 'ALL-INKL',
  url,
  apiDocs: 'https://all-inkl.com/wichtig/anleitungen/kas/tools/dyndns/',
  keyUrl: 'https://kas.all-inkl.com',
  rank: 40,
});
