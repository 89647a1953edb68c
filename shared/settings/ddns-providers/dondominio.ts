/**
 * DonDominio's DonDNS (https://dondominio.dev/en/dondns/docs/api/), a record already in the
 * domain's DNS zone kept with the account's user name and its DonDNS key: the record's settings,
 * and what the Settings page, the credentials table and the destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const dondominioRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('dondominio', 'DonDominio'),
  name: withMeta(
    dnsNameSchema,
    about('Host name', 'The full name of a record already in the DonDominio DNS zone, e.g. home.example.es.'),
  ),
  username: withMeta(
    z.string().check(z.minLength(1, 'the user name is required')),
    about('DonDominio user', 'The user name you sign in to DonDominio with.'),
  ),
  apiKey: withMeta(
    secretField('the DonDNS key'),
    about('DonDNS key', 'The key made under My Account, DonDNS Key; not the account password.'),
  ),
  apiBase: apiBase('https://dondns.dondominio.com'),
});

export const dondominioSpec = ddnsProvider({
  id: 'dondominio',
  label: 'DonDominio',
  schema: dondominioRecordSchema,
  kinds: { name: 'plain', username: 'plain', apiKey: 'secret', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://dondns.dondominio.com' }],
  where: (r) => ({ name: r.name, zone: null }),
  form: {
    fields: [
      { field: 'name', example: 'home.example.es' },
      { field: 'username' },
      { field: 'apiKey', kind: 'secret' },
      { field: 'apiBase' },
    ],
    advanced: ['apiBase'],
  },
  keyUrl: 'https://dondominio.dev/en/dondns/docs/api/#before-start',
  apiDocs: 'https://dondominio.dev/en/dondns/docs/api/',
  rank: 56,
});
