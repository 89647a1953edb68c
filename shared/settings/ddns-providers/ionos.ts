/**
 * IONOS's hosting DNS API v1 (https://developer.hosting.ionos.com/docs/dns), with an API key
 * made in the developer portal as "prefix.secret" (sent as X-API-Key): the record's settings,
 * and what the Settings page, the credentials table and the destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { secretRefSchema } from '../secret';
import { apiBase, common, dnsNameSchema, providerLiteral } from './fields';
import { ddnsProvider } from './spec';

/** IONOS's key is its public prefix and its secret joined by a dot ("prefix.secret"). */
const ionosKey = z.union([
  z
    .string({ error: 'the API key is required' })
    .check(
      z.regex(/^[^.\s]+\.\S+$/, { error: 'the API key is its prefix and its secret joined by a dot: prefix.secret' }),
    ),
  secretRefSchema,
]);

export const ionosRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('ionos', 'IONOS'),
  zone: withMeta(dnsNameSchema, about('Zone', 'The domain as IONOS lists it under Domains, e.g. example.org.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
  apiKey: withMeta(
    ionosKey,
    about(
      'Key (prefix.secret)',
      'The public prefix and the secret of a key from the developer portal, joined by a dot.',
    ),
  ),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(60), z.lte(86_400)), 3600),
    about('TTL (seconds)', 'How long resolvers may keep the record; IONOS takes 60 to 86400.'),
  ),
  apiBase: apiBase('https://api.hosting.ionos.com/dns/v1'),
});

export const ionosSpec = ddnsProvider({
  id: 'ionos',
  label: 'IONOS',
  schema: ionosRecordSchema,
  kinds: { zone: 'plain', name: 'plain', apiKey: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://api.hosting.ionos.com/dns/v1' }],
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
  keyUrl: 'https://developer.hosting.ionos.com/docs/getstarted',
  apiDocs: 'https://developer.hosting.ionos.com/docs/dns',
  rank: 12,
});
