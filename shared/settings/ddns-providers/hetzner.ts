/**
 * Hetzner's DNS Console API (https://dns.hetzner.com/api-docs), the one Hetzner is moving zones
 * away from to its Cloud API (the `hetznercloud` provider), with a DNS API token: the record's
 * settings, and what the Settings page, the credentials table and the destinations know of it
 * (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const hetznerRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('hetzner', 'Hetzner DNS Console'),
  zone: withMeta(dnsNameSchema, about('Zone', 'The zone as the DNS Console lists it, e.g. example.org.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
  token: withMeta(
    secretField('the API token'),
    about(
      'API token',
      'A token from the DNS Console, API tokens; zones moved to Hetzner Cloud need Hetzner Cloud DNS.',
    ),
  ),
  zoneId: withMeta(
    z.optional(z.string().check(z.regex(/^[A-Za-z0-9]{1,64}$/, 'a zone ID is letters and digits'))),
    about('Zone ID', "The zone's ID from its page in the DNS Console; left out, found by the zone's name."),
  ),
  ttl: withMeta(
    z.optional(z.number().check(z.int(), z.gte(60), z.lte(2_147_483_647))),
    about('TTL (seconds)', "The TTL sent with the record; left out, the zone's own TTL."),
  ),
  apiBase: apiBase('https://dns.hetzner.com/api/v1'),
});

export const hetznerSpec = ddnsProvider({
  id: 'hetzner',
  label: 'Hetzner DNS Console',
  schema: hetznerRecordSchema,
  kinds: { zone: 'plain', name: 'plain', token: 'secret', zoneId: 'plain', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://dns.hetzner.com/api/v1' }],
  where: (r) => ({ name: r.name, zone: r.zone }),
  form: {
    fields: [
      { field: 'zone', example: 'example.org' },
      { field: 'name', example: 'home.example.org' },
      { field: 'token', kind: 'secret' },
      { field: 'zoneId' },
      { field: 'ttl', kind: 'number' },
      { field: 'apiBase' },
    ],
    advanced: ['zoneId', 'ttl', 'apiBase'],
  },
  keyUrl: 'https://dns.hetzner.com/settings/api-token',
  apiDocs: 'https://dns.hetzner.com/api-docs',
  rank: 26,
});
