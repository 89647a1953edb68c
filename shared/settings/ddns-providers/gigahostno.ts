/**
 * Gigahost, a dyndns2 preset (dyndns2-preset.ts) at its own update server
 * (https://gigahost.no/en/api-dokumentasjon), logged in to either way Gigahost takes: an API key
 * (sent as a Bearer token; its recommended way, and the only one with two-factor login on) or
 * the account's e-mail and password (basic auth). The record holds one of the two. Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { dyndns2PresetSchema } from './dyndns2-preset';
import { secretField } from './fields';
import { ddnsProvider } from './spec';

const url = 'https://api.gigahost.no';
const preset = dyndns2PresetSchema('gigahostno', 'Gigahost', url, {
  user: { label: 'E-mail (the login)', help: 'The e-mail address you log in to the provider with.' },
});

export const gigahostnoRecordSchema = z
  .strictObject({
    ...preset.shape,
    username: z.optional(preset.shape.username),
    password: z.optional(preset.shape.password),
    apiKey: withMeta(
      z.optional(secretField('the API key')),
      about(
        'Gigahost API key',
        'An API key from the Gigahost account; leave the e-mail and password empty when you give one.',
      ),
    ),
  })
  .check(
    z.superRefine((r, ctx) => {
      const login = r.username !== undefined || r.password !== undefined;
      if (r.apiKey !== undefined && login)
        ctx.addIssue({
          code: 'custom',
          path: ['apiKey'],
          message: 'give the API key or the e-mail and password, not both',
        });
      else if (r.apiKey === undefined && (r.username === undefined || r.password === undefined))
        ctx.addIssue({
          code: 'custom',
          path: [r.username === undefined ? 'username' : 'password'],
          message: 'an API key, or the e-mail and the password, is required',
        });
    }),
  );

export const gigahostnoSpec = ddnsProvider({
  id: 'gigahostno',
  label: 'Gigahost',
  schema: gigahostnoRecordSchema,
  kinds: { apiKey: 'secret', username: 'plain', password: 'secret', hostname: 'plain', server: 'url' },
  destinations: [{ field: 'server', word: 'updateServer', fallback: url }],
  where: (r) => ({ name: r.hostname, zone: null }),
  form: {
    fields: [
      { field: 'apiKey', kind: 'secret' },
      { field: 'username' },
      { field: 'password', kind: 'secret' },
      { field: 'hostname', example: 'home.example.org' },
      { field: 'server', example: url },
    ],
    advanced: ['server'],
  },
  keyUrl: 'https://gigahost.no',
  apiDocs: 'https://gigahost.no/en/api-dokumentasjon',
  rank: 55,
});
