/**
 * Spaceship's API (https://docs.spaceship.dev/, DNS records), with an API key and its secret from
 * the API Manager (the key needs the dnsRecords:read and dnsRecords:write permissions): the
 * record's settings, and what the Settings page, the credentials table and the destinations know
 * of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const spaceshipRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('spaceship', 'Spaceship'),
  domain: withMeta(dnsNameSchema, about('Domain', 'The domain as registered at the provider, e.g. example.org.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
  apiKey: withMeta(
    secretField('the API key'),
    about('Key from the API Manager', 'The API key made in the API Manager, with DNS records read and write.'),
  ),
  secret: withMeta(
    secretField('the API secret'),
    about('Secret of that key', 'The API secret shown beside the key in the API Manager.'),
  ),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(60), z.lte(3600)), 600),
    about('TTL (seconds)', 'How long resolvers may keep the record; Spaceship takes 60 to 3600.'),
  ),
  apiBase: apiBase('https://spaceship.dev/api/v1'),
});

export const spaceshipSpec = ddnsProvider({
  id: 'spaceship',
  label: 'Spaceship',
  schema: spaceshipRecordSchema,
  kinds: { domain: 'plain', name: 'plain', apiKey: 'secret', secret: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://spaceship.dev/api/v1' }],
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
  keyUrl: 'https://www.spaceship.com/application/api-manager/',
  apiDocs: 'https://docs.spaceship.dev/',
  rank: 22,
});
