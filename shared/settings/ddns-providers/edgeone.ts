/**
 * Tencent Cloud EdgeOne's DNS records (https://www.tencentcloud.com/document/api/1145, API
 * 2022-09-01), for a site whose DNS EdgeOne serves, with an API key (SecretId and SecretKey) of a
 * CAM user allowed to read, change and add the site's DNS records: the record's settings, and
 * what the Settings page, the credentials table and the destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const edgeoneRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('edgeone', 'Tencent EdgeOne'),
  domain: withMeta(dnsNameSchema, about('Domain', 'The domain whose DNS EdgeOne serves, e.g. example.com.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.com.')),
  secretId: withMeta(
    z.string().check(z.minLength(1, 'the SecretId is required')),
    about('SecretId', "The SecretId of an API key allowed to change the domain's DNS records."),
  ),
  secret: withMeta(secretField('the SecretKey'), about('SecretKey', 'The SecretKey shown with the SecretId.')),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(60), z.lte(86_400)), 300),
    about('TTL (seconds)', 'How long resolvers may keep the record; EdgeOne takes 60 to 86400.'),
  ),
  apiBase: apiBase('https://teo.tencentcloudapi.com'),
});

export const edgeoneSpec = ddnsProvider({
  id: 'edgeone',
  label: 'Tencent EdgeOne',
  schema: edgeoneRecordSchema,
  kinds: { domain: 'plain', name: 'plain', secretId: 'credential', secret: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://teo.tencentcloudapi.com' }],
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
  apiDocs: 'https://www.tencentcloud.com/document/api/1145/67539',
  rank: 20,
});
