/**
 * Njalla (https://njal.la/docs/ddns/), a dynamic record's own key: the record's settings, and
 * what the Settings page, the credentials table and the destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const njallaRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('njalla', 'Njalla'),
  name: withMeta(dnsNameSchema, about('Host name', 'The dynamic record at Njalla, e.g. home.example.org.')),
  token: withMeta(
    secretField('the dynamic record key'),
    about('Dynamic record key', "The key Njalla shows in the dynamic record's settings."),
  ),
  apiBase: apiBase('https://njal.la'),
});

export const njallaSpec = ddnsProvider({
  id: 'njalla',
  label: 'Njalla',
  schema: njallaRecordSchema,
  kinds: { name: 'plain', token: 'secret', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://njal.la' }],
  where: (r) => ({ name: r.name, zone: null }),
  form: {
    fields: [{ field: 'name', example: 'home.example.org' }, { field: 'token', kind: 'secret' }, { field: 'apiBase' }],
    advanced: ['apiBase'],
  },
  keyUrl: 'https://njal.la/domains/',
  apiDocs: 'https://njal.la/docs/ddns/',
  rank: 45,
});
