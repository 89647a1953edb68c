/**
 * Vercel DNS (https://vercel.com/docs/rest-api/reference/endpoints/dns), with an access token
 * (Bearer) and, for a domain a team owns, the team's ID: the record's settings, and what the
 * Settings page, the credentials table and the destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const vercelRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('vercel', 'Vercel'),
  domain: withMeta(dnsNameSchema, about('Domain', 'The domain as the Domains page lists it, e.g. example.org.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
  token: withMeta(
    secretField('the access token'),
    about('Access token', 'A token from Account Settings, Tokens, with access to the domain.'),
  ),
  teamId: withMeta(
    z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/))),
    about('Team owning the domain', "The team's ID (team_…) when a team owns the domain; empty for your own account."),
  ),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(60), z.lte(86_400)), 60),
    about('TTL (seconds)', 'How long resolvers may keep the record; Vercel takes 60 at least.'),
  ),
  apiBase: apiBase('https://api.vercel.com'),
});

export const vercelSpec = ddnsProvider({
  id: 'vercel',
  label: 'Vercel',
  schema: vercelRecordSchema,
  kinds: { domain: 'plain', name: 'plain', token: 'secret', teamId: 'plain', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://api.vercel.com' }],
  where: (r) => ({ name: r.name, zone: r.domain }),
  form: {
    fields: [
      { field: 'domain', example: 'example.org' },
      { field: 'name', example: 'home.example.org' },
      { field: 'token', kind: 'secret' },
      { field: 'teamId', example: 'team_1a2b3c4d5e6f' },
      { field: 'ttl', kind: 'number' },
      { field: 'apiBase' },
    ],
    advanced: ['teamId', 'ttl', 'apiBase'],
  },
  keyUrl: 'https://vercel.com/account/tokens',
  apiDocs: 'https://vercel.com/docs/rest-api/reference/endpoints/dns',
  rank: 40,
});
