/**
 * Amazon Route 53 (https://docs.aws.amazon.com/Route53/latest/APIReference/), with an IAM
 * access key allowed route53:ListResourceRecordSets and route53:ChangeResourceRecordSets on the
 * hosted zone: the record's settings, and what the Settings page, the credentials table and
 * the destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField, tidied } from './fields';
import { ddnsProvider } from './spec';

/** A hosted zone's id as the console shows it (Z0123456789ABC), or as the API writes it (/hostedzone/Z...). */
const zoneIdSchema = z.pipe(
  tidied((s) => s.trim().replace(/^\/?hostedzone\//, '')),
  z
    .string()
    .check(z.regex(/^[A-Z0-9]{1,32}$/, { error: 'a hosted zone id is letters and digits, e.g. Z0123456789ABC' })),
);

export const route53RecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('route53', 'Amazon Route 53'),
  zoneId: withMeta(
    zoneIdSchema,
    about('Hosted zone ID', "The zone's ID from the Route 53 console, e.g. Z0123456789ABC."),
  ),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
  accessKeyId: withMeta(
    z.string().check(z.minLength(1, 'the access key ID is required')),
    about('Access key ID (AKIA…)', 'The IAM access key ID; it may list and change record sets in this zone.'),
  ),
  secret: withMeta(
    secretField('the secret access key'),
    about('Secret access key', 'The secret access key shown once when the IAM access key is made.'),
  ),
  ttl: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(86_400)), 300),
    about('TTL (seconds)', 'How long resolvers may keep the record; 300 unless you want another.'),
  ),
  apiBase: apiBase('https://route53.amazonaws.com'),
});

export const route53Spec = ddnsProvider({
  id: 'route53',
  label: 'Amazon Route 53',
  schema: route53RecordSchema,
  kinds: { zoneId: 'plain', name: 'plain', accessKeyId: 'credential', secret: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: 'https://route53.amazonaws.com' }],
  where: (r) => ({ name: r.name, zone: null }),
  form: {
    fields: [
      { field: 'zoneId', example: 'Z0123456789ABC' },
      { field: 'name', example: 'home.example.org' },
      { field: 'accessKeyId', example: 'AKIAIOSFODNN7EXAMPLE' },
      { field: 'secret', kind: 'secret' },
      { field: 'ttl', kind: 'number' },
      { field: 'apiBase' },
    ],
    advanced: ['ttl', 'apiBase'],
  },
  keyUrl: 'https://console.aws.amazon.com/iam/home#/security_credentials',
  apiDocs: 'https://docs.aws.amazon.com/Route53/latest/APIReference/API_ChangeResourceRecordSets.html',
  rank: 15,
});
