/**
 * The `sources` part of the settings: the built-in sources on or off, and your own (HTTP, DNS or
 * STUN), each with its label and help (schema-common `about`). Pure.
 */
import * as z from 'zod/mini';

import '../zod-words';

import { detectionFilterFields } from './egress-choice';
import { about, httpUrlSchema, idSchema, withMeta } from './schema-common';

const family = withMeta(
  z.union([z.literal(4), z.literal(6)]),
  about('Address family', 'Whether this source answers with an IPv4 or an IPv6 address.', { 4: 'IPv4', 6: 'IPv6' }),
);
const id = withMeta(idSchema, about('Source id', 'A short unique name: letters, digits, dot, dash or underscore.'));
const hostPort = withMeta(
  z
    .string()
    .check(z.regex(/^(\[[0-9a-fA-F:.]+\]|[^\s:[\]]+):\d{1,5}$/, 'expected host:port, e.g. 127.0.0.1:53 or [::1]:53')),
  about('Server (host:port)', 'The DNS or STUN server to ask, e.g. 127.0.0.1:53 or [::1]:3478.'),
);
/** Sources of one provider count once toward the quorum; defaults to the id. */
const provider = withMeta(
  z.optional(idSchema),
  about('Provider name', 'Sources of one provider count once toward the agreement; empty: the source id.'),
);
const kind = <K extends string>(value: K, words: string) =>
  withMeta(z.literal(value), about('Source kind', 'How the source is asked.', { [value]: words }));

const customHttp = z.strictObject({
  id,
  kind: kind('http', 'HTTP'),
  url: withMeta(
    httpUrlSchema,
    about('Address (URL)', 'The http:// or https:// address that answers with your address.'),
  ),
  /** text: the whole body; json: one field; kv: `key=value` lines (Cloudflare trace). */
  format: withMeta(
    z._default(z.enum(['text', 'json', 'kv']), 'text'),
    about('Answer format', 'How the address is read from the answer.', {
      text: 'The whole answer',
      json: 'A field of a JSON answer',
      kv: 'key=value lines (as Cloudflare trace)',
    }),
  ),
  /** JSON field (dotted path) or kv key; defaults to `ip`. */
  field: withMeta(
    z.optional(z.string().check(z.minLength(1))),
    about('Field with the address', 'The JSON field (a dotted path) or key holding the address; empty: ip.'),
  ),
  family,
  provider,
});
const customDns = z.strictObject({
  id,
  kind: kind('dns', 'DNS'),
  server: hostPort,
  name: withMeta(
    z.string().check(z.minLength(1), z.maxLength(253)),
    about('Name to look up', 'The DNS name whose answer is your address, e.g. myip.opendns.com.'),
  ),
  type: withMeta(
    z.enum(['A', 'AAAA', 'TXT']),
    about('Record type', 'A or AAAA for an address record, TXT for a text answer that holds it.'),
  ),
  class: withMeta(
    z._default(z.enum(['IN', 'CH']), 'IN'),
    about('Record class', 'IN for almost every server; CH for Chaos answers (Cloudflare whoami).', {
      IN: 'IN (Internet)',
      CH: 'CH (Chaos)',
    }),
  ),
  family,
  provider,
});
const customStun = z.strictObject({ id, kind: kind('stun', 'STUN'), server: hostPort, family, provider });
/** The interface's own global address: no request at all, for a host that holds its public address. */
const customInterface = z.strictObject({
  id,
  kind: kind('interface', "The interface's own address"),
  interface: withMeta(
    z.string().check(z.minLength(1), z.maxLength(64)),
    about('Network interface', 'The interface whose own global address of the family is your address, e.g. eth0.'),
  ),
  family,
  provider,
});

export const customSourceSchema = z.discriminatedUnion('kind', [customHttp, customDns, customStun, customInterface]);
export type CustomSource = z.infer<typeof customSourceSchema>;

export const sourcesSchema = z.strictObject({
  builtIn: withMeta(
    z._default(z.boolean(), true),
    about('Use the built-in sources', 'Ask the public services IPWatch comes with (ipify, Cloudflare, Google...).'),
  ),
  disabled: withMeta(
    z._default(z.array(idSchema), []),
    about('Built-in sources switched off', 'Ids of built-in sources never to ask, e.g. aws-v4.'),
  ),
  custom: withMeta(
    z._default(z.array(customSourceSchema), []),
    about('Your own sources', 'HTTP, DNS or STUN services you add yourself, asked like the built-in ones.'),
  ),
  ...detectionFilterFields,
});
