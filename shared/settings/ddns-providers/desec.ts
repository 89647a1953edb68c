/**
 * deSEC, with a domain's token (its REST API reads the record): the record's settings, and what the Settings page, the credentials table and the
 * destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, httpUrlOf, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral as provider, secretField } from './fields';
import { ddnsProvider } from './spec';

/**
 * deSEC's IP update API (update.dedyn.io), with the domain's token; the record is read (the
 * Settings page's Test) through deSEC's REST API (desec.io/api/v1), with the same token.
 */
export const desecRecordSchema = z.strictObject({
  ...common,
  provider: provider('desec', 'deSEC'),
  token: withMeta(secretField('the token'), about('Update token', 'A deSEC token that may update this domain.')),
  hostname: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. myhome.dedyn.io.')),
  apiBase: apiBase('https://update.dedyn.io'),
  restBase: withMeta(
    z._default(httpUrlOf('base'), 'https://desec.io/api/v1'),
    about(
      'REST API address',
      "Where Test reads the record (deSEC's REST API); https://desec.io/api/v1 unless you host your own.",
    ),
  ),
});

export const desecSpec = ddnsProvider({
  id: 'desec',
  label: 'deSEC',
  schema: desecRecordSchema,
  kinds: { token: 'secret', hostname: 'plain', apiBase: 'url', restBase: 'url' },
  destinations: [
    { field: 'apiBase', word: 'apiAddress', fallback: 'https://update.dedyn.io' },
    { field: 'restBase', word: 'restApiAddress', fallback: 'https://desec.io/api/v1' },
  ],
  where: (r) => ({ name: r.hostname, zone: null }),
  form: {
    fields: [
      { field: 'hostname', example: 'myhome.dedyn.io' },
      { field: 'token', kind: 'secret' },
      { field: 'apiBase' },
      { field: 'restBase' },
    ],
    advanced: ['apiBase', 'restBase'],
  },
  keyUrl: 'https://desec.io/tokens',
  apiDocs: 'https://desec.readthedocs.io/en/latest/dyndns/update-api.html',
  rank: 4,
});
