/**
 * OVHcloud's DNS zone API (https://eu.api.ovh.com/console/#/domain/zone), with an application
 * key, its secret and a consumer key allowed GET/PUT/POST on /domain/zone/{zone}/*: the record's
 * settings, and what the Settings page, the credentials table and the destinations know of it
 * (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const ovhRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('ovh', 'OVHcloud'),
  domain: withMeta(dnsNameSchema, about('Zone', 'The DNS zone at OVHcloud, e.g. example.org.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
  appKey: withMeta(
    z.string().check(z.minLength(1, 'the application key is required')),
    about('Application key', 'The application key made at createApp (or createToken) for your region.'),
  ),
  secret: withMeta(
    secretField('the application secret'),
    about('Application secret', 'The application secret shown with the application key.'),
  ),
  token: withMeta(
    secretField('the consumer key'),
    about('Consumer key', 'The consumer key, allowed GET, PUT and POST on /domain/zone/*.'),
  ),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(60), z.lte(86_400)), 60),
    about('TTL (seconds)', "How long resolvers may keep the record; OVHcloud's shortest is 60."),
  ),
  apiBase: apiBase('https://eu.api.ovh.com/1.0'),
});

export const ovhSpec = ddnsProvider({
  id: 'ovh',
  label: 'OVHcloud',
  schema: ovhRecordSchema,
  kinds: {
    domain: 'plain',
    name: 'plain',
    appKey: 'credential',
    secret: 'secret',
    token: 'secret',
    ttl: 'plain',
    apiBase: 'url',
  },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://eu.api.ovh.com/1.0' }],
  where: (r) => ({ name: r.name, zone: r.domain }),
  form: {
    fields: [
      { field: 'domain', example: 'example.org' },
      { field: 'name', example: 'home.example.org' },
      { field: 'appKey' },
      { field: 'secret', kind: 'secret' },
      { field: 'token', kind: 'secret' },
      { field: 'ttl', kind: 'number' },
      { field: 'apiBase' },
    ],
    advanced: ['ttl', 'apiBase'],
  },
  keyUrl: 'https://eu.api.ovh.com/createToken/',
  apiDocs: 'https://help.ovhcloud.com/csm/en-api-getting-started-ovhcloud-api',
  rank: 20,
});
