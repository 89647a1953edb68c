/**
 * easyDNS's dynamic update (api.cp.easydns.com/dyn/generic.php), logged in with the account's user
 * name and the dynamic authenticated token its DYNAMIC RECORDS settings make (in place of the
 * account password). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

const url = 'https://api.cp.easydns.com';

export const easydnsRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('easydns', 'easyDNS'),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
  username: withMeta(
    z.string().check(z.minLength(1, 'the user name is required')),
    about('easyDNS user name', 'The user name you log in to easyDNS with.'),
  ),
  token: withMeta(
    secretField('the token'),
    about('Dynamic authenticated token', "The token enabled under the domain's dynamic records, not the password."),
  ),
  apiBase: apiBase(url),
});

export const easydnsSpec = ddnsProvider({
  id: 'easydns',
  label: 'easyDNS',
  schema: easydnsRecordSchema,
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
  keyUrl: 'https://cp.easydns.com',
  apiDocs: 'https://fusion.easydns.com/index.php?/Knowledgebase/Article/View/102/0/dynamic-dns',
  rank: 60,
});
