/**
 * DNS.LA's open API (https://www.dns.la/docs/ApiDoc, api.dns.la: recordList, record), with an API
 * ID and its secret made in DNS.LA's console: the record's settings, and what the Settings page,
 * the credentials table and the destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const dnslaRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('dnsla', 'DNS.LA'),
  domain: withMeta(dnsNameSchema, about('Domain', 'The domain at DNS.LA, e.g. example.com.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.com.')),
  apiId: withMeta(
    z.string().check(z.minLength(1, 'the API ID is required'), z.maxLength(200)),
    about('DNS.LA API ID', 'The APIID shown on the API key page of the DNS.LA console.'),
  ),
  secret: withMeta(secretField('the API secret'), about('API secret', 'The APISecret shown beside that API ID.')),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(86_400)), 600),
    about('TTL (seconds)', 'How long resolvers may keep the record; 600 unless your plan allows shorter.'),
  ),
  apiBase: apiBase('https://api.dns.la'),
});

export const dnslaSpec = ddnsProvider({
  id: 'dnsla',
  label: 'DNS.LA',
  schema: dnslaRecordSchema,
  kinds: { domain: 'plain', name: 'plain', apiId: 'credential', secret: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://api.dns.la' }],
  where: (r) => ({ name: r.name, zone: r.domain }),
  form: {
    fields: [
      { field: 'domain', example: 'example.com' },
      { field: 'name', example: 'home.example.com' },
      { field: 'apiId', example: 'aBcD1234' },
      { field: 'secret', kind: 'secret' },
      { field: 'ttl', kind: 'number' },
      { field: 'apiBase' },
    ],
    advanced: ['ttl', 'apiBase'],
  },
  keyUrl: 'https://www.dns.la/',
  apiDocs: 'https://www.dns.la/docs/ApiDoc',
  rank: 20,
});
