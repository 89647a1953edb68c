/**
 * Every DNS provider's spec (spec.ts), one file each: a provider exists when it is listed here and
 * in the engine's registry (electron/engine/ddns/registry.ts), which must name the same set
 * (tests/electron/engine/ddns/registry.test.ts). RECORD_SCHEMAS is the same list's schemas, as
 * the record's union takes them. Pure.
 */
import { allinklRecordSchema, allinklSpec } from './allinkl';
import { changeipRecordSchema, changeipSpec } from './changeip';
import { cloudflareRecordSchema, cloudflareSpec } from './cloudflare';
import { cloudnsRecordSchema, cloudnsSpec } from './cloudns';
import { customRecordSchema, customSpec } from './custom';
import { desecRecordSchema, desecSpec } from './desec';
import { dnsomaticRecordSchema, dnsomaticSpec } from './dnsomatic';
import { digitaloceanRecordSchema, digitaloceanSpec } from './digitalocean';
import { duckdnsRecordSchema, duckdnsSpec } from './duckdns';
import { dynRecordSchema, dynSpec } from './dyn';
import { dyndns2RecordSchema, dyndns2Spec } from './dyndns2';
import { hetznercloudRecordSchema, hetznercloudSpec } from './hetznercloud';
import { ionosRecordSchema, ionosSpec } from './ionos';
import { dynv6RecordSchema, dynv6Spec } from './dynv6';
import { freednsRecordSchema, freednsSpec } from './freedns';
import { goipRecordSchema, goipSpec } from './goip';
import { njallaRecordSchema, njallaSpec } from './njalla';
import { ovhRecordSchema, ovhSpec } from './ovh';
import { porkbunRecordSchema, porkbunSpec } from './porkbun';
import { rfc2136RecordSchema, rfc2136Spec } from './rfc2136';
import { route53RecordSchema, route53Spec } from './route53';
import { dynuRecordSchema, dynuSpec } from './dynu';
import { gigahostnoRecordSchema, gigahostnoSpec } from './gigahostno';
import { heRecordSchema, heSpec } from './he';
import { infomaniakRecordSchema, infomaniakSpec } from './infomaniak';
import { inwxRecordSchema, inwxSpec } from './inwx';
import { loopiaRecordSchema, loopiaSpec } from './loopia';
import { noipRecordSchema, noipSpec } from './noip';
import { nowdnsRecordSchema, nowdnsSpec } from './nowdns';
import { opendnsRecordSchema, opendnsSpec } from './opendns';
import { porkbunRecordSchema, porkbunSpec } from './porkbun';
import { rfc2136RecordSchema, rfc2136Spec } from './rfc2136';
import { selfhostdeRecordSchema, selfhostdeSpec } from './selfhostde';
import { spdynRecordSchema, spdynSpec } from './spdyn';
import { namecomRecordSchema, namecomSpec } from './namecom';
import { porkbunRecordSchema, porkbunSpec } from './porkbun';
import { rfc2136RecordSchema, rfc2136Spec } from './rfc2136';
import { spaceshipRecordSchema, spaceshipSpec } from './spaceship';
import type { DdnsProviderSpec } from './spec';
import { stratoRecordSchema, stratoSpec } from './strato';

export const RECORD_SCHEMAS = [
  rfc2136RecordSchema,
  cloudflareRecordSchema,
  dyndns2RecordSchema,
  duckdnsRecordSchema,
  desecRecordSchema,
  porkbunRecordSchema,
  ionosRecordSchema,
  hetznercloudRecordSchema,
  digitaloceanRecordSchema,
  dynv6RecordSchema,
  freednsRecordSchema,
  njallaRecordSchema,
  goipRecordSchema,
  route53RecordSchema,
  ovhRecordSchema,
  noipRecordSchema,
  dynuRecordSchema,
  dynRecordSchema,
  stratoRecordSchema,
  heRecordSchema,
  dnsomaticRecordSchema,
  opendnsRecordSchema,
  infomaniakRecordSchema,
  inwxRecordSchema,
  loopiaRecordSchema,
  selfhostdeRecordSchema,
  spdynRecordSchema,
  changeipRecordSchema,
  gigahostnoRecordSchema,
  allinklRecordSchema,
  nowdnsRecordSchema,
  cloudnsRecordSchema,
  spaceshipRecordSchema,
  namecomRecordSchema,
] as const;

export const DDNS_SPECS = [
  rfc2136Spec,
  cloudflareSpec,
  dyndns2Spec,
  duckdnsSpec,
  desecSpec,
  porkbunSpec,
  ionosSpec,
  hetznercloudSpec,
  digitaloceanSpec,
  dynv6Spec,
  freednsSpec,
  njallaSpec,
  goipSpec,
  route53Spec,
  ovhSpec,
  noipSpec,
  dynuSpec,
  dynSpec,
  stratoSpec,
  heSpec,
  dnsomaticSpec,
  opendnsSpec,
  infomaniakSpec,
  inwxSpec,
  loopiaSpec,
  selfhostdeSpec,
  spdynSpec,
  changeipSpec,
  gigahostnoSpec,
  allinklSpec,
  nowdnsSpec,
  cloudnsSpec,
  spaceshipSpec,
  namecomSpec,
] as const;
  customRecordSchema,
] as const;

export const DDNS_SPECS = [rfc2136Spec, cloudflareSpec, dyndns2Spec, duckdnsSpec, desecSpec, porkbunSpec, customSpec] as const;

/** A provider's spec by its id; undefined for one IPWatch does not know. */
export const specOf = (provider: unknown): DdnsProviderSpec | undefined =>
  (DDNS_SPECS as readonly DdnsProviderSpec[]).find((s) => s.id === provider);
