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
import { z } from 'zod';

import { parseSuffix } from '../ipv6-suffix';
import { about, httpUrlOf, httpUrlSchema, idSchema, oneReadingHost } from './schema-common';
import { secretRefSchema } from './secret';

export const DDNS_PROVIDERS = ['rfc2136', 'cloudflare', 'dyndns2', 'duckdns', 'desec'] as const;
export type DdnsProviderId = (typeof DDNS_PROVIDERS)[number];

export const DDNS_RECORD_TYPES = ['A', 'AAAA'] as const;
export type DdnsRecordType = (typeof DDNS_RECORD_TYPES)[number];

/** A DNS name as text, without the root dot: labels of letters, digits, `-` and `_`. */
export const dnsNameSchema = z
  .string()
  .transform((s) => s.trim().replace(/\.$/, '').toLowerCase())
  .pipe(
    z
      .string()
      .max(253)
      .regex(/^(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)*[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/, {
        error: 'expected a DNS name such as home.example.org',
      }),
  );

/** A secret: the value itself, or where it lives. */
const secretField = (what: string) =>
  z.union([z.string({ error: `${what} is required` }).min(1, `${what} is required`), secretRefSchema]);

/** The discriminator, with its words (the union's choices are the alternatives' words together). */
const provider = <P extends DdnsProviderId>(value: P, words: string) =>
  z.literal(value).meta(about('DNS provider', 'Who serves the record, and so how it is updated.', { [value]: words }));

/** Which IPv6 address an AAAA record holds, besides a suffix (`::1:2:3:4`) for another device. */
export const RECORD_ADDRESSES = ['stable', 'observed'] as const;
export type RecordAddress = (typeof RECORD_ADDRESSES)[number] | `::${string}`;

/**
 * `address`: left out, an AAAA record holds this host's stable address and an A record the
 * observed one (so settings written before it load and run unchanged for A records).
 */
const recordAddress = z
  .string()
  .transform((s) => {
    const t = s.trim().toLowerCase();
    if ((RECORD_ADDRESSES as readonly string[]).includes(t)) return t;
    const suffix = parseSuffix(t);
    return suffix.ok ? suffix.suffix : t;
  })
  .pipe(
    z.string().superRefine((t, ctx) => {
      if ((RECORD_ADDRESSES as readonly string[]).includes(t)) return;
      const suffix = parseSuffix(t);
      if (suffix.ok) return;
      const message = t.includes(':')
        ? suffix.error
        : `expected stable, observed or an IPv6 suffix such as ::1:2:3:4, not "${t}"`;
      ctx.addIssue({ code: 'custom', message });
    }),
  )
  .optional()
  .meta(
    about(
      'Address published (AAAA)',
      "Stable: this host's own, never a temporary one (the default); observed: as seen; or a suffix like ::1:2:3:4.",
    ),
  );

/** The address a record publishes: its setting, or the default of its type. */
export const recordAddressOf = (r: { type: DdnsRecordType; address?: string | undefined }): RecordAddress =>
  (r.address as RecordAddress | undefined) ?? (r.type === 'AAAA' ? 'stable' : 'observed');

const common = {
  id: idSchema.meta(about('Record ID', 'Names the record in logs, the status and the API.')),
  enabled: z
    .boolean()
    .default(true)
    .meta(about('Keep this record in step', 'Off: left alone. A refusal that means stop switches it off.')),
  type: z
    .enum(DDNS_RECORD_TYPES)
    .default('A')
    .meta(
      about('Record type', 'A follows the IPv4 address, AAAA the IPv6 one.', {
        A: 'A (follows the IPv4 address)',
        AAAA: 'AAAA (follows the IPv6 address)',
      }),
    ),
  address: recordAddress,
};

const ttl = z
  .number()
  .int()
  .min(1)
  .max(86_400)
  .default(60)
  .meta(about('TTL (seconds)', 'How long resolvers may keep the record; short, as the address moves.'));

export const rfc2136RecordSchema = z.strictObject({
  ...common,
  provider: provider('rfc2136', 'RFC 2136 signed update (BIND, Knot, PowerDNS)'),
  server: z
    .string()
    .min(1, 'server is required')
    .superRefine(oneReadingHost)
    .meta(about('Primary server', "The primary server's address (or name) that accepts signed updates.")),
  port: z.number().int().min(1).max(65_535).default(53).meta(about('Server port', 'UDP and TCP port of the server.')),
  zone: dnsNameSchema.meta(about('DNS zone', 'The zone the record is in, e.g. example.org.')),
  name: dnsNameSchema.meta(about('Host name', 'The record to keep in step, e.g. home.example.org.')),
  ttl,
  keyName: dnsNameSchema.meta(about('TSIG key name', 'As the server names the key (knot: key id; BIND: key "name").')),
  algorithm: z
    .enum(['hmac-sha256'])
    .default('hmac-sha256')
    .meta(about('TSIG algorithm', 'The signature, as RFC 8945 defines it.', { 'hmac-sha256': 'HMAC-SHA256' })),
  secret: secretField('the TSIG secret').meta(
    about('TSIG secret', 'The key in base64, as keymgr -t or tsig-keygen print it.'),
  ),
});

/** Where a web API is, for a self-hosted one or a stand-in; the provider's own by default. */
const apiBase = (url: string) =>
  httpUrlOf('base')
    .default(url)
    .meta(about('API address', `The service's address; ${url} unless you host your own.`));

/** Cloudflare API v4: the record is looked up, only its content changed (proxied and ttl kept). */
export const cloudflareRecordSchema = z.strictObject({
  ...common,
  provider: provider('cloudflare', 'Cloudflare'),
  token: secretField('the API token').meta(
    about('API token', 'A scoped token (Zone: Read and DNS: Edit, for this zone only), never the global API key.'),
  ),
  zone: dnsNameSchema.optional().meta(about('DNS zone', 'The Cloudflare zone, e.g. example.org; or give its ID.')),
  zoneId: z
    .string()
    .regex(/^[0-9a-f]{32}$/i, 'expected the 32 hex digits Cloudflare shows as Zone ID')
    .optional()
    .meta(about('Cloudflare zone ID', "Saves looking the zone up by name; from the zone's overview page.")),
  name: dnsNameSchema.meta(about('Host name', 'The record, which must exist, e.g. home.example.org.')),
  apiBase: apiBase('https://api.cloudflare.com/client/v4'),
});

/** The dyndns2 protocol (Dyn, No-IP, Dynu and the rest): GET /nic/update with basic auth. */
export const dyndns2RecordSchema = z.strictObject({
  ...common,
  provider: provider('dyndns2', 'dyndns2 protocol (No-IP, Dyn, Dynu and others)'),
  server: httpUrlSchema.meta(about('Update server', 'e.g. https://dynupdate.no-ip.com or https://members.dyndns.org.')),
  username: z
    .string()
    .min(1, 'username is required')
    .meta(about('Account (user name)', 'The account name, as the provider names it.')),
  password: secretField('the password').meta(
    about('Password or update key', 'The password, or the update key the provider gives.'),
  ),
  hostname: dnsNameSchema.meta(about('Host name', 'The name to keep in step, e.g. home.example.org.')),
});

/** DuckDNS: GET /update with the account token. */
export const duckdnsRecordSchema = z.strictObject({
  ...common,
  provider: provider('duckdns', 'DuckDNS'),
  token: secretField('the token').meta(about('DuckDNS token', 'The account token shown on your DuckDNS page.')),
  domain: z
    .string()
    .transform((d) =>
      d
        .trim()
        .toLowerCase()
        .replace(/\.duckdns\.org\.?$/, ''),
    )
    .pipe(z.string().regex(/^[a-z0-9-]+$/, 'expected the sub-name, e.g. myhome for myhome.duckdns.org'))
    .meta(about('DuckDNS sub-domain', 'The sub-name: myhome for myhome.duckdns.org.')),
  apiBase: apiBase('https://www.duckdns.org'),
});

/**
 * deSEC's IP update API (update.dedyn.io), with the domain's token; the record is read (the
 * Settings page's Test) through deSEC's REST API (desec.io/api/v1), with the same token.
 */
export const desecRecordSchema = z.strictObject({
  ...common,
  provider: provider('desec', 'deSEC'),
  token: secretField('the token').meta(about('Update token', 'A deSEC token that may update this domain.')),
  hostname: dnsNameSchema.meta(about('Host name', 'The name to keep in step, e.g. myhome.dedyn.io.')),
  apiBase: apiBase('https://update.dedyn.io'),
  restBase: httpUrlOf('base')
    .default('https://desec.io/api/v1')
    .meta(
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
function checkRecord(value: unknown, ctx: z.RefinementCtx): void {
  const r = value as Record<string, unknown>;
  const text = (k: string) => (typeof r[k] === 'string' && r[k] !== '' ? (r[k] as string) : undefined);
  if (r.provider === 'cloudflare' && !text('zone') && !text('zoneId')) {
    ctx.addIssue({ code: 'custom', path: ['zone'], message: 'give the zone or its ID' });
  }
  const zone = r.provider === 'rfc2136' || r.provider === 'cloudflare' ? text('zone') : undefined;
  const name = text('name');
  if (zone && name && name !== zone && !name.endsWith(`.${zone}`)) {
    ctx.addIssue({ code: 'custom', path: ['name'], message: `${name} is not in the zone ${zone}` });
  }
  if (r.type !== 'AAAA' && r.address !== undefined && r.address !== 'observed') {
    const message = 'only an AAAA record chooses its address: an A record holds the observed IPv4 address';
    ctx.addIssue({ code: 'custom', path: ['address'], message });
  }
}

export const ddnsRecordSchema = z.discriminatedUnion('provider', RECORD_SCHEMAS).superRefine(checkRecord, {
  when: (payload) =>
    typeof payload.value === 'object' &&
    payload.value !== null &&
    payload.issues.every((i) => !CROSS_CHECKED.has(String(i.path?.[0]))),
});
export type DdnsRecord = z.infer<typeof ddnsRecordSchema>;
export type DdnsRecordOf<P extends DdnsProviderId> = Extract<DdnsRecord, { provider: P }>;

export const ddnsSettingsSchema = z
  .strictObject({
    records: z
      .array(ddnsRecordSchema)
      .default([])
      .meta(about('DNS records', 'Each host name kept pointing at this address, with its provider.')),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.records.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: ['records', i, 'id'], message: `duplicate id ${r.id}` });
      seen.add(r.id);
    });
  });
export type DdnsSettings = z.infer<typeof ddnsSettingsSchema>;

/**
 * What one update attempt came to. `retry` is transient (the server busy, no answer): try again,
 * no sooner than `afterMs` when the provider said. `stop` means trying again cannot help (a
 * refused key, an unknown host, abuse): that record is switched off with the reason.
 */
export type DdnsOutcome =
  | { kind: 'updated'; detail: string }
  | { kind: 'unchanged'; detail: string }
  | { kind: 'retry'; reason: string; afterMs?: number }
  | { kind: 'stop'; reason: string };
