/**
 * FreeDNS (freedns.afraid.org), by its dynamic DNS v2 interface (https://freedns.afraid.org/dynamic/v2/):
 * one randomized update token per record, in the update URL: the record's settings, and what
 * the Settings page, the credentials table and the destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const freednsRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('freedns', 'FreeDNS'),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.mooo.com.')),
  token: withMeta(
    secretField('the update token'),
    about('Update token', 'The random part of its sync.afraid.org/u/…/ address, from the Dynamic DNS v2 page.'),
  ),
  apiBase: apiBase('https://sync.afraid.org'),
});

export const freednsSpec = ddnsProvider({
  id: 'freedns',
  label: 'FreeDNS',
  schema: freednsRecordSchema,
  kinds: { name: 'plain', token: 'secret', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://sync.afraid.org' }],
  where: (r) => ({ name: r.name, zone: null }),
  form: {
    fields: [{ field: 'name', example: 'home.mooo.com' }, { field: 'token', kind: 'secret' }, { field: 'apiBase' }],
    advanced: ['apiBase'],
  },
  keyUrl: 'https://freedns.afraid.org/dynamic/v2/',
  apiDocs: 'https://freedns.afraid.org/dynamic/v2/',
  rank: 20,
});
