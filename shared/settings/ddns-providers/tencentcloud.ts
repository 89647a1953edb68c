/**
 * Tencent Cloud DNSPod, API 3.0 (https://www.tencentcloud.com/document/api/1157), with an API key
 * (SecretId and SecretKey) of a CAM user allowed to read, change and add the domain's records:
 * the record's settings, and what the Settings page, the credentials table and the destinations
 * know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const tencentcloudRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('tencentcloud', 'Tencent Cloud'),
  domain: withMeta(dnsNameSchema, about('Domain', 'The domain at Tencent Cloud DNSPod, e.g. example.com.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.com.')),
  secretId: withMeta(
    z.string().check(z.minLength(1, 'the SecretId is required')),
    about('SecretId', "The SecretId of an API key allowed to change the domain's records."),
  ),
  secret: withMeta(secretField('the SecretKey'), about('SecretKey', 'The SecretKey shown with the SecretId.')),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(604_800)), 600),
    about('TTL (seconds)', "How long resolvers may keep the record; the free plan's shortest is 600."),
  ),
  apiBase: apiBase('https://dnspod.tencentcloudapi.com'),
});

export const tencentcloudSpec = ddnsProvider({
  id: 'tencentcloud',
  label: 'Tencent Cloud',
  schema: tencentcloudRecordSchema,
  kinds: { domain: 'plain', name: 'plain', secretId: 'credential', secret: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://dnspod.tencentcloudapi.com' }],
  where: (r) => ({ name: r.name, zone: r.domain }),
  form: {
    fields: [
      { field: 'domain', example: 'example.com' },
      { field: 'name', example: 'home.example.com' },
      { field: 'secretId', example: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE' },
      { field: 'secret', kind: 'secret' },
      { field: 'ttl', kind: 'number' },
      { field: 'apiBase' },
    ],
    advanced: ['ttl', 'apiBase'],
  },
  keyUrl: 'https://console.cloud.tencent.com/cam/capi',
  apiDocs: 'https://www.tencentcloud.com/document/api/1157',
  rank: 20,
});
