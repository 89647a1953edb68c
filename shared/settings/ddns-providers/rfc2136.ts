/**
 * RFC 2136 dynamic update to one's own primary server (BIND, Knot, PowerDNS), signed with TSIG
 * (RFC 8945): the record's settings, and what the Settings page, the credentials table and the
 * destinations know of it (spec.ts). Pure.
 */
import * as z from 'zod/mini';

import { about, oneReadingHost, withMeta } from '../schema-common';
import { common, dnsNameSchema, providerLiteral as provider, secretField, ttl } from './fields';
import { ddnsProvider } from './spec';

export const rfc2136RecordSchema = z.strictObject({
  ...common,
  provider: provider('rfc2136', 'RFC 2136 signed update (BIND, Knot, PowerDNS)'),
  server: withMeta(
    z.string().check(z.minLength(1, 'server is required'), z.superRefine(oneReadingHost)),
    about('Primary server', "The primary server's address (or name) that accepts signed updates."),
  ),
  port: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(65_535)), 53),
    about('Server port', 'UDP and TCP port of the server.'),
  ),
  zone: withMeta(dnsNameSchema, about('DNS zone', 'The zone the record is in, e.g. example.org.')),
  name: withMeta(dnsNameSchema, about('Host name', 'The record to keep in step, e.g. home.example.org.')),
  ttl,
  keyName: withMeta(
    dnsNameSchema,
    about('TSIG key name', 'As the server names the key (knot: key id; BIND: key "name").'),
  ),
  algorithm: withMeta(
    z._default(z.enum(['hmac-sha256']), 'hmac-sha256'),
    about('TSIG algorithm', 'The signature, as RFC 8945 defines it.', { 'hmac-sha256': 'HMAC-SHA256' }),
  ),
  secret: withMeta(
    secretField('the TSIG secret'),
    about('TSIG secret', 'The key in base64, as keymgr -t or tsig-keygen print it.'),
  ),
});

export const rfc2136Spec = ddnsProvider({
  id: 'rfc2136',
  label: 'RFC 2136',
  schema: rfc2136RecordSchema,
  kinds: {
    server: 'plain',
    port: 'plain',
    zone: 'plain',
    name: 'plain',
    ttl: 'plain',
    keyName: 'plain',
    algorithm: 'plain',
    secret: 'secret',
  },
  destinations: [{ field: 'server', word: 'server', serverPort: { scheme: 'dns', port: 'port' } }],
  where: (r) => ({ name: r.name, zone: r.zone }),
  form: {
    fields: [
      { field: 'server', example: '192.0.2.53' },
      { field: 'zone', example: 'example.org' },
      { field: 'name', example: 'home.example.org' },
      { field: 'keyName', example: 'ipwatch-key' },
      { field: 'secret', kind: 'secret' },
      { field: 'port', kind: 'number' },
      { field: 'ttl', kind: 'number' },
      { field: 'algorithm', kind: 'select' },
    ],
    advanced: ['port', 'ttl', 'algorithm'],
  },
  apiDocs: 'https://www.rfc-editor.org/rfc/rfc2136',
  rank: 90,
});
