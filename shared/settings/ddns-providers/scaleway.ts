/**
 * Scaleway's Domains and DNS API (https://www.scaleway.com/en/developers/api/domains-and-dns/),
 * with an API key's secret key (X-Auth-Token) that may edit the zone's records: the record's
 * settings, and what the Settings page, the credentials table and the destinations know of it
 * (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const scalewayRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('scaleway', 'Scaleway'),
  zone: withMeta(dnsNameSchema, about('DNS zone', 'The DNS zone as the console lists it, e.g. example.org.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
  secret: withMeta(
    secretField('the secret key'),
    about('Secret key', "An API key's secret key, whose policy may edit Domains and DNS."),
  ),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(60), z.lte(2_592_000)), 300),
    about('TTL (seconds)', 'How long resolvers may keep the record; 60 at least.'),
  ),
  apiBase: apiBase('https://api.scaleway.com/domain/v2beta1'),
});

export const scalewaySpec = ddnsProvider({
  id: 'scaleway',
  label: 'Scaleway',
  schema: scalewayRecordSchema,
  kinds: { zone: 'plain', name: 'plain', secret: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://api.scaleway.com/domain/v2beta1' }],
  where: (r) => ({ name: r.name, zone: r.zone }),
  form: {
    fields: [
      { field: 'zone', example: 'example.org' },
      { field: 'name', example: 'home.example.org' },
      { field: 'secret', kind: 'secret' },
      { field: 'ttl', kind: 'number' },
      { field: 'apiBase' },
    ],
    advanced: ['ttl', 'apiBase'],
  },
  keyUrl: 'https://console.scaleway.com/iam/api-keys',
  apiDocs: 'https://www.scaleway.com/en/developers/api/domains-and-dns/',
  rank: 45,
});
