/**
 * Infomaniak, a dyndns2 preset (dyndns2-preset.ts): its update server, as documented at
 * https://www.infomaniak.com/en/support/faq/2357/getting-started-guide-dyndns-with-an-infomaniak-domain. Pure.
 */
import { dyndns2PresetSchema, dyndns2PresetSpec } from './dyndns2-preset';

const url = 'https://infomaniak.com';
export const infomaniakRecordSchema = dyndns2PresetSchema('infomaniak', 'Infomaniak', url);
export const infomaniakSpec = dyndns2PresetSpec('infomaniak', infomaniakRecordSchema, {
  label: 'Infomaniak',
  url,
  apiDocs: 'https://www.infomaniak.com/en/support/faq/2357/getting-started-guide-dyndns-with-an-infomaniak-domain',
  keyUrl: 'https://manager.infomaniak.com',
  rank: 38,
});
