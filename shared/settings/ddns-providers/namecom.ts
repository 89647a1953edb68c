/**
 * Name.com's API v4 (https://docs.name.com/), with the account's user name and an API token
 * (Basic authentication): the record's settings, and what the Settings page, the credentials
 * table and the destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const namecomRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('namecom', 'Name.com'),
  domain: withMeta(dnsNameSchema, about('Domain', 'The domain as registered at the provider, e.g. example.org.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
  username: withMeta(
    z.string().check(z.minLength(1, 'the user name is required'), z.maxLength(100)),
    about('Account user name', 'The Name.com user name the API token belongs to.'),
  ),
  token: withMeta(
    secretField('the API token'),
    about('API token', 'A production API token from the account API settings page.'),
  ),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(300), z.lte(86_400)), 300),
    about('TTL (seconds)', "How long resolvers may keep the record; Name.com's shortest is 300."),
  ),
  apiBase: apiBase('https://api.name.com/v4'),
});

export const namecomSpec = ddnsProvider({
  id: 'namecom',
  label: 'Name.com',
  schema: namecomRecordSchema,
  kinds: { domain: 'plain', name: 'plain', username: 'credential', token: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://api.name.com/v4' }],
  where: (r) => ({ name: r.name, zone: r.domain }),
  form: {
    fields: [
      { field: 'domain', example: 'example.org' },
      { field: 'name', example: 'home.example.org' },
      { field: 'username', example: 'myname' },
      { field: 'token', kind: 'secret' },
      { field: 'ttl', kind: 'number' },
      { field: 'apiBase' },
    ],
    advanced: ['ttl', 'apiBase'],
  },
  keyUrl: 'https://www.name.com/account/settings/api',
  apiDocs: 'https://docs.name.com/',
  rank: 24,
});
