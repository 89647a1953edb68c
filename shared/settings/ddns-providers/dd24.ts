/**
 * Domain Discount 24 (dd24), its Dynamic DNS update address at Key-Systems
 * (https://www.domaindiscount24.com/faq/en/dynamic-dns), with the password set when Dynamic DNS
 * is switched on for the domain: the record's settings, and what the Settings page, the
 * credentials table and the destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const dd24RecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('dd24', 'Domain Discount 24'),
  name: withMeta(dnsNameSchema, about('Host name', 'The full name to keep in step, e.g. home.example.org.')),
  password: withMeta(
    secretField('the Dynamic DNS password'),
    about('Dynamic DNS password', 'The password set when Dynamic DNS was switched on for the domain at dd24.'),
  ),
  apiBase: apiBase('https://dynamicdns.key-systems.net'),
});

export const dd24Spec = ddnsProvider({
  id: 'dd24',
  label: 'Domain Discount 24',
  schema: dd24RecordSchema,
  kinds: { name: 'plain', password: 'secret', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://dynamicdns.key-systems.net' }],
  where: (r) => ({ name: r.name, zone: null }),
  form: {
    fields: [
      { field: 'name', example: 'home.example.org' },
      { field: 'password', kind: 'secret' },
      { field: 'apiBase' },
    ],
    advanced: ['apiBase'],
  },
  keyUrl: 'https://www.domaindiscount24.com/faq/en/dynamic-dns',
  apiDocs: 'https://www.domaindiscount24.com/faq/en/dynamic-dns',
  rank: 57,
});
