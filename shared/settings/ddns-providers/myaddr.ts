/**
 * myaddr.tools, a free name under myaddr.tools (or myaddr.dev, myaddr.io) kept with the private
 * key given when the name was claimed (https://myaddr.tools): the record's settings, and what the
 * Settings page, the credentials table and the destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const myaddrRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('myaddr', 'myaddr.tools'),
  name: withMeta(dnsNameSchema, about('Host name', 'The name claimed at myaddr.tools, e.g. your-name.myaddr.tools.')),
  apiKey: withMeta(
    secretField('the private key'),
    about('Private key', 'The private key shown when the name was claimed; it updates that name only.'),
  ),
  apiBase: apiBase('https://myaddr.tools'),
});

export const myaddrSpec = ddnsProvider({
  id: 'myaddr',
  label: 'myaddr.tools',
  schema: myaddrRecordSchema,
  kinds: { name: 'plain', apiKey: 'secret', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://myaddr.tools' }],
  where: (r) => ({ name: r.name, zone: null }),
  form: {
    fields: [
      { field: 'name', example: 'your-name.myaddr.tools' },
      { field: 'apiKey', kind: 'secret' },
      { field: 'apiBase' },
    ],
    advanced: ['apiBase'],
  },
  keyUrl: 'https://myaddr.tools',
  apiDocs: 'https://myaddr.tools',
  rank: 57,
});
