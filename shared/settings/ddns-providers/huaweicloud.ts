/**
 * Huawei Cloud DNS (https://support.huaweicloud.com/intl/en-us/api-dns/), with an access key (AK
 * and SK) of an IAM user allowed to read, change and add the zone's record sets: the record's
 * settings, and what the Settings page, the credentials table and the destinations know of it
 * (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const huaweicloudRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('huaweicloud', 'Huawei Cloud'),
  domain: withMeta(dnsNameSchema, about('Domain', 'The public zone at Huawei Cloud DNS, e.g. example.com.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.com.')),
  accessKeyId: withMeta(
    z.string().check(z.minLength(1, 'the Access Key ID is required')),
    about('Access Key ID (AK)', "The Access Key ID of an IAM user allowed to change the zone's record sets."),
  ),
  secret: withMeta(
    secretField('the Secret Access Key'),
    about('Secret Access Key (SK)', 'The Secret Access Key saved when the access key was made.'),
  ),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(2_147_483_647)), 300),
    about('TTL (seconds)', 'How long resolvers may keep the record; Huawei Cloud takes 1 and up.'),
  ),
  apiBase: apiBase('https://dns.myhuaweicloud.com'),
});

export const huaweicloudSpec = ddnsProvider({
  id: 'huaweicloud',
  label: 'Huawei Cloud',
  schema: huaweicloudRecordSchema,
  kinds: { domain: 'plain', name: 'plain', accessKeyId: 'credential', secret: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://dns.myhuaweicloud.com' }],
  where: (r) => ({ name: r.name, zone: r.domain }),
  form: {
    fields: [
      { field: 'domain', example: 'example.com' },
      { field: 'name', example: 'home.example.com' },
      { field: 'accessKeyId', example: 'HPUAEXAMPLEKEY1234AB' },
      { field: 'secret', kind: 'secret' },
      { field: 'ttl', kind: 'number' },
      { field: 'apiBase' },
    ],
    advanced: ['ttl', 'apiBase'],
  },
  keyUrl: 'https://console-intl.huaweicloud.com/iam/#/mine/accessKey',
  apiDocs: 'https://support.huaweicloud.com/intl/en-us/api-dns/dns_api_64001.html',
  rank: 20,
});
