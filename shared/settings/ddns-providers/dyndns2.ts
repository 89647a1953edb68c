/**
 * The dyndns2 protocol, to any update server that speaks it: the record's settings, and what the Settings page, the credentials table and the
 * destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, httpUrlSchema, withMeta } from '../schema-common';
import { common, dnsNameSchema, providerLiteral as provider, secretField } from './fields';
import { ddnsProvider } from './spec';

/** The dyndns2 protocol (Dyn, No-IP, Dynu and the rest): GET /nic/update with basic auth. */
export const dyndns2RecordSchema = z.strictObject({
  ...common,
  provider: provider('dyndns2', 'dyndns2 protocol (No-IP, Dyn, Dynu and others)'),
  server: withMeta(
    httpUrlSchema,
    about('Update server', 'e.g. https://dynupdate.no-ip.com or https://members.dyndns.org.'),
  ),
  username: withMeta(
    z.string().check(z.minLength(1, 'username is required')),
    about('Account (user name)', 'The account name, as the provider names it.'),
  ),
  password: withMeta(
    secretField('the password'),
    about('Password or update key', 'The password, or the update key the provider gives.'),
  ),
  hostname: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
});

export const dyndns2Spec = ddnsProvider({
  id: 'dyndns2',
  label: 'dyndns2',
  schema: dyndns2RecordSchema,
  kinds: { server: 'url', username: 'plain', password: 'secret', hostname: 'plain' },
  destinations: [{ field: 'server', word: 'updateServer' }],
  where: (r) => ({ name: r.hostname, zone: null }),
  form: {
    fields: [
      { field: 'server', example: 'https://dynupdate.no-ip.com' },
      { field: 'username' },
      { field: 'password', kind: 'secret' },
      { field: 'hostname', example: 'home.example.org' },
    ],
  },
  apiDocs: 'https://help.dyn.com/remote-access-api/perform-update/',
  rank: 3,
});
