/**
 * A stand-in for IONOS's hosting DNS API v1, from its documentation
 * (https://developer.hosting.ionos.com/docs/dns, the OpenAPI of /dns/v1) and qdm12/ddns-updater's
 * request code (internal/provider/providers/ionos/get.go, create.go, update.go): the key
 * "prefix.secret" in X-API-Key; errors are a JSON list of {code, message}, a wrong key 401
 * UNAUTHORIZED, an unknown zone or record 404 NOT_FOUND, a wrong body 400 INVALID_RECORD; a TTL
 * below 60 is refused. The hosting API answers 429 when throttled; its docs read give no figure,
 * so the stand-in's limit (`limit` per minute) is a parameter.
 *
 *   GET  /zones                                   [{id,name,type}]
 *   GET  /zones/{zoneId}?recordName=&recordType=  {id,name,type,records:[...]}
 *   PUT  /zones/{zoneId}/records/{id}  {content,ttl,prio,disabled}          200 {record}
 *   POST /zones/{zoneId}/records      [{name,type,content,ttl,prio,disabled}] 201 [records]
 */
import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, type Zone } from '../ddns-zone';
import { rateLimit } from './rate-limit';

export interface IonosStandIn extends HttpStandIn {
  zone: Zone;
}

const ZONE_ID = '11af3414-ebba-11e9-8df5-66fbe8a334b4';
const json = (status: number, body: unknown): Reply => ({
  status,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});
const error = (status: number, code: string, message: string): Reply => json(status, [{ code, message }]);

/** A record as IONOS shows it. */
const shown = (r: { id: string; name: string; type: string; content: string; ttl: number }, zone: string) => ({
  ...r,
  rootName: zone,
  prio: 0,
  disabled: false,
  changeDate: '2026-01-01T00:00:00.000Z',
});

function parse(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

const validRecord = (x: Record<string, unknown>): boolean =>
  typeof x.content === 'string' &&
  x.content !== '' &&
  (x.ttl === undefined || (Number(x.ttl) >= 60 && Number(x.ttl) <= 86_400));

export async function startIonos(apiKey: string, domain: string, limit = 60): Promise<IonosStandIn> {
  const zone = createZone(domain);
  const rate = rateLimit(limit, 60, JSON.stringify([{ code: 'TOO_MANY_REQUESTS', message: 'Too many requests.' }]));
  const stand = await startHttpStandIn((req) => {
    const limited = rate.take();
    if (limited) return limited;
    if (req.headers['x-api-key'] !== apiKey)
      return error(401, 'UNAUTHORIZED', 'The customer is not authorized to do this operation.');
    const [, zones, zoneId, records, id] = req.url.pathname.split('/');
    if (zones !== 'zones') return error(404, 'NOT_FOUND', 'The requested resource does not exist.');
    if (!zoneId && req.method === 'GET') return json(200, [{ id: ZONE_ID, name: domain, type: 'NATIVE' }]);
    if (zoneId !== ZONE_ID) return error(404, 'ZONE_NOT_FOUND', 'Zone not found.');
    if (!records && req.method === 'GET') {
      const name = req.url.searchParams.get('recordName');
      const type = req.url.searchParams.get('recordType');
      const rows = [...zone.records.values()].filter((r) => (!name || r.name === name) && (!type || r.type === type));
      return json(200, { id: ZONE_ID, name: domain, type: 'NATIVE', records: rows.map((r) => shown(r, domain)) });
    }
    if (records !== 'records') return error(404, 'NOT_FOUND', 'The requested resource does not exist.');
    const body = parse(req.body);
    if (req.method === 'PUT' && id) {
      const r = zone.records.get(id);
      if (!r) return error(404, 'RECORD_NOT_FOUND', 'Record not found.');
      const x = (body ?? {}) as Record<string, unknown>;
      if (!validRecord(x)) return error(400, 'INVALID_RECORD', 'Record is invalid.');
      Object.assign(r, { content: x.content, ...(x.ttl === undefined ? {} : { ttl: Number(x.ttl) }) });
      zone.writes++;
      return json(200, shown(r, domain));
    }
    if (req.method === 'POST' && !id) {
      if (!Array.isArray(body) || body.length === 0) return error(400, 'INVALID_RECORD', 'Record is invalid.');
      const made = [];
      for (const x of body as Record<string, unknown>[]) {
        const name = String(x.name ?? '').toLowerCase();
        if (!validRecord(x) || typeof x.type !== 'string' || !(name === domain || name.endsWith(`.${domain}`)))
          return error(400, 'INVALID_RECORD', 'Record is invalid.');
        made.push(zone.add({ name, type: x.type, content: String(x.content), ttl: Number(x.ttl ?? 3600) }));
      }
      zone.writes++;
      return json(
        201,
        made.map((r) => shown(r, domain)),
      );
    }
    return error(405, 'METHOD_NOT_ALLOWED', 'Method not allowed.');
  });
  return Object.assign(stand, { zone });
}
