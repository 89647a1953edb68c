/**
 * GoIP (goip.de, goip.it), its router update address with the router account's user name and
 * password: the record's settings, and what the Settings page, the credentials table and the
 * destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const goipRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('goip', 'GoIP (goip.de)'),
  name: withMeta(dnsNameSchema, about('Host name', 'The full name to keep in step, e.g. myhome.goip.de.')),
  username: withMeta(
    z.string().check(z.minLength(1, 'the user name is required')),
    about('Router user', 'The user name listed under Routers at goip.de.'),
  ),
  password: withMeta(secretField('the password'), about('Router password', "The router account's password.")),
  apiBase: apiBase('https://www.goip.de'),
});

export const goipSpec = ddnsProvider({
  id: 'goip',
  label: 'GoIP (goip.de)',
  schema: goipRecordSchema,
  kinds: { name: 'plain', username: 'plain', password: 'secret', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://www.goip.de' }],
  where: (r) => ({ name: r.name, zone: null }),
  form: {
    fields: [
      { field: 'name', example: 'myhome.goip.de' },
      { field: 'username' },
      { field: 'password', kind: 'secret' },
      { field: 'apiBase' },
    ],
    advanced: ['apiBase'],
  },
  keyUrl: 'https://www.goip.de',
  apiDocs: 'https://www.goip.de',
  rank: 55,
});
