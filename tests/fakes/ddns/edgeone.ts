/**
 * A stand-in for Tencent Cloud EdgeOne's DNS record API (teo.tencentcloudapi.com, version
 * 2022-09-01), from its documentation (https://www.tencentcloud.com/document/api/1145:
 * DescribeZones, DescribeDnsRecords, ModifyDnsRecords, CreateDnsRecord, the DnsRecord data type
 * and the common error codes; Signature v3) and jeessy2/ddns-go's request code (dns/edgeone.go,
 * util/tencent_cloud_signer.go; qdm12/ddns-updater has no EdgeOne provider). The TC3 signature is
 * checked as tests/fakes/ddns/tencentcloud.ts checks it, for the service "teo". Every answer is a
 * 200, a refusal in Response.Error:
 *
 *   an unknown SecretId / a wrong signature -> AuthFailure.SecretIdNotFound / AuthFailure.SignatureFailure
 *   another site's ZoneId                   -> ResourceNotFound (the site does not exist)
 *   a record id not in the site             -> ResourceNotFound (the record does not exist)
 *   a TTL outside 60-86400, a bad Content   -> InvalidParameter
 *   the same name, type and content twice   -> ResourceInUse.DuplicateName
 *   a record's Status                       -> "enable" (a disabled one serves nothing)
 */
import { isIP } from 'node:net';

import { type HttpStandIn, startHttpStandIn } from '../ddns-http';
import { createZone, subOf, type Zone, type ZoneRecord } from '../ddns-zone';
import { refuse, reply, tc3Refusal } from './tencentcloud';

export interface EdgeOneStandIn extends HttpStandIn {
  zone: Zone;
}

const ZONE_ID = 'zone-2o1t24kgy362';

export async function startEdgeOne(
  key: { secretId: string; secretKey: string },
  domain: string,
): Promise<EdgeOneStandIn> {
  const zone = createZone(domain);
  const locations = new Map<string, string>();
  const view = (r: ZoneRecord) => ({
    ZoneId: ZONE_ID,
    RecordId: r.id,
    Name: r.name,
    Type: r.type,
    Location: locations.get(r.id) ?? 'Default',
    Content: r.content,
    TTL: r.ttl,
    Weight: -1,
    Priority: 0,
    Status: 'enable',
  });
  const check = (x: Record<string, unknown>) => {
    if (x.Type !== 'A' && x.Type !== 'AAAA') return refuse('InvalidParameter', 'The record type is invalid.');
    if (typeof x.Name !== 'string' || subOf(x.Name, domain) === null)
      return refuse('InvalidParameter', 'The record name is invalid.');
    if (isIP(String(x.Content)) !== (x.Type === 'A' ? 4 : 6))
      return refuse('InvalidParameter', 'The record content is invalid.');
    const ttl = x.TTL ?? 300;
    if (typeof ttl !== 'number' || !Number.isInteger(ttl) || ttl < 60 || ttl > 86_400)
      return refuse('InvalidParameter', 'The TTL must be 60 to 86400.');
    return null;
  };
  const stand = await startHttpStandIn((req) => {
    const refused = tc3Refusal(req, key, 'teo');
    if (refused) return refused;
    if (req.headers['x-tc-version'] !== '2022-09-01')
      return refuse('InvalidParameterValue', 'The version is not supported.');
    let p: Record<string, unknown>;
    try {
      p = JSON.parse(req.body) as Record<string, unknown>;
    } catch {
      return refuse('FailedOperation', 'The request body is not JSON.');
    }
    const filters = Array.isArray(p.Filters) ? (p.Filters as { Name?: unknown; Values?: unknown[] }[]) : [];
    const filter = (name: string) => filters.find((f) => f.Name === name)?.Values?.map(String);
    const action = String(req.headers['x-tc-action'] ?? '');
    if (action === 'DescribeZones') {
      const names = filter('zone-name');
      const zones = !names || names.includes(domain) ? [{ ZoneId: ZONE_ID, ZoneName: domain, Status: 'active' }] : [];
      return reply({ TotalCount: zones.length, Zones: zones });
    }
    if (p.ZoneId !== ZONE_ID) return refuse('ResourceNotFound', 'The site does not exist.');
    if (action === 'DescribeDnsRecords') {
      const names = filter('name');
      const types = filter('type');
      const rows = [...zone.records.values()]
        .filter((r) => (!names || names.includes(r.name)) && (!types || types.includes(r.type)))
        .map(view);
      return reply({ TotalCount: rows.length, DnsRecords: rows });
    }
    if (action === 'ModifyDnsRecords') {
      const list = Array.isArray(p.DnsRecords) ? (p.DnsRecords as Record<string, unknown>[]) : [];
      if (list.length === 0) return refuse('MissingParameter', 'DnsRecords is missing.');
      for (const x of list) {
        if (!zone.records.get(String(x.RecordId))) return refuse('ResourceNotFound', 'The record does not exist.');
        const bad = check(x);
        if (bad) return bad;
      }
      for (const x of list) {
        const r = zone.records.get(String(x.RecordId))!;
        Object.assign(r, { content: String(x.Content), ttl: Number(x.TTL ?? r.ttl) });
        if (typeof x.Location === 'string') locations.set(r.id, x.Location);
      }
      zone.writes++;
      return reply({});
    }
    if (action !== 'CreateDnsRecord') return refuse('InvalidAction', 'The action is not found.');
    const bad = check(p);
    if (bad) return bad;
    const name = String(p.Name);
    if (zone.find(name, String(p.Type)).some((r) => r.content === p.Content))
      return refuse('ResourceInUse.DuplicateName', 'The record already exists.');
    const made = zone.add({ name, type: String(p.Type), content: String(p.Content), ttl: Number(p.TTL ?? 300) });
    locations.set(made.id, typeof p.Location === 'string' ? p.Location : 'Default');
    zone.writes++;
    return reply({ RecordId: made.id });
  });
  return Object.assign(stand, { zone });
}
