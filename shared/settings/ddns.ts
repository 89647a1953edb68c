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
import { DDNS_SPECS, RECORD_SCHEMAS } from './ddns-providers';
import { about, withMeta } from './schema-common';

export { cloudflareRecordSchema } from './ddns-providers/cloudflare';
export { desecRecordSchema } from './ddns-providers/desec';
export { duckdnsRecordSchema } from './ddns-providers/duckdns';
export { dyndns2RecordSchema } from './ddns-providers/dyndns2';
export {
  DDNS_RECORD_TYPES,
  type DdnsRecordType,
  dnsNameSchema,
  RECORD_ADDRESSES,
  type RecordAddress,
  recordAddressOf,
} from './ddns-providers/fields';
export { rfc2136RecordSchema } from './ddns-providers/rfc2136';

/** Every provider's id, in the specs' order (ddns-providers/index.ts). */
export type DdnsProviderId = (typeof RECORD_SCHEMAS)[number]['shape']['provider']['_zod']['output'];
export const DDNS_PROVIDERS: readonly DdnsProviderId[] = DDNS_SPECS.map((s) => s.id as DdnsProviderId);

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
  // Any provider whose record names its zone and its host name: the name must be in the zone.
  const zone = text('zone');
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
