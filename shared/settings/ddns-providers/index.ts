/**
 * Every DNS provider's spec (spec.ts), one file each: a provider exists when it is listed here and
 * in the engine's registry (electron/engine/ddns/registry.ts), which must name the same set
 * (tests/electron/engine/ddns/registry.test.ts). RECORD_SCHEMAS is the same list's schemas, as
 * the record's union takes them. Pure.
 */
import { aliesaRecordSchema, aliesaSpec } from './aliesa';
import { aliyunRecordSchema, aliyunSpec } from './aliyun';
import { allinklRecordSchema, allinklSpec } from './allinkl';
import { baiducloudRecordSchema, baiducloudSpec } from './baiducloud';
import { bunnyRecordSchema, bunnySpec } from './bunny';
import { changeipRecordSchema, changeipSpec } from './changeip';
import { cloudflareRecordSchema, cloudflareSpec } from './cloudflare';
import { cloudnsRecordSchema, cloudnsSpec } from './cloudns';
import { customRecordSchema, customSpec } from './custom';
import { dd24RecordSchema, dd24Spec } from './dd24';
import { ddnssRecordSchema, ddnssSpec } from './ddnss';
import { desecRecordSchema, desecSpec } from './desec';
import { digitaloceanRecordSchema, digitaloceanSpec } from './digitalocean';
import { dnslaRecordSchema, dnslaSpec } from './dnsla';
import { dnsomaticRecordSchema, dnsomaticSpec } from './dnsomatic';
import { dnspodRecordSchema, dnspodSpec } from './dnspod';
import { domeneshopRecordSchema, domeneshopSpec } from './domeneshop';
import { dondominioRecordSchema, dondominioSpec } from './dondominio';
import { dreamhostRecordSchema, dreamhostSpec } from './dreamhost';
import { duckdnsRecordSchema, duckdnsSpec } from './duckdns';
import { dynRecordSchema, dynSpec } from './dyn';
import { dynadotRecordSchema, dynadotSpec } from './dynadot';
import { dyndns2RecordSchema, dyndns2Spec } from './dyndns2';
import { dynuRecordSchema, dynuSpec } from './dynu';
import { dynv6RecordSchema, dynv6Spec } from './dynv6';
import { easydnsRecordSchema, easydnsSpec } from './easydns';
import { edgeoneRecordSchema, edgeoneSpec } from './edgeone';
import { eranetRecordSchema, eranetSpec } from './eranet';
import { freednsRecordSchema, freednsSpec } from './freedns';
import { gandiRecordSchema, gandiSpec } from './gandi';
import { gcoreRecordSchema, gcoreSpec } from './gcore';
import { gcpRecordSchema, gcpSpec } from './gcp';
import { gigahostnoRecordSchema, gigahostnoSpec } from './gigahostno';
import { godaddyRecordSchema, godaddySpec } from './godaddy';
import { goipRecordSchema, goipSpec } from './goip';
import { heRecordSchema, heSpec } from './he';
import { hetznerRecordSchema, hetznerSpec } from './hetzner';
import { hetznercloudRecordSchema, hetznercloudSpec } from './hetznercloud';
import { hipmdnsmgrRecordSchema, hipmdnsmgrSpec } from './hipmdnsmgr';
import { hostingerRecordSchema, hostingerSpec } from './hostinger';
import { huaweicloudRecordSchema, huaweicloudSpec } from './huaweicloud';
import { infomaniakRecordSchema, infomaniakSpec } from './infomaniak';
import { inwxRecordSchema, inwxSpec } from './inwx';
import { ionosRecordSchema, ionosSpec } from './ionos';
import { ipv64RecordSchema, ipv64Spec } from './ipv64';
import { linodeRecordSchema, linodeSpec } from './linode';
import { loopiaRecordSchema, loopiaSpec } from './loopia';
import { luadnsRecordSchema, luadnsSpec } from './luadns';
import { myaddrRecordSchema, myaddrSpec } from './myaddr';
import { namecheapRecordSchema, namecheapSpec } from './namecheap';
import { namecomRecordSchema, namecomSpec } from './namecom';
import { namesiloRecordSchema, namesiloSpec } from './namesilo';
import { netcupRecordSchema, netcupSpec } from './netcup';
import { njallaRecordSchema, njallaSpec } from './njalla';
import { noipRecordSchema, noipSpec } from './noip';
import { nowcnRecordSchema, nowcnSpec } from './nowcn';
import { nowdnsRecordSchema, nowdnsSpec } from './nowdns';
import { nsoneRecordSchema, nsoneSpec } from './nsone';
import { opendnsRecordSchema, opendnsSpec } from './opendns';
import { ovhRecordSchema, ovhSpec } from './ovh';
import { pluginRecordSchema, pluginSpec } from './plugin';
import { porkbunRecordSchema, porkbunSpec } from './porkbun';
import { rainyunRecordSchema, rainyunSpec } from './rainyun';
import { rfc2136RecordSchema, rfc2136Spec } from './rfc2136';
import { route53RecordSchema, route53Spec } from './route53';
import { scalewayRecordSchema, scalewaySpec } from './scaleway';
import { selfhostdeRecordSchema, selfhostdeSpec } from './selfhostde';
import { servercowRecordSchema, servercowSpec } from './servercow';
import { spaceshipRecordSchema, spaceshipSpec } from './spaceship';
import { spdynRecordSchema, spdynSpec } from './spdyn';
import type { DdnsProviderSpec } from './spec';
import { stratoRecordSchema, stratoSpec } from './strato';
import { tencentcloudRecordSchema, tencentcloudSpec } from './tencentcloud';
import { tnethkRecordSchema, tnethkSpec } from './tnethk';
import { variomediaRecordSchema, variomediaSpec } from './variomedia';
import { vercelRecordSchema, vercelSpec } from './vercel';
import { vultrRecordSchema, vultrSpec } from './vultr';
import { zoneeditRecordSchema, zoneeditSpec } from './zoneedit';

