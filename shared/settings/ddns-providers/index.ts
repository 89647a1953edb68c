/**
 * Every DNS provider's spec (spec.ts), one file each: a provider exists when it is listed here and
 * in the engine's registry (electron/engine/ddns/registry.ts), which must name the same set
 * (tests/electron/engine/ddns/registry.test.ts). RECORD_SCHEMAS is the same list's schemas, as
 * the record's union takes them. Pure.
 */
import { cloudflareRecordSchema, cloudflareSpec } from './cloudflare';
import { desecRecordSchema, desecSpec } from './desec';
import { duckdnsRecordSchema, duckdnsSpec } from './duckdns';
import { dyndns2RecordSchema, dyndns2Spec } from './dyndns2';
import { dynv6RecordSchema, dynv6Spec } from './dynv6';
import { freednsRecordSchema, freednsSpec } from './freedns';
import { goipRecordSchema, goipSpec } from './goip';
import { njallaRecordSchema, njallaSpec } from './njalla';
import { ovhRecordSchema, ovhSpec } from './ovh';
import { porkbunRecordSchema, porkbunSpec } from './porkbun';
import { rfc2136RecordSchema, rfc2136Spec } from './rfc2136';
import { route53RecordSchema, route53Spec } from './route53';
import type { DdnsProviderSpec } from './spec';

export const RECORD_SCHEMAS = [
  rfc2136RecordSchema,
  cloudflareRecordSchema,
  dyndns2RecordSchema,
  duckdnsRecordSchema,
  desecRecordSchema,
  porkbunRecordSchema,
  dynv6RecordSchema,
  freednsRecordSchema,
  njallaRecordSchema,
  goipRecordSchema,
  route53RecordSchema,
  ovhRecordSchema,
] as const;

export const DDNS_SPECS = [
  rfc2136Spec,
  cloudflareSpec,
  dyndns2Spec,
  duckdnsSpec,
  desecSpec,
  porkbunSpec,
  dynv6Spec,
  freednsSpec,
  njallaSpec,
  goipSpec,
  route53Spec,
  ovhSpec,
] as const;

/** A provider's spec by its id; undefined for one IPWatch does not know. */
export const specOf = (provider: unknown): DdnsProviderSpec | undefined =>
  (DDNS_SPECS as readonly DdnsProviderSpec[]).find((s) => s.id === provider);
