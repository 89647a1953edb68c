/**
 * A stand-in for Huawei Cloud DNS, from its API reference
 * (https://support.huaweicloud.com/intl/en-us/api-dns/: ListRecordSets, UpdateRecordSet,
 * CreateRecordSet, ListPublicZones, "Error Codes"; the API Gateway's AK/SK signing and its
 * APIGW error codes) and jeessy2/ddns-go's request code (dns/huawei.go, util/huawei_signer.go;
 * qdm12/ddns-updater has no Huawei provider). The Authorization is recomputed here as the gateway
 * does (SDK-HMAC-SHA256 over the signed headers it names, node:crypto, apart from the engine's
 * signer). Its quirks:
 *
 *   a wrong AK or signature  -> 401 {"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information: ..."}
 *   no X-Sdk-Date (20060102T150405Z) -> 401 APIGW.0301 (the real one also refuses one 15 min off)
 *   the list's name filter   -> fuzzy (a name containing it), names whole with a final dot
 *   an unknown zone/record   -> 404 {"code":"DNS.0101"/"DNS.0004","message":...}
 *   a bad body, TTL under 1  -> 400 {"code":"DNS.0002","message":"Invalid request."}
 *   writes                   -> 202 with the record set, status PENDING_UPDATE / PENDING_CREATE
 *
 * A record set here holds one value (the zone's record), all IPWatch writes.
 */
import { createHash, createHmac } from 'node:crypto';
import { isIP } from 'node:net';

import { type HttpStandIn, type Reply, startHttpStandIn, type SeenRequest } from '../ddns-http';
import { createZone, subOf, type Zone, type ZoneRecord } from '../ddns-zone';

export interface HuaweiStandIn extends HttpStandIn {
  zone: Zone;
}

const ZONE_ID = '2c9eb155587194ec01587224c9f90149';
const json = (status: number, body: unknown): Reply => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const dnsError = (status: number, code: string, message: string) => json(status, { code, message });
const gateway = (error_msg: string) =>
  json(401, { error_msg, error_code: 'APIGW.0301', request_id: 'b5f1d9ae3d1e2b2a3c4d5e6f7a8b9c0d' });
const hex = (t: string) => createHash('sha256').update(t).digest('hex');
const esc = (t: string) =>
  encodeURIComponent(t).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The gateway's own check of the signature: null when it holds, else its refusal. */
function refusal(req: SeenRequest, key: { ak: string; sk: string }): Reply | null {
  const auth = /^SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(
    String(req.headers.authorization ?? ''),
  );
  if (!auth) return gateway('Incorrect IAM authentication information: Authorization format incorrect');
  if (auth[1] !== key.ak) return gateway('Incorrect IAM authentication information: get secret failed');
  const date = String(req.headers['x-sdk-date'] ?? '');
  // The gateway also refuses a date 15 minutes from its clock; the keeper's tests run on a fake
  // clock the stand-in does not know, so only the date's form is checked here.
  if (!/^\d{8}T\d{6}Z$/.test(date)) return gateway('Incorrect IAM authentication information: x-sdk-date error');
  const names = auth[2]!.split(';');
  const pairs = [...req.url.searchParams].sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1));
  const path = req.url.pathname
    .split('/')
    .map((s) => esc(decodeURIComponent(s)))
    .join('/');
  const canonical = [
    req.method,
    path.endsWith('/') ? path : `${path}/`,
    pairs.map(([k, v]) => `${esc(k)}=${esc(v)}`).join('&'),
    names.map((n) => `${n}:${String(req.headers[n] ?? '').trim()}\n`).join(''),
    auth[2],
    hex(req.body),
  ].join('\n');
  const toSign = `SDK-HMAC-SHA256\n${date}\n${hex(canonical)}`;
  if (createHmac('sha256', key.sk).update(toSign).digest('hex') !== auth[3])
    return gateway('Incorrect IAM authentication information: verify aksk signature fail');
  return null;
}

export async function startHuawei(key: { ak: string; sk: string }, domain: string): Promise<HuaweiStandIn> {
  const zone = createZone(domain);
  const view = (r: ZoneRecord, status = 'ACTIVE') => ({
    id: r.id,
    name: `${r.name}.`,
    type: r.type,
    ttl: r.ttl,
    records: [r.content],
    status,
    zone_id: ZONE_ID,
    zone_name: `${domain}.`,
    default: false,
  });
  const valid = (b: Record<string, unknown> | null) => {
    if (!b || typeof b.name !== 'string' || (b.type !== 'A' && b.type !== 'AAAA')) return null;
    const records = b.records;
    if (!Array.isArray(records) || records.length !== 1) return null;
    if (isIP(String(records[0])) !== (b.type === 'A' ? 4 : 6)) return null;
    const ttl = b.ttl ?? 300;
    if (typeof ttl !== 'number' || !Number.isInteger(ttl) || ttl < 1) return null;
    if (!b.name.endsWith('.') || subOf(b.name, domain) === null) return null;
    return { name: b.name, type: b.type, content: String(records[0]), ttl };
  };
  const stand = await startHttpStandIn((req) => {
    const refused = refusal(req, key);
    if (refused) return refused;
    const p = req.url.pathname;
    const q = req.url.searchParams;
    if (req.method === 'GET' && p === '/v2.1/recordsets') {
      const name = (q.get('name') ?? '').toLowerCase().replace(/\.$/, '');
      const rows = [...zone.records.values()]
        .filter((r) => r.name.includes(name) && (!q.get('type') || r.type === q.get('type')))
        .map((r) => view(r));
      return json(200, { links: {}, recordsets: rows, metadata: { total_count: rows.length } });
    }
    if (req.method === 'GET' && p === '/v2/zones') {
      const name = (q.get('name') ?? '').replace(/\.$/, '');
      const zones = `${domain}.`.includes(name) ? [{ id: ZONE_ID, name: `${domain}.`, zone_type: 'public' }] : [];
      return json(200, { links: {}, zones, metadata: { total_count: zones.length } });
    }
    const m = /^\/v2\.1\/zones\/([^/]+)\/recordsets(?:\/([^/]+))?$/.exec(p);
    if (!m || (req.method !== 'PUT' && req.method !== 'POST'))
      return dnsError(404, 'APIGW.0101', 'The API does not exist or has not been published in the environment');
    if (m[1] !== ZONE_ID) return dnsError(404, 'DNS.0101', 'The zone does not exist.');
    let body: Record<string, unknown> | null = null;
    try {
      body = JSON.parse(req.body) as Record<string, unknown>;
    } catch {
      /* refused below */
    }
    const set = valid(body);
    if (!set) return dnsError(400, 'DNS.0002', 'Invalid request.');
    if (req.method === 'PUT' && m[2]) {
      const r = zone.records.get(m[2]);
      if (!r) return dnsError(404, 'DNS.0004', 'No record sets found.');
      Object.assign(r, { content: set.content, ttl: set.ttl });
      zone.writes++;
      return json(202, view(r, 'PENDING_UPDATE'));
    }
    if (req.method !== 'POST' || m[2]) return dnsError(400, 'DNS.0002', 'Invalid request.');
    if (zone.find(set.name, set.type).length)
      return dnsError(400, 'DNS.0312', 'Attribute conflicts with Record Set in the zone.');
    const made = zone.add({ name: set.name, type: set.type, content: set.content, ttl: set.ttl });
    zone.writes++;
    return json(202, view(made, 'PENDING_CREATE'));
  });
  return Object.assign(stand, { zone });
}
