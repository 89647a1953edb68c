/**
 * GoDaddy's Domains API v1 (https://developer.godaddy.com/doc/endpoint/domains), with a production
 * API key and its secret (GoDaddy grants the DNS API only to some accounts): the record's settings,
 * and what the Settings page, the credentials table and the destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const godaddyRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('godaddy', 'GoDaddy'),
  domain: withMeta(dnsNameSchema, about('Domain', 'The domain as registered at the provider, e.g. example.org.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
  apiKey: withMeta(
    secretField('the API key'),
    about('API key (Production)', 'The key of a Production API key, from the Developer Portal, API Keys.'),
  ),
  secret: withMeta(
    secretField('the API secret'),
    about('API secret', "The key's secret, shown once when the key is made."),
  ),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(600), z.lte(604_800)), 600),
    about('TTL (seconds)', "How long resolvers may keep the record; GoDaddy's shortest is 600."),
  ),
  apiBase: apiBase('https://api.godaddy.com'),
});

export const godaddySpec = ddnsProvider({
  id: 'godaddy',
  label: 'GoDaddy',
  schema: godaddyRecordSchema,
  kinds: { domain: 'plain', name: 'plain', apiKey: 'secret', secret: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://api.godaddy.com' }],
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
  keyUrl: 'https://developer.godaddy.com/keys',
  apiDocs: 'https://developer.godaddy.com/doc/endpoint/domains',
  rank: 8,
});
