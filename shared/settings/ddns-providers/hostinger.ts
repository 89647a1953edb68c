/**
 * Hostinger's DNS API v1 (https://developers.hostinger.com/#tag/dns-zone), with an API token made
 * in hPanel (Account, API): the record's settings, and what the Settings page, the credentials
 * table and the destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const hostingerRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('hostinger', 'Hostinger'),
  domain: withMeta(dnsNameSchema, about('Domain', 'The domain as hPanel lists it, e.g. example.org.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
  token: withMeta(secretField('the API token'), about('API token', 'A token made in hPanel under Account, API.')),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(60), z.lte(86_400)), 300),
    about('TTL (seconds)', 'How long resolvers may keep the record; short, as the address moves.'),
  ),
  apiBase: apiBase('https://developers.hostinger.com/api/dns/v1'),
});

export const hostingerSpec = ddnsProvider({
  id: 'hostinger',
  label: 'Hostinger',
  schema: hostingerRecordSchema,
  kinds: { domain: 'plain', name: 'plain', token: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://developers.hostinger.com/api/dns/v1' }],
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
  keyUrl: 'https://hpanel.hostinger.com/profile/api',
  apiDocs: 'https://developers.hostinger.com/#tag/dns-zone',
  rank: 28,
});
