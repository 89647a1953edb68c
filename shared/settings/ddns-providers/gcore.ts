/**
 * Gcore DNS, its API v2 (https://gcore.com/docs/api-reference/dns), with a permanent API token
 * (`Authorization: APIKey <token>`) allowed to change the zone's records: the record's settings,
 * and what the Settings page, the credentials table and the destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const gcoreRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('gcore', 'Gcore'),
  zone: withMeta(dnsNameSchema, about('Zone', 'The zone as the Gcore portal lists it under DNS, e.g. example.com.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.com.')),
  token: withMeta(
    secretField('the API token'),
    about('Permanent API token', 'A permanent API token from Profile, API tokens (it holds a $: paste it whole).'),
  ),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(2_147_483_647)), 120),
    about('TTL (seconds)', "How long resolvers may keep the record; 120 is the free plan's shortest."),
  ),
  apiBase: apiBase('https://api.gcore.com/dns/v2'),
});

export const gcoreSpec = ddnsProvider({
  id: 'gcore',
  label: 'Gcore',
  schema: gcoreRecordSchema,
  kinds: { zone: 'plain', name: 'plain', token: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://api.gcore.com/dns/v2' }],
  where: (r) => ({ name: r.name, zone: r.zone }),
  form: {
    fields: [
      { field: 'zone', example: 'example.com' },
      { field: 'name', example: 'home.example.com' },
      { field: 'token', kind: 'secret' },
      { field: 'ttl', kind: 'number' },
      { field: 'apiBase' },
    ],
    advanced: ['ttl', 'apiBase'],
  },
  keyUrl: 'https://portal.gcore.com/accounts/profile/api-tokens/create',
  apiDocs: 'https://gcore.com/docs/api-reference/dns',
  rank: 47,
});
