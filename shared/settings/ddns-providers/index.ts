/**
 * Every DNS provider's spec (spec.ts), one file each: a provider exists when it is listed here and
 * in the engine's registry (electron/engine/ddns/registry.ts), which must name the same set
 * (tests/electron/engine/ddns/registry.test.ts). RECORD_SCHEMAS is the same list's schemas, as
 * the record's union takes them. Pure.
 */
import { cloudflareRecordSchema, cloudflareSpec } from './cloudflare';
import { customRecordSchema, customSpec } from './custom';
import { desecRecordSchema, desecSpec } from './desec';
import { duckdnsRecordSchema, duckdnsSpec } from './duckdns';
import { dyndns2RecordSchema, dyndns2Spec } from './dyndns2';
import { porkbunRecordSchema, porkbunSpec } from './porkbun';
import { rfc2136RecordSchema, rfc2136Spec } from './rfc2136';
import type { DdnsProviderSpec } from './spec';

export const RECORD_SCHEMAS = [
  rfc2136RecordSchema,
  cloudflareRecordSchema,
  dyndns2RecordSchema,
  duckdnsRecordSchema,
  desecRecordSchema,
  porkbunRecordSchema,
  customRecordSchema,
] as const;

export const DDNS_SPECS = [rfc2136Spec, cloudflareSpec, dyndns2Spec, duckdnsSpec, desecSpec, porkbunSpec, customSpec] as const;

/** A provider's spec by its id; undefined for one IPWatch does not know. */
export const specOf = (provider: unknown): DdnsProviderSpec | undefined =>
  (DDNS_SPECS as readonly DdnsProviderSpec[]).find((s) => s.id === provider);
