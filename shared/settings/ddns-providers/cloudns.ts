/**
 * ClouDNS's HTTP API (https://www.cloudns.net/wiki/article/41/; an API user made at
 * https://www.cloudns.net/api-settings/, paid plans only), with an API user id (or a sub-user's id
 * or name) and its password: the record's settings, and what the Settings page, the credentials
 * table and the destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

/** The TTLs ClouDNS takes (wiki article 58, "Available TTL's"): another is sent as the next one up. */
export const CLOUDNS_TTLS = [60, 300, 900, 1800, 3600, 21_600, 43_200, 86_400, 172_800, 259_200, 604_800] as const;

export const CLOUDNS_AUTH_KINDS = ['auth-id', 'sub-auth-id', 'sub-auth-user'] as const;

export const cloudnsRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('cloudns', 'ClouDNS'),
  domain: withMeta(dnsNameSchema, about('Zone', 'The zone as it is named at ClouDNS, e.g. example.org.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
  authKind: withMeta(
    z._default(z.enum(CLOUDNS_AUTH_KINDS), 'auth-id'),
    about('API user kind', 'An API user (auth-id), or a sub-user by its id or by its name.', {
      'auth-id': 'API user (auth-id)',
      'sub-auth-id': 'Sub-user by id (sub-auth-id)',
      'sub-auth-user': 'Sub-user by name (sub-auth-user)',
    }),
  ),
  authId: withMeta(
    z.string().check(z.minLength(1, 'the API user is required'), z.maxLength(100)),
    about('API user', 'The auth-id (a number) or sub-user name from the API settings page.'),
  ),
  password: withMeta(
    secretField('the API password'),
    about('API user password', 'The password set for that API user when it was made.'),
  ),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(60), z.lte(604_800)), 60),
    about('TTL (seconds)', 'ClouDNS takes 60, 300, 900, 1800, 3600 and longer steps; others go to the next step up.'),
  ),
  apiBase: apiBase('https://api.cloudns.net/dns'),
});

export const cloudnsSpec = ddnsProvider({
  id: 'cloudns',
  label: 'ClouDNS',
  schema: cloudnsRecordSchema,
  kinds: {
    domain: 'plain',
    name: 'plain',
    authKind: 'plain',
    authId: 'credential',
    password: 'secret',
    ttl: 'plain',
    apiBase: 'url',
  },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://api.cloudns.net/dns' }],
  where: (r) => ({ name: r.name, zone: r.domain }),
  form: {
    fields: [
      { field: 'domain', example: 'example.org' },
      { field: 'name', example: 'home.example.org' },
      { field: 'authKind', kind: 'select' },
      { field: 'authId', example: '1234' },
      { field: 'password', kind: 'secret' },
      { field: 'ttl', kind: 'number' },
      { field: 'apiBase' },
    ],
    advanced: ['authKind', 'ttl', 'apiBase'],
  },
  keyUrl: 'https://www.cloudns.net/api-settings/',
  apiDocs: 'https://www.cloudns.net/wiki/article/41/',
  rank: 20,
});
