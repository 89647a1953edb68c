/**
 * HiPM DNSMgr, a self-hosted DNS manager with a REST API (/api/domains, /api/domains/<id>/records)
 * and API tokens, as jeessy2/ddns-go's dns/hipmdnsmgr.go calls it (no API documentation was found):
 * the record's settings, and what the Settings page, the credentials table and the destinations
 * know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, httpUrlOf, withMeta } from '../schema-common';
import { common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const hipmdnsmgrRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('hipmdnsmgr', 'HiPM DNSMgr'),
  apiBase: withMeta(
    httpUrlOf('base'),
    about('DNSMgr address', 'Where your DNSMgr answers, e.g. https://dnsmgr.example.com (its /api is added).'),
  ),
  domain: withMeta(dnsNameSchema, about('Domain', 'The domain as DNSMgr lists it, e.g. example.com.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.com.')),
  token: withMeta(
    secretField('the API token'),
    about('API token', 'An API token made in DNSMgr, sent as a Bearer token.'),
  ),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(86_400)), 600),
    about('TTL (seconds)', 'How long resolvers may keep the record; 600 unless your plan allows shorter.'),
  ),
});

export const hipmdnsmgrSpec = ddnsProvider({
  id: 'hipmdnsmgr',
  label: 'HiPM DNSMgr',
  schema: hipmdnsmgrRecordSchema,
  kinds: { apiBase: 'url', domain: 'plain', name: 'plain', token: 'secret', ttl: 'plain' },
  destinations: [{ field: 'apiBase', word: 'apiAddress' }],
  where: (r) => ({ name: r.name, zone: r.domain }),
  form: {
    fields: [
      { field: 'apiBase', example: 'https://dnsmgr.example.com' },
      { field: 'domain', example: 'example.com' },
      { field: 'name', example: 'home.example.com' },
      { field: 'token', kind: 'secret' },
      { field: 'ttl', kind: 'number' },
    ],
    advanced: ['ttl'],
  },
  keyUrl: 'https://github.com/jeessy2/ddns-go/blob/master/dns/hipmdnsmgr.go',
  apiDocs: 'https://github.com/jeessy2/ddns-go/blob/master/dns/hipmdnsmgr.go',
  rank: 20,
});
