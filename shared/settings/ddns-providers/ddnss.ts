/**
 * ddnss.de, its update address (https://ddnss.de/info.php), logged in either way it takes: the
 * account's update key (its recommended way) or the account's user name and password. The record
 * holds one of the two: its settings, and what the Settings page, the credentials table and the
 * destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const ddnssRecordSchema = z
  .strictObject({
    ...common,
    provider: providerLiteral('ddnss', 'ddnss.de'),
    name: withMeta(dnsNameSchema, about('Host name', 'The host made at ddnss.de, e.g. myhome.ddnss.de.')),
    token: withMeta(
      z.optional(secretField('the update key')),
      about('Update key', "The account's update key (Update-Key); leave the user and password empty when you give it."),
    ),
    username: withMeta(z.optional(z.string().check(z.minLength(1))), about('User name', 'The ddnss.de login name.')),
    password: withMeta(z.optional(secretField('the password')), about('Password', "The ddnss.de account's password.")),
    apiBase: apiBase('https://www.ddnss.de'),
  })
  .check(
    z.superRefine((r, ctx) => {
      const login = r.username !== undefined || r.password !== undefined;
      if (r.token !== undefined && login)
        ctx.addIssue({
          code: 'custom',
          path: ['token'],
          message: 'give the update key or the user and password, not both',
        });
      else if (r.token === undefined && (r.username === undefined || r.password === undefined))
        ctx.addIssue({
          code: 'custom',
          path: [r.username === undefined ? 'username' : 'password'],
          message: 'an update key, or the user name and the password, is required',
        });
    }),
  );

export const ddnssSpec = ddnsProvider({
  id: 'ddnss',
  label: 'ddnss.de',
  schema: ddnssRecordSchema,
  kinds: { name: 'plain', token: 'secret', username: 'plain', password: 'secret', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://www.ddnss.de' }],
  where: (r) => ({ name: r.name, zone: null }),
  form: {
    fields: [
      { field: 'name', example: 'myhome.ddnss.de' },
      { field: 'token', kind: 'secret' },
      { field: 'username' },
      { field: 'password', kind: 'secret' },
      { field: 'apiBase' },
    ],
    advanced: ['apiBase'],
  },
  keyUrl: 'https://ddnss.de/ua/vhosts_list.php',
  apiDocs: 'https://ddnss.de/info.php',
  rank: 57,
});
