/**
 * Securepoint DynDNS (spdyn), a dyndns2 preset (dyndns2-preset.ts): its update server, as documented at
 * https://wiki.securepoint.de/SPDyn/Variablen. Pure.
 */
import { dyndns2PresetSchema, dyndns2PresetSpec } from './dyndns2-preset';

const url = 'https://update.spdyn.de';
export const spdynRecordSchema = dyndns2PresetSchema('spdyn', 'Securepoint DynDNS (spdyn)', url);
export const spdynSpec = dyndns2PresetSpec('spdyn', spdynRecordSchema, {
  label: 'Securepoint DynDNS (spdyn)',
  url,
  apiDocs: 'https://wiki.securepoint.de/SPDyn/Variablen',
  keyUrl: 'https://spdyn.de',
  rank: 45,
});
