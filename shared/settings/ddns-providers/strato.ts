/**
 * Strato, a dyndns2 preset (dyndns2-preset.ts): its update server, as documented at
 * https://www.strato.com/faq/en_us/domain/this-is-how-easy-it-is-to-set-up-dyndns-for-your-domains/. Pure.
 */
import { dyndns2PresetSchema, dyndns2PresetSpec } from './dyndns2-preset';

const url = 'https://dyndns.strato.com';
export const stratoRecordSchema = dyndns2PresetSchema('strato', 'Strato', url, {
  user: {
    label: 'Domain (the login)',
    help: 'The domain the host name is under, e.g. example.org; Strato logs in with it.',
  },
});
export const stratoSpec = dyndns2PresetSpec('strato', stratoRecordSchema, {
  label: 'Strato',
  url,
  apiDocs: 'https://www.strato.com/faq/en_us/domain/this-is-how-easy-it-is-to-set-up-dyndns-for-your-domains/',
  keyUrl: 'https://www.strato.com/apps/CustomerService',
  rank: 22,
});
