/**
 * NameSilo's API (https://www.namesilo.com/api-reference#dns), with an API key that is not
 * read-only, for a domain registered there: the record's settings, and what the Settings page,
 * the credentials table and the destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const namesiloRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('namesilo', 'NameSilo'),
  domain: withMeta(dnsNameSchema, about('Domain', 'The domain as registered at the provider, e.g. example.org.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
  apiKey: withMeta(
    secretField('the API key'),
    about('API key', 'A key from the API Manager, made without "read-only access".'),
  ),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(3600), z.lte(2_592_000)), 3600),
    about('TTL (seconds)', "How long resolvers may keep the record; NameSilo's shortest is 3600."),
  ),
  apiBase: apiBase('https://www.namesilo.com/api'),
});

export const namesiloSpec = ddnsProvider({
  id: 'namesilo',
  label: 'NameSilo',
  schema: namesiloRecordSchema,
  kinds: { domain: 'plain', name: 'plain', apiKey: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://www.namesilo.com/api' }],
  where: (r) => ({ name: r.name, zone: r.domain }),
  form: {
    fields: [
      { field: 'domain', example: 'example.org' },
      { field: 'name', example: 'home.example.org' },
      { field: 'apiKey', kind: 'secret' },
      { field: 'ttl', kind: 'number' },
      { field: 'apiBase' },
    ],
    advanced: ['ttl', 'apiBase'],
  },
  keyUrl: 'https://www.namesilo.com/account/api-manager',
  apiDocs: 'https://www.namesilo.com/api-reference#dns',
  rank: 40,
});
