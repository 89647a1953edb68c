/**
 * Dynadot's Dynamic DNS (https://www.dynadot.com/community/help/question/enable-DDNS), a domain
 * registered there with Dynamic DNS on and its Dynamic DNS password: the record's settings, and
 * what the Settings page, the credentials table and the destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const dynadotRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('dynadot', 'Dynadot'),
  zone: withMeta(dnsNameSchema, about('Domain', 'The domain at Dynadot whose Dynamic DNS is on, e.g. example.com.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step: the domain itself or a name under it.')),
  password: withMeta(
    secretField('the Dynamic DNS password'),
    about('Dynamic DNS password', 'The password Dynadot gives the domain when its Dynamic DNS is turned on.'),
  ),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(60), z.lte(86_400)), 600),
    about('TTL (seconds)', 'How long resolvers may keep the record; 600 unless you choose another.'),
  ),
  apiBase: apiBase('https://www.dynadot.com'),
});

export const dynadotSpec = ddnsProvider({
  id: 'dynadot',
  label: 'Dynadot',
  schema: dynadotRecordSchema,
  kinds: { zone: 'plain', name: 'plain', password: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://www.dynadot.com' }],
  where: (r) => ({ name: r.name, zone: r.zone }),
  form: {
    fields: [
      { field: 'zone', example: 'example.com' },
      { field: 'name', example: 'home.example.com' },
      { field: 'password', kind: 'secret' },
      { field: 'ttl', kind: 'number' },
      { field: 'apiBase' },
    ],
    advanced: ['ttl', 'apiBase'],
  },
  keyUrl: 'https://www.dynadot.com/community/help/question/enable-DDNS',
  apiDocs: 'https://www.dynadot.com/community/help/question/enable-DDNS',
  rank: 56,
});
