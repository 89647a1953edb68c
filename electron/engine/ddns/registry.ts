/**
 * Every dynamic DNS provider, one file each, behind one registry: a provider exists when it is
 * listed here, and the settings' DDNS_PROVIDERS and this record must name the same set.
 * buildUpdater() turns one record's settings into its updater, or a reason it cannot be built
 * (that record is switched off with it; the others go on).
 */
import type { Reason } from '../../../shared/reason';
import { credentialValues, recordKinds } from '../../../shared/settings/credentials';
import { type DdnsProviderId, ddnsRecordSchema } from '../../../shared/settings/ddns';
import { formatIssues } from '../../../shared/settings/schema-common';
import { hiddenRecordUrlParts } from '../../../shared/settings/url-paths';
import { reason, reasonOfError } from '../reason';
import { resolveSecretRefs, type SecretSource, unresolvedReason } from '../secrets/resolve';
import { cloudflare } from './cloudflare';
import { desec } from './desec';
import { duckdns } from './duckdns';
import { dyndns2 } from './dyndns2';
import { recordDeps } from './leave-from';
import { plugin } from './plugin';
import { aliesa } from './providers/aliesa';
import { aliyun } from './providers/aliyun';
import { allinkl } from './providers/allinkl';
import { baiducloud } from './providers/baiducloud';
import { bunny } from './providers/bunny';
import { changeip } from './providers/changeip';
import { cloudns } from './providers/cloudns';
import { custom } from './providers/custom';
import { dd24 } from './providers/dd24';
import { ddnss } from './providers/ddnss';
import { digitalocean } from './providers/digitalocean';
import { dnsla } from './providers/dnsla';
import { dnsomatic } from './providers/dnsomatic';
import { dnspod } from './providers/dnspod';
import { domeneshop } from './providers/domeneshop';
import { dondominio } from './providers/dondominio';
import { dreamhost } from './providers/dreamhost';
import { dyn } from './providers/dyn';
import { dynadot } from './providers/dynadot';
import { dynu } from './providers/dynu';
import { dynv6 } from './providers/dynv6';
import { easydns } from './providers/easydns';
import { edgeone } from './providers/edgeone';
import { eranet } from './providers/eranet';
import { freedns } from './providers/freedns';
import { gandi } from './providers/gandi';
import { gcore } from './providers/gcore';
import { gcp } from './providers/gcp';
import { gigahostno } from './providers/gigahostno';
import { godaddy } from './providers/godaddy';
import { goip } from './providers/goip';
import { he } from './providers/he';
import { hetzner } from './providers/hetzner';
import { hetznercloud } from './providers/hetznercloud';
import { hipmdnsmgr } from './providers/hipmdnsmgr';
import { hostinger } from './providers/hostinger';
import { huaweicloud } from './providers/huaweicloud';
import { infomaniak } from './providers/infomaniak';
import { inwx } from './providers/inwx';
import { ionos } from './providers/ionos';
import { ipv64 } from './providers/ipv64';
import { linode } from './providers/linode';
import { loopia } from './providers/loopia';
import { luadns } from './providers/luadns';
import { myaddr } from './providers/myaddr';
import { namecheap } from './providers/namecheap';
import { namecom } from './providers/namecom';
import { namesilo } from './providers/namesilo';
import { netcup } from './providers/netcup';
import { njalla } from './providers/njalla';
import { noip } from './providers/noip';
import { nowcn } from './providers/nowcn';
import { nowdns } from './providers/nowdns';
import { nsone } from './providers/nsone';
import { opendns } from './providers/opendns';
import { ovh } from './providers/ovh';
import { porkbun } from './providers/porkbun';
import { rainyun } from './providers/rainyun';
import { route53 } from './providers/route53';
import { scaleway } from './providers/scaleway';
import { selfhostde } from './providers/selfhostde';
import { servercow } from './providers/servercow';
import { spaceship } from './providers/spaceship';
import { spdyn } from './providers/spdyn';
import { strato } from './providers/strato';
import { tencentcloud } from './providers/tencentcloud';
import { tnethk } from './providers/tnethk';
import { variomedia } from './providers/variomedia';
import { vercel } from './providers/vercel';
import { vultr } from './providers/vultr';
import { zoneedit } from './providers/zoneedit';
import { rfc2136 } from './rfc2136';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from './types';

export const DDNS = {
  rfc2136,
  cloudflare,
  dyndns2,
  duckdns,
  desec,
  allinkl,
  changeip,
  cloudns,
  custom,
  digitalocean,
  dnsomatic,
  dyn,
  dynu,
  dynv6,
  freedns,
  gigahostno,
  goip,
  he,
  hetznercloud,
  infomaniak,
  inwx,
  ionos,
  loopia,
  namecom,
  njalla,
  noip,
  nowdns,
  opendns,
  ovh,
  porkbun,
  route53,
  selfhostde,
  spaceship,
  spdyn,
  strato,
  godaddy,
  gandi,
  hetzner,
  bunny,
  hostinger,
  dreamhost,
  variomedia,
  domeneshop,
  zoneedit,
  easydns,
  namecheap,
  dd24,
  ddnss,
  ipv64,
  myaddr,
  vercel,
  linode,
  luadns,
  namesilo,
  scaleway,
  aliyun,
  dnspod,
  tencentcloud,
  netcup,
  dondominio,
  dynadot,
  vultr,
  servercow,
  gcp,
  nsone,
  gcore,
  huaweicloud,
  edgeone,
  aliesa,
  baiducloud,
  dnsla,
  rainyun,
  nowcn,
  eranet,
  tnethk,
  hipmdnsmgr,
  plugin,
} satisfies { [P in DdnsProviderId]: DdnsProvider<P> };

/** `code`: the reason's code when IPWatch words it (a provider's ReasonError); else its English stands. */
export type BuildUpdater =
  | { ok: true; updater: DdnsUpdater; secrets: string[] }
  | { ok: false; reason: string; code?: Reason; secrets: string[] };

/** One record's settings (as stored: secrets may be references) to its updater; never throws. */
export function buildUpdater(raw: Record<string, unknown>, deps: DdnsDeps, source: SecretSource): BuildUpdater {
  const resolved = resolveSecretRefs(raw, source);
  if (!resolved.ok)
    return { ok: false, reason: resolved.reason, code: unresolvedReason(resolved.unresolved), secrets: [] };
  // The record's credentials (shared/settings/credentials.ts) are masked in the logs as its secrets are.
  // A sending URL's path (the custom provider's /u/<token>/) is masked too.
  const secrets = [
    ...resolved.secrets,
    ...credentialValues(recordKinds(raw.provider), resolved.value),
    ...hiddenRecordUrlParts(resolved.value).flatMap((h) => h.secrets),
  ];
  const parsed = ddnsRecordSchema.safeParse(resolved.value);
  if (!parsed.success) {
    // The schema's lines as they are (the English stands); the code lets a page frame them in its language.
    const issues = formatIssues(parsed.error, '(record)').join('; ');
    return { ok: false, reason: issues, code: reason('reason.ddns.badSettings', { issues }), secrets };
  }
  const record = parsed.data;
  try {
    // Each provider takes only its own record type, which indexing by a union cannot say.
    const provider = DDNS[record.provider] as DdnsProvider;
    return { ok: true, updater: provider.create(record as never, recordDeps(deps, record)), secrets };
  } catch (err) {
    const code = reasonOfError(err);
    return { ok: false, reason: err instanceof Error ? err.message : String(err), ...(code ? { code } : {}), secrets };
  }
}
