/**
 * DNSPod's token API (https://docs.dnspod.cn/api/, dnsapi.cn: Record.List, Record.Modify,
 * Record.Create), with an API token made in DNSPod's console (its ID and the token): the record's
 * settings, and what the Settings page, the credentials table and the destinations know of it
 * (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const dnspodRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('dnspod', 'DNSPod'),
  domain: withMeta(dnsNameSchema, about('Domain', 'The domain at DNSPod, e.g. example.com.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.com.')),
  tokenId: withMeta(
    z.string().check(z.regex(/^\d+$/, 'the token ID is a number, as DNSPod shows it')),
    about('API token ID', 'The ID DNSPod shows beside the API token (the part before the comma in ID,Token).'),
  ),
  token: withMeta(secretField('the API token'), about('API token', 'The API token, shown once when it is made.')),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(604_800)), 600),
    about('TTL (seconds)', "How long resolvers may keep the record; the free plan's shortest is 600."),
  ),
  apiBase: apiBase('https://dnsapi.cn'),
});

export const dnspodSpec = ddnsProvider({
  id: 'dnspod',
  label: 'DNSPod',
  schema: dnspodRecordSchema,
  kinds: { domain: 'plain', name: 'plain', tokenId: 'credential', token: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://dnsapi.cn' }],
  where: (r) => ({ name: r.name, zone: r.domain }),
  form: {
    fields: [
      { field: 'domain', example: 'example.com' },
      { field: 'name', example: 'home.example.com' },
      { field: 'tokenId', example: '13490' },
      { field: 'token', kind: 'secret' },
      { field: 'ttl', kind: 'number' },
      { field: 'apiBase' },
    ],
    advanced: ['ttl', 'apiBase'],
  },
  keyUrl: 'https://console.dnspod.cn/account/token/token',
  apiDocs: 'https://docs.dnspod.cn/api/',
  rank: 20,
});
