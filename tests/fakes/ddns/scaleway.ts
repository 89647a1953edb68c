/**
 * A stand-in for Scaleway's Domains and DNS API, from its documentation
 * (https://www.scaleway.com/en/developers/api/domains-and-dns/: list records, update records,
 * and the API's error format) and qdm12/ddns-updater's request code
 * (internal/provider/providers/scaleway/provider.go): the secret key in X-Auth-Token; an error is
 * {"type","message"} (401 "denied_authentication", 404 "not_found", 400 "invalid_arguments");
 * a record is named relative to the zone ("" for the zone itself); a `set` change replaces the
 * records of its id_fields (name, type), making them when there are none; a TTL below 60 is
 * refused.
 *
 *   GET   /dns-zones/{zone}/records?name=&type=  {records:[{id,name,type,data,ttl}],total_count}
 *   PATCH /dns-zones/{zone}/records  {changes:[{set:{id_fields,records}}]}  {records:[...]}
 */
import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, fullName, subOf, type Zone, type ZoneRecord } from '../ddns-zone';

export interface ScalewayStandIn extends HttpStandIn {
  zone: Zone;
}

const json = (status: number, body: unknown): Reply => ({
  status,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});
const error = (status: number, type: string, message: string): Reply => json(status, { type, message });

/** The one `set` change of a body, or null when the body is not one. */
function setOf(text: string): { name: string; type: string; records: Record<string, unknown>[] } | null {
  try {
    const set = (JSON.parse(text) as { changes?: { set?: Record<string, unknown> }[] }).changes?.[0]?.set;
    const id = set?.id_fields as { name?: unknown; type?: unknown } | undefined;
    if (typeof id?.name !== 'string' || typeof id.type !== 'string' || !Array.isArray(set?.records)) return null;
    return { name: id.name, type: id.type, records: set.records as Record<string, unknown>[] };
  } catch {
    return null;
  }
}

export async function startScaleway(secret: string, domain: string): Promise<ScalewayStandIn> {
  const zone = createZone(domain);
  const shown = (r: ZoneRecord) => ({
    id: r.id,
    name: subOf(r.name, domain),
    type: r.type,
    data: r.content,
    ttl: r.ttl,
  });
  const stand = await startHttpStandIn((req) => {
    if (req.headers['x-auth-token'] !== secret)
      return error(401, 'denied_authentication', 'invalid authentication: authentication is denied');
    const m = /^\/dns-zones\/([^/]+)\/records$/.exec(req.url.pathname);
    if (!m) return error(404, 'not_found', 'resource is not found');
    if (decodeURIComponent(m[1]!) !== domain) return error(403, 'permissions_denied', 'insufficient permissions');
    if (req.method === 'GET') {
      const n = req.url.searchParams.get('name');
      const t = req.url.searchParams.get('type');
      const rows = [...zone.records.values()].filter(
        (r) => (n === null || subOf(r.name, domain) === n) && (!t || r.type === t),
      );
      return json(200, { records: rows.map(shown), total_count: rows.length });
    }
    if (req.method !== 'PATCH') return error(405, 'method_not_allowed', 'method not allowed');
    const set = setOf(req.body);
    if (!set) return error(400, 'invalid_arguments', 'invalid argument(s)');
    for (const x of set.records)
      if (typeof x.data !== 'string' || (x.ttl !== undefined && (typeof x.ttl !== 'number' || x.ttl < 60)))
        return error(400, 'invalid_arguments', 'invalid argument(s): records.ttl or records.data');
    const name = fullName(set.name, domain);
    for (const r of zone.find(name, set.type)) zone.records.delete(r.id);
    const made = set.records.map((x) =>
      zone.add({ name, type: set.type, content: x.data as string, ttl: (x.ttl as number | undefined) ?? 3600 }),
    );
    zone.writes++;
    return json(200, { records: made.map(shown) });
  });
  return Object.assign(stand, { zone });
}
