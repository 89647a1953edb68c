/**
 * NS1 (IBM NS1 Connect) Managed DNS, its REST API v1 (https://www.ibm.com/docs/en/SSSYGZ/getting_started/using_the_ns1_connect_api.html),
 * with an API key (the X-NSONE-Key header) allowed to manage the zone's records: the record's
 * settings, and what the Settings page, the credentials table and the destinations know of it
 * (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const nsoneRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('nsone', 'NS1'),
  zone: withMeta(dnsNameSchema, about('Zone', 'The zone as NS1 lists it, e.g. example.com.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.com.')),
  apiKey: withMeta(
    secretField('the API key'),
    about('API key', 'An API key from the portal (Account settings, API keys) that may manage the zone.'),
  ),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(2_147_483_647)), 60),
    about('TTL (seconds)', 'How long resolvers may keep the record; short, as the address moves.'),
  ),
  apiBase: apiBase('https://api.nsone.net/v1'),
});

export const nsoneSpec = ddnsProvider({
  id: 'nsone',
  label: 'NS1',
  schema: nsoneRecordSchema,
  kinds: { zone: 'plain', name: 'plain', apiKey: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://api.nsone.net/v1' }],
  where: (r) => ({ name: r.name, zone: r.zone }),
  form: {
    fields: [
      { field: 'zone', example: 'example.com' },
      { field: 'name', example: 'home.example.com' },
      { field: 'apiKey', kind: 'secret' },
      { field: 'ttl', kind: 'number' },
      { field: 'apiBase' },
    ],
    advanced: ['ttl', 'apiBase'],
  },
  keyUrl: 'https://my.nsone.net/#/account/settings/keys',
  apiDocs: 'https://www.ibm.com/docs/en/SSSYGZ/getting_started/using_the_ns1_connect_api.html',
  rank: 46,
});
