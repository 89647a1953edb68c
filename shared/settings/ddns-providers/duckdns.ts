/**
 * DuckDNS, with the account's token: the record's settings, and what the Settings page, the credentials table and the
 * destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { settingsSays as SAYS } from '../../i18n/catalogues/en/settings-says';
import { about, withMeta } from '../schema-common';
import { apiBase, common, providerLiteral as provider, secretField, tidied } from './fields';
import { ddnsProvider } from './spec';

/** DuckDNS: GET /update with the account token. */
export const duckdnsRecordSchema = z.strictObject({
  ...common,
  provider: provider('duckdns', 'DuckDNS'),
  token: withMeta(secretField('the token'), about('DuckDNS token', 'The account token shown on your DuckDNS page.')),
  domain: withMeta(
    z.pipe(
      tidied((d) =>
        d
          .trim()
          .toLowerCase()
          .replace(/\.duckdns\.org\.?$/, ''),
      ),
      z.string().check(z.regex(/^[a-z0-9-]+$/, SAYS['settings.schemaSays.duckdnsSubName'])),
    ),
    about('DuckDNS sub-domain', 'The sub-name: myhome for myhome.duckdns.org.'),
  ),
  apiBase: apiBase('https://www.duckdns.org'),
});

export const duckdnsSpec = ddnsProvider({
  id: 'duckdns',
  label: 'DuckDNS',
  schema: duckdnsRecordSchema,
  kinds: { token: 'secret', domain: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://www.duckdns.org' }],
  where: (r) => ({ name: `${r.domain}.duckdns.org`, zone: 'duckdns.org' }),
  form: {
    fields: [{ field: 'domain', example: 'myhome' }, { field: 'token', kind: 'secret' }, { field: 'apiBase' }],
    advanced: ['apiBase'],
  },
  keyUrl: 'https://www.duckdns.org',
  apiDocs: 'https://www.duckdns.org/spec.jsp',
  rank: 2,
});
