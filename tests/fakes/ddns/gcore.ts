/**
 * A stand-in for Gcore's DNS API v2, from its documentation (https://gcore.com/docs/api-reference/dns:
 * RRsets, "Get RRset", "Create RRset" (POST), "Update RRset" (PUT) of
 * /dns/v2/zones/{zoneName}/{rrsetName}/{rrsetType}; https://gcore.com/docs/developer-tools/rest-api/authentication
 * and .../error-handling: `Authorization: APIKey <token>`, a 401 {"exception_class","message","request_id"}
 * whose message "Bad permanent token: <id>" names the token's part before its "$") and
 * jeessy2/ddns-go's request code (dns/gcore.go: POST to make, PUT to change
 * {ttl,resource_records:[{content:[ip],enabled:true}]}).
 *
 * Quirks kept: the DNS API's own errors are {"error":"..."}: 404 "record is not found" for an
 * RRset that does not exist (on GET and PUT), 404 "zone is not found", 400 for a body it cannot
 * take or a POST of an RRset that exists; the RRset is named by its full name (the zone's own name
 * for the apex); a record may be switched off (enabled false) and is then not served.
 *
 *   GET  /dns/v2/zones/{zone}/{name}/{type}   200 {name,type,ttl,resource_records:[{id,content,enabled,meta}],meta}
 *   POST /dns/v2/zones/{zone}/{name}/{type}   {ttl,resource_records} 200 the RRset
 *   PUT  /dns/v2/zones/{zone}/{name}/{type}   {ttl,resource_records} 200 the RRset
 */
import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, subOf, type Zone } from '../ddns-zone';

export interface GcoreStandIn extends HttpStandIn {
  zone: Zone;
  /** Content of records switched off (enabled false), by "name type": kept, never served. */
  off: Map<string, string[]>;
}

const json = (status: number, body: unknown): Reply => ({
  status,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});
const dnsError = (status: number, error: string): Reply => json(status, { error });

function parse(body: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(body);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The records' contents and whether each is on, or null when `v` is not a list of {content:[one string]}. */
function recordsOf(v: unknown): { content: string; enabled: boolean }[] | null {
  if (!Array.isArray(v) || v.length === 0) return null;
  const out = [];
  for (const rr of v) {
    const c = (rr as { content?: unknown } | null)?.content;
    const enabled = (rr as { enabled?: unknown }).enabled;
    if (!Array.isArray(c) || c.length !== 1 || typeof c[0] !== 'string') return null;
    if (enabled !== undefined && typeof enabled !== 'boolean') return null;
    out.push({ content: c[0], enabled: enabled !== false });
  }
  return out;
}

export async function startGcore(token: string, domain: string): Promise<GcoreStandIn> {
  const zone = createZone(domain);
  const off = new Map<string, string[]>();
  let ids = 100;
  const view = (name: string, type: string) => {
    const on = zone.find(name, type);
    const offs = off.get(`${name} ${type}`) ?? [];
    return {
      name,
      type,
      ttl: on[0]?.ttl ?? 0,
      resource_records: [
        ...on.map((r) => ({ id: Number(r.id) || ids++, content: [r.content], enabled: true, meta: {} })),
        ...offs.map((c) => ({ id: ids++, content: [c], enabled: false, meta: {} })),
      ],
      meta: {},
      updated_at: new Date(0).toISOString(),
    };
  };
  const stand = await startHttpStandIn((req) => {
    if (req.headers.authorization !== `APIKey ${token}`) {
      const given = /^APIKey (.*)$/i.exec(req.headers.authorization ?? '')?.[1];
      const message = given
        ? `Bad permanent token: ${given.split('$')[0]}`
        : 'Authentication credentials were not provided.';
      return json(401, { exception_class: 'AuthenticationFailed', message, request_id: 'af999e5f3b091aad' });
    }
    const [, dns, v2, zones, z, n, type, more] = req.url.pathname.split('/');
    if (dns !== 'dns' || v2 !== 'v2' || zones !== 'zones' || !z || !n || !type || more !== undefined)
      return dnsError(404, 'page not found');
    if (decodeURIComponent(z) !== domain) return dnsError(404, 'zone is not found');
    const name = decodeURIComponent(n).toLowerCase();
    if (subOf(name, domain) === null) return dnsError(400, `rrset name ${name} is not in zone ${domain}`);
    const key = `${name} ${type}`;
    const exists = zone.find(name, type).length > 0 || off.has(key);
    if (req.method === 'GET') return exists ? json(200, view(name, type)) : dnsError(404, 'record is not found');
    if (req.method !== 'POST' && req.method !== 'PUT') return dnsError(405, 'method not allowed');
    const body = parse(req.body);
    const records = recordsOf(body?.resource_records);
    const ttl = body?.ttl;
    if (!body || !records) return dnsError(400, 'resource_records: invalid value');
    if (ttl !== undefined && (typeof ttl !== 'number' || !Number.isInteger(ttl) || ttl < 0))
      return dnsError(400, 'ttl: invalid value');
    if (req.method === 'POST' && exists) return dnsError(400, 'rrset is already exists');
    if (req.method === 'PUT' && !exists) return dnsError(404, 'record is not found');
    for (const r of zone.find(name, type)) zone.records.delete(r.id);
    off.delete(key);
    for (const r of records) {
      if (r.enabled) zone.add({ name, type, content: r.content, ttl: (ttl as number | undefined) ?? 300 });
      else off.set(key, [...(off.get(key) ?? []), r.content]);
    }
    zone.writes++;
    return json(200, view(name, type));
  });
  return Object.assign(stand, { zone, off });
}
