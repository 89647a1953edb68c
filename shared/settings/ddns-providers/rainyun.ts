/**
 * Rainyun's (雨云) API v2 (https://s.apifox.cn/a4595cc8-44c5-4678-a2a3-eed7738dab03/api-153559362,
 * api.v2.rainyun.com: a domain's DNS records), with an API key made in Rainyun's console and the
 * domain's ID there: the record's settings, and what the Settings page, the credentials table and
 * the destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const rainyunRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('rainyun', 'Rainyun'),
  domain: withMeta(dnsNameSchema, about('Domain', 'The domain at Rainyun, e.g. example.com.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.com.')),
  domainId: withMeta(
    z.string().check(z.regex(/^\d+$/, 'the domain ID is a number, as Rainyun shows it')),
    about(
      'Rainyun domain ID',
      "The number Rainyun's console shows for the domain (in its address on the domain's page).",
    ),
  ),
  apiKey: withMeta(secretField('the API key'), about('API key', "The API key from the account's API key page.")),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(86_400)), 600),
    about('TTL (seconds)', 'How long resolvers may keep the record; 600 unless your plan allows shorter.'),
  ),
  apiBase: apiBase('https://api.v2.rainyun.com'),
});

export const rainyunSpec = ddnsProvider({
  id: 'rainyun',
  label: 'Rainyun',
  schema: rainyunRecordSchema,
  kinds: { domain: 'plain', name: 'plain', domainId: 'plain', apiKey: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://api.v2.rainyun.com' }],
  where: (r) => ({ name: r.name, zone: r.domain }),
  form: {
    fields: [
      { field: 'domain', example: 'example.com' },
      { field: 'name', example: 'home.example.com' },
      { field: 'domainId', example: '12345' },
      { field: 'apiKey', kind: 'secret' },
      { field: 'ttl', kind: 'number' },
      { field: 'apiBase' },
    ],
    advanced: ['ttl', 'apiBase'],
  },
  keyUrl: 'https://app.rainyun.com/account/settings/api-key',
  apiDocs: 'https://s.apifox.cn/a4595cc8-44c5-4678-a2a3-eed7738dab03/api-153559362',
  rank: 20,
});
