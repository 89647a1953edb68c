/**
 * Vultr's API v2, DNS (https://www.vultr.com/api/#tag/dns), with a personal API key (Bearer) from
 * Account, API: the record's settings, and what the Settings page, the credentials table and the
 * destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const vultrRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('vultr', 'Vultr'),
  domain: withMeta(dnsNameSchema, about('Domain', 'The domain as the DNS page of Vultr lists it, e.g. example.org.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
  apiKey: withMeta(
    secretField('the API key'),
    about('API key', 'The personal API key from Account, API, with this address allowed to use it.'),
  ),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(86_400)), 300),
    about('TTL (seconds)', 'How long resolvers may keep the record; short, as the address moves.'),
  ),
  apiBase: apiBase('https://api.vultr.com/v2'),
});

export const vultrSpec = ddnsProvider({
  id: 'vultr',
  label: 'Vultr',
  schema: vultrRecordSchema,
  kinds: { domain: 'plain', name: 'plain', apiKey: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://api.vultr.com/v2' }],
  where: (r) => ({ name: r.name, zone: r.domain }),
  form: {
    fields: [
      { field: 'domain', example: 'example.org' },
      { field: 'name', example: 'home.example.org' },
      { field: 'apiKey', kind: 'secret' },
      { field: 'ttl', kind: 'number' },
      { field: 'apiBase' },
    ],
    advanced: ['ttl', 'apiBase'],
  },
  keyUrl: 'https://my.vultr.com/settings/#settingsapi',
  apiDocs: 'https://www.vultr.com/api/#tag/dns',
  rank: 45,
});
