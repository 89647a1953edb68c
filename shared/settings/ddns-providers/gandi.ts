/**
 * Gandi's LiveDNS API v5 (https://api.gandi.net/docs/livedns/), with a personal access token
 * (Bearer) that may manage the domain's technical configuration, or an old API key (Apikey): the
 * record's settings, and what the Settings page, the credentials table and the destinations know
 * of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

/** How the token is sent: a personal access token (Bearer), or an API key of before 2023 (Apikey). */
export const GANDI_TOKEN_KINDS = ['pat', 'apikey'] as const;

export const gandiRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('gandi', 'Gandi LiveDNS'),
  domain: withMeta(dnsNameSchema, about('Domain', 'The domain as Gandi lists it, e.g. example.org.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
  token: withMeta(
    secretField('the personal access token'),
    about('Personal access token', "A token that may manage the domain's technical configuration (DNS records)."),
  ),
  tokenKind: withMeta(
    z._default(z.enum(GANDI_TOKEN_KINDS), 'pat'),
    about('What the token is', 'A personal access token, or an API key Gandi issued before personal access tokens.', {
      pat: 'Personal access token (Bearer)',
      apikey: 'Old API key (Apikey)',
    }),
  ),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(300), z.lte(2_592_000)), 300),
    about('TTL (seconds)', "How long resolvers may keep the record; Gandi's shortest is 300."),
  ),
  apiBase: apiBase('https://api.gandi.net/v5/livedns'),
});

export const gandiSpec = ddnsProvider({
  id: 'gandi',
  label: 'Gandi LiveDNS',
  schema: gandiRecordSchema,
  kinds: { domain: 'plain', name: 'plain', token: 'secret', tokenKind: 'plain', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://api.gandi.net/v5/livedns' }],
  where: (r) => ({ name: r.name, zone: r.domain }),
  form: {
    fields: [
      { field: 'domain', example: 'example.org' },
      { field: 'name', example: 'home.example.org' },
      { field: 'token', kind: 'secret' },
      { field: 'tokenKind', kind: 'select' },
      { field: 'ttl', kind: 'number' },
      { field: 'apiBase' },
    ],
    advanced: ['tokenKind', 'ttl', 'apiBase'],
  },
  keyUrl: 'https://admin.gandi.net/organizations/account/pat',
  apiDocs: 'https://api.gandi.net/docs/livedns/',
  rank: 16,
});
