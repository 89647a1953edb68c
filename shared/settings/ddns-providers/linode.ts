/**
 * Linode's (Akamai Cloud's) API v4 for Domains (https://techdocs.akamai.com/linode-api/reference/get-domains),
 * with a personal access token that may read and write Domains: the record's settings, and what
 * the Settings page, the credentials table and the destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const linodeRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('linode', 'Linode (Akamai)'),
  domain: withMeta(dnsNameSchema, about('Domain', 'The domain as the Domains page lists it, e.g. example.org.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
  token: withMeta(
    secretField('the personal access token'),
    about('Personal access token', 'A token whose Domains access is Read/Write, from API Tokens in Cloud Manager.'),
  ),
  ttl: withMeta(
    z.optional(z.number().check(z.int(), z.gte(30), z.lte(2_419_200))),
    about('TTL (seconds)', "The TTL of a record IPWatch makes; left out, the domain's own. Linode rounds it."),
  ),
  apiBase: apiBase('https://api.linode.com/v4'),
});

export const linodeSpec = ddnsProvider({
  id: 'linode',
  label: 'Linode (Akamai)',
  schema: linodeRecordSchema,
  kinds: { domain: 'plain', name: 'plain', token: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://api.linode.com/v4' }],
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
  keyUrl: 'https://cloud.linode.com/profile/tokens',
  apiDocs: 'https://techdocs.akamai.com/linode-api/reference/get-domains',
  rank: 30,
});
