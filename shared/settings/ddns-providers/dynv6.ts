/**
 * dynv6 (https://dynv6.com/docs/apis), its Update API with the zone's HTTP token: the record's
 * settings, and what the Settings page, the credentials table and the destinations know of it
 * (spec.ts). The Update API keeps the address of a zone itself (myhome.dynv6.net). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const dynv6RecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('dynv6', 'dynv6'),
  zone: withMeta(dnsNameSchema, about('Zone', 'The dynv6 zone whose address is kept, e.g. myhome.dynv6.net.')),
  token: withMeta(secretField('the HTTP token'), about('HTTP token', 'An HTTP token from the Keys page at dynv6.')),
  apiBase: apiBase('https://dynv6.com'),
});

export const dynv6Spec = ddnsProvider({
  id: 'dynv6',
  label: 'dynv6',
  schema: dynv6RecordSchema,
  kinds: { zone: 'plain', token: 'secret', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://dynv6.com' }],
  where: (r) => ({ name: r.zone, zone: r.zone }),
  form: {
    fields: [{ field: 'zone', example: 'myhome.dynv6.net' }, { field: 'token', kind: 'secret' }, { field: 'apiBase' }],
    advanced: ['apiBase'],
  },
  keyUrl: 'https://dynv6.com/keys',
  apiDocs: 'https://dynv6.com/docs/apis',
  rank: 25,
});
