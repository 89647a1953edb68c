/**
 * Cloudflare's API v4, with a scoped API token: the record's settings, and what the Settings page, the credentials table and the
 * destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { settingsSays as SAYS } from '../../i18n/catalogues/en/settings-says';
import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral as provider, secretField } from './fields';
import { ddnsProvider } from './spec';

/** Cloudflare API v4: the record is looked up, only its content changed (proxied and ttl kept). */
export const cloudflareRecordSchema = z.strictObject({
  ...common,
  provider: provider('cloudflare', 'Cloudflare'),
  token: withMeta(
    secretField('the API token'),
    about('API token', 'A scoped token (Zone: Read and DNS: Edit, for this zone only), never the global API key.'),
  ),
  zone: withMeta(
    z.optional(dnsNameSchema),
    about('DNS zone', 'The Cloudflare zone, e.g. example.org; or give its ID.'),
  ),
  zoneId: withMeta(
    z.optional(z.string().check(z.regex(/^[0-9a-f]{32}$/i, SAYS['settings.schemaSays.zoneId']))),
    about('Cloudflare zone ID', "Saves looking the zone up by name; from the zone's overview page."),
  ),
  name: withMeta(dnsNameSchema, about('Host name', 'The record, which must exist, e.g. home.example.org.')),
  apiBase: apiBase('https://api.cloudflare.com/client/v4'),
});

export const cloudflareSpec = ddnsProvider({
  id: 'cloudflare',
  label: 'Cloudflare',
  schema: cloudflareRecordSchema,
  kinds: { token: 'secret', zone: 'plain', zoneId: 'plain', name: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://api.cloudflare.com/client/v4' }],
  where: (r) => ({ name: r.name, zone: r.zone ?? null }),
  form: {
    fields: [
      { field: 'token', kind: 'secret' },
      { field: 'zone', example: 'example.org' },
      { field: 'name', example: 'home.example.org' },
      { field: 'zoneId', example: '023e105f4ecef8ad9ca31a8372d0c353' },
      { field: 'apiBase' },
    ],
    advanced: ['zoneId', 'apiBase'],
  },
  keyUrl: 'https://dash.cloudflare.com/profile/api-tokens',
  apiDocs: 'https://developers.cloudflare.com/api/resources/dns/subresources/records/',
  rank: 1,
});
