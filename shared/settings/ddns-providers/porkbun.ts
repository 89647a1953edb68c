/**
 * Porkbun's API v3 (https://porkbun.com/api/json/v3/documentation; the host moved to
 * api.porkbun.com in 2024), with an API key and its secret key, for a domain whose API ACCESS
 * is switched on: the record's settings, and what the Settings page, the credentials table and
 * the destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const porkbunRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('porkbun', 'Porkbun'),
  domain: withMeta(dnsNameSchema, about('Domain', 'The domain as registered at the provider, e.g. example.org.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
  apiKey: withMeta(
    secretField('the API key'),
    about('Key (pk1_…)', 'The API key that starts with pk1_, from the API Access page.'),
  ),
  secret: withMeta(
    secretField('the secret API key'),
    about('Secret key (sk1_…)', 'The secret API key that starts with sk1_, shown once when the key is made.'),
  ),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(600), z.lte(86_400)), 600),
    about('TTL (seconds)', "How long resolvers may keep the record; Porkbun's shortest is 600."),
  ),
  apiBase: apiBase('https://api.porkbun.com/api/json/v3'),
});

export const porkbunSpec = ddnsProvider({
  id: 'porkbun',
  label: 'Porkbun',
  schema: porkbunRecordSchema,
  kinds: { domain: 'plain', name: 'plain', apiKey: 'secret', secret: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://api.porkbun.com/api/json/v3' }],
  where: (r) => ({ name: r.name, zone: r.domain }),
  form: {
    fields: [
      { field: 'domain', example: 'example.org' },
      { field: 'name', example: 'home.example.org' },
      { field: 'apiKey', kind: 'secret' },
      { field: 'secret', kind: 'secret' },
      { field: 'ttl', kind: 'number' },
      { field: 'apiBase' },
    ],
    advanced: ['ttl', 'apiBase'],
  },
  keyUrl: 'https://porkbun.com/account/api',
  apiDocs: 'https://porkbun.com/api/json/v3/documentation',
  rank: 10,
});
