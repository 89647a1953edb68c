/**
 * Domeneshop, a dyndns2-style preset (dyndns2-preset.ts): its API's dynamic DNS update, as
 * documented at https://api.domeneshop.no/docs/ (GET /v0/dyndns/update), logged in with an API
 * token and its secret made at https://domene.shop/admin?view=api. Pure.
 */
import { dyndns2PresetSchema, dyndns2PresetSpec } from './dyndns2-preset';

const url = 'https://api.domeneshop.no';
export const domeneshopRecordSchema = dyndns2PresetSchema('domeneshop', 'Domeneshop', url, {
  user: { label: 'API token', help: "The API token from Domeneshop's API page (the login half, not secret)." },
  password: { label: 'API secret', help: 'The secret shown beside the token when it was made.' },
});
export const domeneshopSpec = dyndns2PresetSpec('domeneshop', domeneshopRecordSchema, {
  label: 'Domeneshop',
  url,
  apiDocs: 'https://api.domeneshop.no/docs/',
  keyUrl: 'https://domene.shop/admin?view=api',
  rank: 58,
});
