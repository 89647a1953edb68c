/**
 * Alibaba Cloud ESA (Edge Security Acceleration) DNS through its RPC API version 2024-09-10
 * (https://www.alibabacloud.com/help/en/edge-security-acceleration/esa/api-esa-2024-09-10-dir,
 * esa.cn-hangzhou.aliyuncs.com), with a RAM user's AccessKey pair allowed to list the websites (sites) and
 * read, change and add their records: the record's settings, and what the Settings page, the
 * credentials table and the destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const aliesaRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('aliesa', 'Alibaba Cloud ESA'),
  domain: withMeta(dnsNameSchema, about('Website', 'The website at Alibaba Cloud ESA, e.g. example.com.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.com.')),
  accessKeyId: withMeta(
    z.string().check(z.minLength(1, 'the AccessKey ID is required')),
    about('AccessKey ID', "The AccessKey ID of a RAM user allowed to change the website's records."),
  ),
  secret: withMeta(
    secretField('the AccessKey secret'),
    about('AccessKey secret', 'The AccessKey secret shown once when the AccessKey pair is made.'),
  ),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(86_400)), 600),
    about('TTL (seconds)', 'How long resolvers may keep the record; 1 lets ESA choose.'),
  ),
  apiBase: apiBase('https://esa.cn-hangzhou.aliyuncs.com'),
});

export const aliesaSpec = ddnsProvider({
  id: 'aliesa',
  label: 'Alibaba Cloud ESA',
  schema: aliesaRecordSchema,
  kinds: { domain: 'plain', name: 'plain', accessKeyId: 'credential', secret: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://esa.cn-hangzhou.aliyuncs.com' }],
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
  apiDocs: 'https://www.alibabacloud.com/help/en/edge-security-acceleration/esa/api-esa-2024-09-10-dir',
  rank: 60,
});
