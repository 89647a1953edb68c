/**
 * Servercow's DNS API v1 (https://wiki.servercow.de/en/domains/dns_api/api-syntax/), with the
 * name and password of a DNS API user made in the customer panel: the record's settings, and what
 * the Settings page, the credentials table and the destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const servercowRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('servercow', 'Servercow'),
  domain: withMeta(dnsNameSchema, about('Domain', 'The domain whose DNS Servercow serves, e.g. example.org.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
  username: withMeta(
    z.string().check(z.minLength(1, 'the DNS API user is required'), z.maxLength(100)),
    about('DNS API user', 'The user name of a DNS API user made in the Servercow customer panel.'),
  ),
  password: withMeta(
    secretField('the DNS API password'),
    about('DNS API password', 'The password of that DNS API user.'),
  ),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(86_400)), 120),
    about('TTL (seconds)', 'How long resolvers may keep the record; Servercow takes 120 unless told.'),
  ),
  apiBase: apiBase('https://api.servercow.de/dns/v1'),
});

export const servercowSpec = ddnsProvider({
  id: 'servercow',
  label: 'Servercow',
  schema: servercowRecordSchema,
  kinds: { domain: 'plain', name: 'plain', username: 'credential', password: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://api.servercow.de/dns/v1' }],
  where: (r) => ({ name: r.name, zone: r.domain }),
  form: {
    fields: [
      { field: 'domain', example: 'example.org' },
      { field: 'name', example: 'home.example.org' },
      { field: 'username' },
      { field: 'password', kind: 'secret' },
      { field: 'ttl', kind: 'number' },
      { field: 'apiBase' },
    ],
    advanced: ['ttl', 'apiBase'],
  },
  keyUrl: 'https://cp.servercow.de/',
  apiDocs: 'https://wiki.servercow.de/en/domains/dns_api/api-syntax/',
  rank: 57,
});
