/**
 * ZoneEdit's dynamic update (dynamic.zoneedit.com/auth/dynamic.html, as ddclient's zoneedit1 and
 * inadyn send it), logged in with the account's user name and the zone's dynamic authentication
 * token. Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

const url = 'https://dynamic.zoneedit.com';

export const zoneeditRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('zoneedit', 'ZoneEdit'),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
  username: withMeta(
    z.string().check(z.minLength(1, 'the user name is required')),
    about('ZoneEdit user name', 'The user name you log in to ZoneEdit with.'),
  ),
  token: withMeta(
    secretField('the token'),
    about(
      'Dynamic authentication token',
      "The dynamic authentication token from the zone's DNS settings, not the password.",
    ),
  ),
  apiBase: apiBase(url),
});

export const zoneeditSpec = ddnsProvider({
  id: 'zoneedit',
  label: 'ZoneEdit',
  schema: zoneeditRecordSchema,
  kinds: { name: 'plain', username: 'plain', token: 'secret', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: url }],
  where: (r) => ({ name: r.name, zone: null }),
  form: {
    fields: [
      { field: 'name', example: 'home.example.org' },
      { field: 'username' },
      { field: 'token', kind: 'secret' },
      { field: 'apiBase' },
    ],
    advanced: ['apiBase'],
  },
  keyUrl: 'https://cp.zoneedit.com',
  apiDocs: 'https://www.zoneedit.com/',
  rank: 59,
});
