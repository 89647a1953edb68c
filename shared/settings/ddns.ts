/**
 * The dynamic DNS records IPWatch keeps in step with the confirmed address: one entry per
 * record, a discriminated union by `provider`, each provider with only the fields it needs
 * (electron/engine/ddns/ builds one updater per entry through its registry). A record of type A
 * follows the IPv4 address, AAAA the IPv6 one.
 *
 * Secrets sit under secret-named keys (`secret`, `token`, `password`), as a value or a reference
 * (`{ "env": ... }`, `{ "file": ... }`, shared/settings/secret.ts), so the settings API masks them and the
 * engine resolves them as it does a channel's. Not yet part of shared/settings/index.ts (see the report
 * of the session that wrote it): `ddnsSettingsSchema` is what goes under `ddns`. Pure.
 */
import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';

import '../zod-words';

import type { Reason } from '../contract/reason';
import { settingsSays as SAYS } from '../i18n/catalogues/en/settings-says';
import { parseSuffix } from '../ipv6-suffix';
import { recordFromField } from './egress-choice';
import { about, httpUrlOf, httpUrlSchema, idSchema, oneReadingHost, withMeta } from './schema-common';
import { secretRefSchema } from './secret';

export const DDNS_PROVIDERS = ['rfc2136', 'cloudflare', 'dyndns2', 'duckdns', 'desec'] as const;
export type DdnsProviderId = (typeof DDNS_PROVIDERS)[number];

export const DDNS_RECORD_TYPES = ['A', 'AAAA'] as const;
export type DdnsRecordType = (typeof DDNS_RECORD_TYPES)[number];

/** Text, as `tidy` writes it before it is checked. */
const tidied = (tidy: (text: string) => string) => z.pipe(z.string(), z.transform(tidy));

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
const secretField = (what: string) =>
  z.union([z.string({ error: `${what} is required` }).check(z.minLength(1, `${what} is required`)), secretRefSchema]);

/** The discriminator, with its words (the union's choices are the alternatives' words together). */
const provider = <P extends DdnsProviderId>(value: P, words: string) =>
  withMeta(
    z.literal(value),
    about('DNS provider', 'Who serves the record, and so how it is updated.', { [value]: words }),
  );

/** Which IPv6 address an AAAA record holds, besides a suffix (`::1:2:3:4`) for another device. */
export const RECORD_ADDRESSES = ['stable', 'observed'] as const;
export type RecordAddress = (typeof RECORD_ADDRESSES)[number] | `::${string}`;

/**
 * `address`: left out, an AAAA record holds this host's stable address and an A record the
 * observed one (so settings written before it load and run unchanged for A records).
 */
const tidyAddress = (s: string): string => {
  const t = s.trim().toLowerCase();
  if ((RECORD_ADDRESSES as readonly string[]).includes(t)) return t;
  const suffix = parseSuffix(t);
  return suffix.ok ? suffix.suffix : t;
};
const addressChoice = z.string().check(
  z.superRefine((t, ctx) => {
    if ((RECORD_ADDRESSES as readonly string[]).includes(t)) return;
    const suffix = parseSuffix(t);
    if (suffix.ok) return;
    const message = t.includes(':')
      ? suffix.error
      : `expected stable, observed or an IPv6 suffix such as ::1:2:3:4, not "${t}"`;
    ctx.addIssue({ code: 'custom', message });
  }),
);
const recordAddress = withMeta(
  z.optional(z.pipe(tidied(tidyAddress), addressChoice)),
  about(
    'Address published (AAAA)',
    "Stable: this host's own, never a temporary one (the default); observed: as seen; or a suffix like ::1:2:3:4.",
  ),
);

/** The address a record publishes: its setting, or the default of its type. */
export const recordAddressOf = (r: { type: DdnsRecordType; address?: string | undefined }): RecordAddress =>
  (r.address as RecordAddress | undefined) ?? (r.type === 'AAAA' ? 'stable' : 'observed');

