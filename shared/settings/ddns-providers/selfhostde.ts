/**
 * selfHOST, a dyndns2 preset (dyndns2-preset.ts): its update server, as documented at
 * https://selfhost.de. Pure.
 */
import { dyndns2PresetSchema, dyndns2PresetSpec } from './dyndns2-preset';

const url = 'https://carol.selfhost.de';
export const selfhostdeRecordSchema = dyndns2PresetSchema('selfhostde', 'selfHOST', url);
export const selfhostdeSpec = dyndns2PresetSpec('selfhostde', selfhostdeRecordSchema, {
  label: 'selfHOST',
  url,
  apiDocs: 'https://selfhost.de',
  keyUrl: 'https://selfhost.de',
  rank: 42,
});
