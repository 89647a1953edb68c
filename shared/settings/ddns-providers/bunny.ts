/**
 * bunny.net's DNS API (https://docs.bunny.net/reference/dnszonepublic_index), with the account's
 * API key: the record's settings, and what the Settings page, the credentials table and the
 * destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const bunnyRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('bunny', 'bunny.net DNS'),
  zone: withMeta(dnsNameSchema, about('Zone', 'The DNS zone as bunny.net lists it, e.g. example.org.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
  apiKey: withMeta(
    secretField('the API key'),
    about('Account API key', 'The API key from Account settings, API (not a storage zone password).'),
  ),
  ttl: withMeta(
    z.optional(z.number().check(z.int(), z.gte(60), z.lte(3600))),
    about('TTL (seconds)', "The record's TTL, 60 to 3600; left out, the zone's own."),
  ),
  apiBase: apiBase('https://api.bunny.net'),
});

export const bunnySpec = ddnsProvider({
  id: 'bunny',
  label: 'bunny.net DNS',
  schema: bunnyRecordSchema,
  kinds: { zone: 'plain', name: 'plain', apiKey: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://api.bunny.net' }],
  where: (r) => ({ name: r.name, zone: r.zone }),
  form: {
    fields: [
      { field: 'zone', example: 'example.org' },
      { field: 'name', example: 'home.example.org' },
      { field: 'apiKey', kind: 'secret' },
      { field: 'ttl', kind: 'number' },
      { field: 'apiBase' },
    ],
    advanced: ['ttl', 'apiBase'],
  },
  keyUrl: 'https://dash.bunny.net/account/api-key',
  apiDocs: 'https://docs.bunny.net/reference/dnszonepublic_index',
  rank: 32,
});
