/**
 * Alibaba Cloud DNS (Aliyun) through its RPC API (https://www.alibabacloud.com/help/en/dns/api-alidns-2015-01-09-dir,
 * alidns.aliyuncs.com), with a RAM user's AccessKey pair allowed to read, change and add the
 * zone's records (AliyunDNSFullAccess): the record's settings, and what the Settings page, the
 * credentials table and the destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const aliyunRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('aliyun', 'Aliyun'),
  domain: withMeta(dnsNameSchema, about('Domain', 'The domain at Alibaba Cloud DNS, e.g. example.com.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.com.')),
  accessKeyId: withMeta(
    z.string().check(z.minLength(1, 'the AccessKey ID is required')),
    about('AccessKey ID', "The AccessKey ID of a RAM user allowed to change the domain's records."),
  ),
  secret: withMeta(
    secretField('the AccessKey secret'),
    about('AccessKey secret', 'The AccessKey secret shown once when the AccessKey pair is made.'),
  ),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(86_400)), 600),
    about('TTL (seconds)', "How long resolvers may keep the record; the free edition's shortest is 600."),
  ),
  apiBase: apiBase('https://alidns.aliyuncs.com'),
});

export const aliyunSpec = ddnsProvider({
  id: 'aliyun',
  label: 'Aliyun',
  schema: aliyunRecordSchema,
  kinds: { domain: 'plain', name: 'plain', accessKeyId: 'credential', secret: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://alidns.aliyuncs.com' }],
  where: (r) => ({ name: r.name, zone: r.domain }),
  form: {
    fields: [
      { field: 'domain', example: 'example.com' },
      { field: 'name', example: 'home.example.com' },
      { field: 'accessKeyId', example: 'LTAI5tExampleKeyId' },
      { field: 'secret', kind: 'secret' },
      { field: 'ttl', kind: 'number' },
      { field: 'apiBase' },
    ],
    advanced: ['ttl', 'apiBase'],
  },
  keyUrl: 'https://ram.console.aliyun.com/manage/ak',
  apiDocs: 'https://www.alibabacloud.com/help/en/dns/api-alidns-2015-01-09-dir',
  rank: 20,
});
