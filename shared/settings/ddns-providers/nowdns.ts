/**
 * Now-DNS, a dyndns2 preset (dyndns2-preset.ts): its update server, as documented at
 * https://now-dns.com/?p=clients. Pure.
 */
import { dyndns2PresetSchema, dyndns2PresetSpec } from './dyndns2-preset';

const url = 'https://now-dns.com';
export const nowdnsRecordSchema = dyndns2PresetSchema('nowdns', 'Now-DNS', url, {
  user: { label: 'E-mail (the login)', help: 'The e-mail address you log in to the provider with.' },
});
export const nowdnsSpec = dyndns2PresetSpec('nowdns', nowdnsRecordSchema, {
  label: 'Now-DNS',
  url,
  apiDocs: 'https://now-dns.com/?p=clients',
  keyUrl: 'https://now-dns.com',
  rank: 50,
});
