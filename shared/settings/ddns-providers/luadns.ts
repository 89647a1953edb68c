/**
 * LuaDNS's REST API (https://www.luadns.com/api.html), with the account's email and an API key
 * (HTTP Basic), for a zone whose API access is on: the record's settings, and what the Settings
 * page, the credentials table and the destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const luadnsRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('luadns', 'LuaDNS'),
  zone: withMeta(dnsNameSchema, about('Zone', 'The zone as LuaDNS lists it, e.g. example.org.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
  email: withMeta(
    z.string().check(z.minLength(1, 'the email is required'), z.maxLength(254)),
    about('Account email', 'The email address you sign in to LuaDNS with.'),
  ),
  apiKey: withMeta(
    secretField('the API key'),
    about('API key', 'An API key from Account, API Keys; the API must be switched on there.'),
  ),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(60), z.lte(86_400)), 300),
    about('TTL (seconds)', 'The TTL of a record IPWatch makes; a changed record keeps its own.'),
  ),
  apiBase: apiBase('https://api.luadns.com/v1'),
});

export const luadnsSpec = ddnsProvider({
  id: 'luadns',
  label: 'LuaDNS',
  schema: luadnsRecordSchema,
  kinds: { zone: 'plain', name: 'plain', email: 'credential', apiKey: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://api.luadns.com/v1' }],
  where: (r) => ({ name: r.name, zone: r.zone }),
  form: {
    fields: [
      { field: 'zone', example: 'example.org' },
      { field: 'name', example: 'home.example.org' },
      { field: 'email', example: 'joe@example.org' },
      { field: 'apiKey', kind: 'secret' },
      { field: 'ttl', kind: 'number' },
      { field: 'apiBase' },
    ],
    advanced: ['ttl', 'apiBase'],
  },
  keyUrl: 'https://api.luadns.com/api_keys',
  apiDocs: 'https://www.luadns.com/api.html',
  rank: 45,
});
