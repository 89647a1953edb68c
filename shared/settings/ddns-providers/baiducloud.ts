/**
 * Baidu AI Cloud DNS (the domain service's resolve API at bcd.baidubce.com,
 * https://cloud.baidu.com/doc/BCD/index.html), with an Access Key ID and Secret Access Key allowed
 * to read, change and add the domain's records: the record's settings, and what the Settings
 * page, the credentials table and the destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const baiducloudRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('baiducloud', 'Baidu AI Cloud'),
  domain: withMeta(dnsNameSchema, about('Domain', 'The domain at Baidu AI Cloud, e.g. example.com.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.com.')),
  accessKeyId: withMeta(
    z.string().check(z.minLength(1, 'the Access Key ID is required')),
    about('Access Key ID', "The Access Key ID (AK) of a user allowed to change the domain's records."),
  ),
  secret: withMeta(
    secretField('the Secret Access Key'),
    about('Secret Access Key', 'The Secret Access Key (SK) that belongs to that Access Key ID.'),
  ),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(86_400)), 300),
    about('TTL (seconds)', 'How long resolvers may keep the record.'),
  ),
  apiBase: apiBase('https://bcd.baidubce.com'),
});

export const baiducloudSpec = ddnsProvider({
  id: 'baiducloud',
  label: 'Baidu AI Cloud',
  schema: baiducloudRecordSchema,
  kinds: { domain: 'plain', name: 'plain', accessKeyId: 'credential', secret: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://bcd.baidubce.com' }],
  where: (r) => ({ name: r.name, zone: r.domain }),
  form: {
    fields: [
      { field: 'domain', example: 'example.com' },
      { field: 'name', example: 'home.example.com' },
      { field: 'accessKeyId', example: 'ALTAKExampleAccessKeyId' },
      { field: 'secret', kind: 'secret' },
      { field: 'ttl', kind: 'number' },
      { field: 'apiBase' },
    ],
    advanced: ['ttl', 'apiBase'],
  },
  keyUrl: 'https://console.bce.baidu.com/iam/#/iam/accesslist',
  apiDocs: 'https://cloud.baidu.com/doc/BCD/index.html',
  rank: 61,
});
