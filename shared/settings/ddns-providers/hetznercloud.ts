/**
 * Hetzner's Cloud API for DNS (https://docs.hetzner.cloud/reference/cloud#tag/zones), the one
 * that replaced the DNS console's API, with a project's API token (Bearer) that may write: the
 * record's settings, and what the Settings page, the credentials table and the destinations
 * know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const hetznercloudRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('hetznercloud', 'Hetzner Cloud DNS'),
  zone: withMeta(dnsNameSchema, about('Zone', 'The zone as the Cloud Console lists it under DNS, e.g. example.org.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
  token: withMeta(
    secretField('the API token'),
    about('API token (Read & Write)', "A Read & Write token of the zone's project, from Security, API tokens."),
  ),
  ttl: withMeta(
    z.optional(z.number().check(z.int(), z.gte(60), z.lte(2_147_483_647))),
    about('TTL (seconds)', "The TTL of a record IPWatch makes; left out, the zone's own TTL. 60 at least."),
  ),
  apiBase: apiBase('https://api.hetzner.cloud/v1'),
});

export const hetznercloudSpec = ddnsProvider({
  id: 'hetznercloud',
  label: 'Hetzner Cloud DNS',
  schema: hetznercloudRecordSchema,
  kinds: { zone: 'plain', name: 'plain', token: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://api.hetzner.cloud/v1' }],
  where: (r) => ({ name: r.name, zone: r.zone }),
  form: {
    fields: [
      { field: 'zone', example: 'example.org' },
      { field: 'name', example: 'home.example.org' },
      { field: 'token', kind: 'secret' },
      { field: 'ttl', kind: 'number' },
      { field: 'apiBase' },
    ],
    advanced: ['ttl', 'apiBase'],
  },
  keyUrl: 'https://docs.hetzner.com/cloud/api/getting-started/generating-api-token',
  apiDocs: 'https://docs.hetzner.cloud/reference/cloud#tag/zone-rrsets',
  rank: 14,
});
