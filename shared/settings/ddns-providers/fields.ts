/**
 * What every DNS record's settings share, and the fields the providers' records are built of
 * (ddns-providers/: one file per provider): the record's id, type and published address, a DNS
 * name, a secret as a value or a reference, a TTL, a web API's address. Pure.
 */
import * as z from 'zod/mini';

import '../../zod-words';

import { settingsSays as SAYS } from '../../i18n/catalogues/en/settings-says';
import { parseAddressChoice } from '../../ipv6-host';
import { recordFromField } from '../egress-choice';
import { about, httpUrlOf, idSchema, withMeta } from '../schema-common';
import { secretRefSchema } from '../secret';

export const DDNS_RECORD_TYPES = ['A', 'AAAA'] as const;
export type DdnsRecordType = (typeof DDNS_RECORD_TYPES)[number];

/** Text, as `tidy` writes it before it is checked. */
export const tidied = (tidy: (text: string) => string) => z.pipe(z.string(), z.transform(tidy));

/** A DNS name as text, without the root dot: labels of letters, digits, `-` and `_`. */
export const dnsNameSchema = z.pipe(
  tidied((s) => s.trim().replace(/\.$/, '').toLowerCase()),
  z.string().check(
    z.maxLength(253),
    z.regex(/^(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)*[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/, {
      error: SAYS['settings.schemaSays.dnsName'],
    }),
  ),
);

/** A secret: the value itself, or where it lives. */
export const secretField = (what: string) =>
  z.union([z.string({ error: `${what} is required` }).check(z.minLength(1, `${what} is required`)), secretRefSchema]);

/** The discriminator, with its words (the union's choices are the alternatives' words together). */
export const providerLiteral = <P extends string>(value: P, words: string) =>
  withMeta(
    z.literal(value),
    about('DNS provider', 'Who serves the record, and so how it is updated.', { [value]: words }),
  );

/** Which IPv6 address an AAAA record holds, besides a host part for another device (shared/ipv6-host.ts). */
export const RECORD_ADDRESSES = ['stable', 'observed'] as const;
export type RecordAddress = (typeof RECORD_ADDRESSES)[number] | (string & {});

/**
 * `address`: left out, an AAAA record holds this host's stable address and an A record the
 * observed one (so settings written before it load and run unchanged for A records).
 */
const tidyAddress = (s: string): string => {
  const c = parseAddressChoice(s);
  return c.ok ? c.choice.text : s.trim();
};
const addressChoice = z.string().check(
  z.superRefine((t, ctx) => {
    const c = parseAddressChoice(t);
    if (!c.ok) ctx.addIssue({ code: 'custom', message: c.error });
  }),
);
const recordAddress = withMeta(
  z.optional(z.pipe(tidied(tidyAddress), addressChoice)),
  about(
    'Address published (AAAA)',
    'Stable (the default), observed, a suffix like ::1:2:3:4 or ::5/56, mac:00:11:22:33:44:55; @eth1 for its prefix.',
  ),
);

/** The address a record publishes: its setting, or the default of its type. */
export const recordAddressOf = (r: { type: DdnsRecordType; address?: string | undefined }): RecordAddress =>
  (r.address as RecordAddress | undefined) ?? (r.type === 'AAAA' ? 'stable' : 'observed');

export const common = {
  id: withMeta(idSchema, about('Record ID', 'Names the record in logs, the status and the API.')),
  enabled: withMeta(
    z._default(z.boolean(), true),
    about('Keep this record in step', 'Off: left alone. A refusal that means stop switches it off.'),
  ),
  type: withMeta(
    z._default(z.enum(DDNS_RECORD_TYPES), 'A'),
    about('Record type', 'A follows the IPv4 address, AAAA the IPv6 one.', {
      A: 'A (follows the IPv4 address)',
      AAAA: 'AAAA (follows the IPv6 address)',
    }),
  ),
  address: recordAddress,
  from: recordFromField,
};

export const ttl = withMeta(
  z._default(z.number().check(z.int(), z.gte(1), z.lte(86_400)), 60),
  about('TTL (seconds)', 'How long resolvers may keep the record; short, as the address moves.'),
);

/** Where a web API is, for a self-hosted one or a stand-in; the provider's own by default. */
export const apiBase = (url: string) =>
  withMeta(
    z._default(httpUrlOf('base'), url),
    about('API address', `The service's address; ${url} unless you host your own.`),
  );