const common = {
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

const ttl = withMeta(
  z._default(z.number().check(z.int(), z.gte(1), z.lte(86_400)), 60),
  about('TTL (seconds)', 'How long resolvers may keep the record; short, as the address moves.'),
);

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

/** Where a web API is, for a self-hosted one or a stand-in; the provider's own by default. */
const apiBase = (url: string) =>
  withMeta(
    z._default(httpUrlOf('base'), url),
    about('API address', `The service's address; ${url} unless you host your own.`),
  );

/** Cloudflare API v4: the record is looked up, only its content changed (proxied and ttl kept). */
export const cloudflareRecordSchema = z.strictObject({
  ...common,
  provider: provider('cloudflare', 'Cloudflare'),
  token: withMeta(
    secretField('the API token'),
    about('API token', 'A scoped token (Zone: Read and DNS: Edit, for this zone only), never the global API key.'),
  ),
  zone: withMeta(
    z.optional(dnsNameSchema),
    about('DNS zone', 'The Cloudflare zone, e.g. example.org; or give its ID.'),
  ),
  zoneId: withMeta(
    z.optional(z.string().check(z.regex(/^[0-9a-f]{32}$/i, SAYS['settings.schemaSays.zoneId']))),
    about('Cloudflare zone ID', "Saves looking the zone up by name; from the zone's overview page."),
  ),
  name: withMeta(dnsNameSchema, about('Host name', 'The record, which must exist, e.g. home.example.org.')),
  apiBase: apiBase('https://api.cloudflare.com/client/v4'),
});

/** The dyndns2 protocol (Dyn, No-IP, Dynu and the rest): GET /nic/update with basic auth. */
export const dyndns2RecordSchema = z.strictObject({
  ...common,
  provider: provider('dyndns2', 'dyndns2 protocol (No-IP, Dyn, Dynu and others)'),
  server: withMeta(
    httpUrlSchema,
    about('Update server', 'e.g. https://dynupdate.no-ip.com or https://members.dyndns.org.'),
  ),
  username: withMeta(
    z.string().check(z.minLength(1, 'username is required')),
    about('Account (user name)', 'The account name, as the provider names it.'),
  ),
  password: withMeta(
    secretField('the password'),
    about('Password or update key', 'The password, or the update key the provider gives.'),
  ),
  hostname: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
});

/** DuckDNS: GET /update with the account token. */
export const duckdnsRecordSchema = z.strictObject({
  ...common,
  provider: provider('duckdns', 'DuckDNS'),
  token: withMeta(secretField('the token'), about('DuckDNS token', 'The account token shown on your DuckDNS page.')),
  domain: withMeta(
    z.pipe(
      tidied((d) =>
        d
          .trim()
          .toLowerCase()
          .replace(/\.duckdns\.org\.?$/, ''),
      ),
      z.string().check(z.regex(/^[a-z0-9-]+$/, SAYS['settings.schemaSays.duckdnsSubName'])),
    ),
    about('DuckDNS sub-domain', 'The sub-name: myhome for myhome.duckdns.org.'),
  ),
  apiBase: apiBase('https://www.duckdns.org'),
});

/**
 * deSEC's IP update API (update.dedyn.io), with the domain's token; the record is read (the
 * Settings page's Test) through deSEC's REST API (desec.io/api/v1), with the same token.
 */
export const desecRecordSchema = z.strictObject({
  ...common,
  provider: provider('desec', 'deSEC'),
  token: withMeta(secretField('the token'), about('Update token', 'A deSEC token that may update this domain.')),
  hostname: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. myhome.dedyn.io.')),
  apiBase: apiBase('https://update.dedyn.io'),
  restBase: withMeta(
    z._default(httpUrlOf('base'), 'https://desec.io/api/v1'),
    about(
      'REST API address',
      "Where Test reads the record (deSEC's REST API); https://desec.io/api/v1 unless you host your own.",
    ),
  ),
});

const RECORD_SCHEMAS = [
  rfc2136RecordSchema,
  cloudflareRecordSchema,
  dyndns2RecordSchema,
  duckdnsRecordSchema,
  desecRecordSchema,
] as const;

/** The fields a record's own checks read: they run when these are right, whatever else is wrong. */
const CROSS_CHECKED = new Set(['provider', 'zone', 'zoneId', 'name', 'type', 'address']);

/**
 * The checks across fields (the zone or its ID, the name inside the zone, an address for AAAA only). They run beside the
 * other fields' messages, not after them, so a form shows every message at once (a record whose
 * stored secret the page only knows as "set" included); the value is looked at warily, as the
 * fields it does not read may be wrong.
 */
function checkRecord(value: unknown, ctx: core.$RefinementCtx<unknown>): void {
  const r = value as Record<string, unknown>;
  const text = (k: string) => (typeof r[k] === 'string' && r[k] !== '' ? (r[k] as string) : undefined);
  if (r.provider === 'cloudflare' && !text('zone') && !text('zoneId')) {
    ctx.addIssue({ code: 'custom', path: ['zone'], message: SAYS['settings.schemaSays.zoneOrId'] });
  }
  const zone = r.provider === 'rfc2136' || r.provider === 'cloudflare' ? text('zone') : undefined;
  const name = text('name');
  if (zone && name && name !== zone && !name.endsWith(`.${zone}`)) {
    ctx.addIssue({ code: 'custom', path: ['name'], message: `${name} is not in the zone ${zone}` });
  }
  if (r.type !== 'AAAA' && r.address !== undefined && r.address !== 'observed') {
    const message = SAYS['settings.schemaSays.aaaaOnly'];
    ctx.addIssue({ code: 'custom', path: ['address'], message });
  }
}

export const ddnsRecordSchema = z.discriminatedUnion('provider', RECORD_SCHEMAS).check(
  z.superRefine(checkRecord, {
    when: (payload) =>
      typeof payload.value === 'object' &&
      payload.value !== null &&
      payload.issues.every((i) => !CROSS_CHECKED.has(String(i.path?.[0]))),
  }),
);
export type DdnsRecord = z.infer<typeof ddnsRecordSchema>;
export type DdnsRecordOf<P extends DdnsProviderId> = Extract<DdnsRecord, { provider: P }>;

export const ddnsSettingsSchema = z
  .strictObject({
    records: withMeta(
      z._default(z.array(ddnsRecordSchema), []),
      about('DNS records', 'Each host name kept pointing at this address, with its provider.'),
    ),
  })
  .check(
    z.superRefine((s, ctx) => {
      const seen = new Set<string>();
      s.records.forEach((r, i) => {
        if (seen.has(r.id))
          ctx.addIssue({ code: 'custom', path: ['records', i, 'id'], message: `duplicate id ${r.id}` });
        seen.add(r.id);
      });
    }),
  );
export type DdnsSettings = z.infer<typeof ddnsSettingsSchema>;

/**
 * What one update attempt came to. `retry` is transient (the server busy, no answer): try again,
 * no sooner than `afterMs` when the provider said. `stop` means trying again cannot help (a
 * refused key, an unknown host, abuse): that record is switched off with the reason. `code`: the
 * reason (or an unchanged read's detail) as a code of the catalogue (shared/contract/reason.ts),
 * for a reader in another language; absent where the engine has only its English.
 */
export type DdnsOutcome =
  | { kind: 'updated'; detail: string }
  | { kind: 'unchanged'; detail: string; code?: Reason }
  | { kind: 'retry'; reason: string; afterMs?: number; code?: Reason }
  | { kind: 'stop'; reason: string; code?: Reason };
