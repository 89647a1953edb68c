/**
 * DreamHost's DNS API (https://help.dreamhost.com/hc/en-us/articles/217555707-DNS-API-commands):
 * an API key made in the panel with the dns-* functions, for a name in one of the account's
 * domains. The API has no update: IPWatch adds the new record and removes the old one. Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

const url = 'https://api.dreamhost.com';

export const dreamhostRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('dreamhost', 'DreamHost'),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
  apiKey: withMeta(
    secretField('the API key'),
    about('API key', 'A key from the DreamHost panel with the dns-list, dns-add and dns-remove functions.'),
  ),
  apiBase: apiBase(url),
});

export const dreamhostSpec = ddnsProvider({
  id: 'dreamhost',
  label: 'DreamHost',
  schema: dreamhostRecordSchema,
  kinds: { name: 'plain', apiKey: 'secret', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: url }],
  where: (r) => ({ name: r.name, zone: null }),
  form: {
    fields: [{ field: 'name', example: 'home.example.org' }, { field: 'apiKey', kind: 'secret' }, { field: 'apiBase' }],
    advanced: ['apiBase'],
  },
  keyUrl: 'https://panel.dreamhost.com/?tree=home.api',
  apiDocs: 'https://help.dreamhost.com/hc/en-us/articles/217555707-DNS-API-commands',
  rank: 56,
});
