/**
 * DigitalOcean's API v2, domain records (https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domain-Records),
 * with a personal access token (Bearer) that may write domains: the record's settings, and what
 * the Settings page, the credentials table and the destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const digitaloceanRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('digitalocean', 'DigitalOcean'),
  domain: withMeta(
    dnsNameSchema,
    about('Domain', 'The domain as the Networking, Domains page lists it, e.g. example.org.'),
  ),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
  token: withMeta(
    secretField('the access token'),
    about('Personal access token', 'A token from API, Tokens with write access to domains (dop_v1_…).'),
  ),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(30), z.lte(86_400)), 60),
    about('TTL (seconds)', 'How long resolvers may keep the record; DigitalOcean takes 30 at least.'),
  ),
  apiBase: apiBase('https://api.digitalocean.com/v2'),
});

export const digitaloceanSpec = ddnsProvider({
  id: 'digitalocean',
  label: 'DigitalOcean',
  schema: digitaloceanRecordSchema,
  kinds: { domain: 'plain', name: 'plain', token: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://api.digitalocean.com/v2' }],
  where: (r) => ({ name: r.name, zone: r.domain }),
  form: {
    fields: [
      { field: 'domain', example: 'example.org' },
      { field: 'name', example: 'home.example.org' },
      { field: 'token', kind: 'secret' },
      { field: 'ttl', kind: 'number' },
      { field: 'apiBase' },
    ],
    advanced: ['ttl', 'apiBase'],
  },
  keyUrl: 'https://cloud.digitalocean.com/account/api/tokens',
  apiDocs: 'https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domain-Records',
  rank: 20,
});
