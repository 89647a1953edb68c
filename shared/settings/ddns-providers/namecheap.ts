/**
 * Namecheap's Dynamic DNS (https://www.namecheap.com/support/knowledgebase/article.aspx/29/11/):
 * the domain's Dynamic DNS password (Advanced DNS, Dynamic DNS switched on) for an A + Dynamic DNS
 * host record made there once. IPv4 only: an AAAA record is refused here. The record's settings,
 * and what the Settings page, the credentials table and the destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { settingsSays as SAYS } from '../../i18n/catalogues/en/settings-says';
import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const namecheapRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('namecheap', 'Namecheap'),
  type: withMeta(
    z._default(z.enum(['A'], SAYS['settings.schemaSays.ipv4Only']), 'A'),
    about('Record type', "Namecheap's Dynamic DNS keeps IPv4 (A) records only.", {
      A: 'A (follows the IPv4 address)',
    }),
  ),
  domain: withMeta(dnsNameSchema, about('Domain', 'The domain as registered at Namecheap, e.g. example.org.')),
  name: withMeta(
    dnsNameSchema,
    about('Host name', 'The name to keep in step, e.g. home.example.org, or the domain itself.'),
  ),
  password: withMeta(
    secretField('the Dynamic DNS password'),
    about('Dynamic DNS password', "The domain's Dynamic DNS password, from its Advanced DNS page."),
  ),
  apiBase: apiBase('https://dynamicdns.park-your-domain.com'),
});

export const namecheapSpec = ddnsProvider({
  id: 'namecheap',
  label: 'Namecheap',
  schema: namecheapRecordSchema,
  kinds: { domain: 'plain', name: 'plain', password: 'secret', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://dynamicdns.park-your-domain.com' }],
  where: (r) => ({ name: r.name, zone: r.domain }),
  form: {
    fields: [
      { field: 'domain', example: 'example.org' },
      { field: 'name', example: 'home.example.org' },
      { field: 'password', kind: 'secret' },
      { field: 'apiBase' },
    ],
    advanced: ['apiBase'],
  },
  keyUrl: 'https://ap.www.namecheap.com/Domains/DomainControlPanel',
  apiDocs:
    'https://www.namecheap.com/support/knowledgebase/article.aspx/29/11/how-to-dynamically-update-the-hosts-ip-with-an-http-request/',
  rank: 56,
});