export const RECORD_SCHEMAS = [
  rfc2136RecordSchema,
  cloudflareRecordSchema,
  dyndns2RecordSchema,
  duckdnsRecordSchema,
  desecRecordSchema,
  allinklRecordSchema,
  changeipRecordSchema,
  cloudnsRecordSchema,
  customRecordSchema,
  digitaloceanRecordSchema,
  dnsomaticRecordSchema,
  dynRecordSchema,
  dynuRecordSchema,
  dynv6RecordSchema,
  freednsRecordSchema,
  gigahostnoRecordSchema,
  goipRecordSchema,
  heRecordSchema,
  hetznercloudRecordSchema,
  infomaniakRecordSchema,
  inwxRecordSchema,
  ionosRecordSchema,
  loopiaRecordSchema,
  namecomRecordSchema,
  njallaRecordSchema,
  noipRecordSchema,
  nowdnsRecordSchema,
  opendnsRecordSchema,
  ovhRecordSchema,
  porkbunRecordSchema,
  route53RecordSchema,
  selfhostdeRecordSchema,
  spaceshipRecordSchema,
  spdynRecordSchema,
  stratoRecordSchema,
  godaddyRecordSchema,
  gandiRecordSchema,
  hetznerRecordSchema,
  bunnyRecordSchema,
  hostingerRecordSchema,
  dreamhostRecordSchema,
  variomediaRecordSchema,
  domeneshopRecordSchema,
  zoneeditRecordSchema,
  easydnsRecordSchema,
  namecheapRecordSchema,
  dd24RecordSchema,
  ddnssRecordSchema,
  ipv64RecordSchema,
  myaddrRecordSchema,
  vercelRecordSchema,
  linodeRecordSchema,
  luadnsRecordSchema,
  namesiloRecordSchema,
  scalewayRecordSchema,
  aliyunRecordSchema,
  dnspodRecordSchema,
  tencentcloudRecordSchema,
  netcupRecordSchema,
  dondominioRecordSchema,
  dynadotRecordSchema,
  vultrRecordSchema,
  servercowRecordSchema,
  gcpRecordSchema,
  nsoneRecordSchema,
  gcoreRecordSchema,
  huaweicloudRecordSchema,
  edgeoneRecordSchema,
  aliesaRecordSchema,
  baiducloudRecordSchema,
  dnslaRecordSchema,
  rainyunRecordSchema,
  nowcnRecordSchema,
  eranetRecordSchema,
  tnethkRecordSchema,
  hipmdnsmgrRecordSchema,
  pluginRecordSchema,
] as const;

export const DDNS_SPECS = [
  rfc2136Spec,
  cloudflareSpec,
  dyndns2Spec,
  duckdnsSpec,
  desecSpec,
  allinklSpec,
  changeipSpec,
  cloudnsSpec,
  customSpec,
  digitaloceanSpec,
  dnsomaticSpec,
  dynSpec,
  dynuSpec,
  dynv6Spec,
  freednsSpec,
  gigahostnoSpec,
  goipSpec,
  heSpec,
  hetznercloudSpec,
  infomaniakSpec,
  inwxSpec,
  ionosSpec,
  loopiaSpec,
  namecomSpec,
  njallaSpec,
  noipSpec,
  nowdnsSpec,
  opendnsSpec,
  ovhSpec,
  porkbunSpec,
  route53Spec,
  selfhostdeSpec,
  spaceshipSpec,
  spdynSpec,
  stratoSpec,
  godaddySpec,
  gandiSpec,
  hetznerSpec,
  bunnySpec,
  hostingerSpec,
  dreamhostSpec,
  variomediaSpec,
  domeneshopSpec,
  zoneeditSpec,
  easydnsSpec,
  namecheapSpec,
  dd24Spec,
  ddnssSpec,
  ipv64Spec,
  myaddrSpec,
  vercelSpec,
  linodeSpec,
  luadnsSpec,
  namesiloSpec,
  scalewaySpec,
  aliyunSpec,
  dnspodSpec,
  tencentcloudSpec,
  netcupSpec,
  dondominioSpec,
  dynadotSpec,
  vultrSpec,
  servercowSpec,
  gcpSpec,
  nsoneSpec,
  gcoreSpec,
  huaweicloudSpec,
  edgeoneSpec,
  aliesaSpec,
  baiducloudSpec,
  dnslaSpec,
  rainyunSpec,
  nowcnSpec,
  eranetSpec,
  tnethkSpec,
  hipmdnsmgrSpec,
  pluginSpec,
] as const;

/** A provider's spec by its id; undefined for one IPWatch does not know. */
export const specOf = (provider: unknown): DdnsProviderSpec | undefined =>
  (DDNS_SPECS as readonly DdnsProviderSpec[]).find((s) => s.id === provider);
