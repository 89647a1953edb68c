/**
 * A stand-in for Hetzner's DNS Console API, from its documentation (https://dns.hetzner.com/api-docs:
 * Zones "Get All Zones" with its `name` filter, Records "Get All Records" by zone_id with page and
 * per_page, "Update Record", "Create Record") and qdm12/ddns-updater's request code
 * (internal/provider/providers/hetzner/: the Auth-API-Token header, {zone_id,type,name,value,ttl},
 * 200 and {record} on a write). Quirks kept: the API gateway's 401 {"message":"Invalid
 * authentication credentials"} ("No API key found in request" without the header); the API's own
 * errors as {"error":{"message","code"}}; a zone name that matches none is 404 "zone not found"; a
 * record list in pages (meta.pagination.last_page); an update of a record not in the zone is 404;
 * a write without zone_id, type, name or value is 422.
 */
import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, fullName, subOf, type Zone, type ZoneRecord } from '../ddns-zone';

export interface HetznerStandIn extends HttpStandIn {
  zone: Zone;
  zoneId: string;
}

const json = (status: number, body: unknown): Reply => ({
  status,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});
const error = (status: number, message: string, more: object = {}) =>
  json(status, { ...more, error: { message, code: status } });

function parse(body: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(body);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export async function startHetzner(token: string, domain: string, perPage = 100): Promise<HetznerStandIn> {
  const zone = createZone(domain);
  const zoneId = 'rAn0mZ0n3iD4hetzner';
  const shown = (r: ZoneRecord) => ({
    id: r.id,
    type: r.type,
    name: subOf(r.name, domain) || '@',
    value: r.content,
    ttl: r.ttl,
    zone_id: zoneId,
    created: '2025-01-01 00:00:00.000 +0000 UTC',
    modified: '2025-01-01 00:00:00.000 +0000 UTC',
  });
  const write = (body: Record<string, unknown> | null): Omit<ZoneRecord, 'id'> | Reply => {
    if (!body || typeof body.type !== 'string' || typeof body.name !== 'string' || typeof body.value !== 'string')
      return error(422, '422 Unprocessable Entity: type, name and value are required');
    if (body.zone_id !== zoneId) return error(422, '422 Unprocessable Entity: zone_id is invalid');
    if (body.ttl !== undefined && (!Number.isInteger(body.ttl) || (body.ttl as number) < 0))
      return error(422, '422 Unprocessable Entity: ttl is invalid');
    const ttl = (body.ttl as number | undefined) ?? 86_400;
    return { name: fullName(body.name, domain), type: body.type, content: body.value, ttl };
  };
  const stand = await startHttpStandIn((req) => {
    const auth = req.headers['auth-api-token'];
    if (auth === undefined) return json(401, { message: 'No API key found in request' });
    if (auth !== token) return json(401, { message: 'Invalid authentication credentials' });
    const [, what, id, more] = req.url.pathname.split('/');
    const q = req.url.searchParams;
    if (what === 'zones' && req.method === 'GET' && id === undefined) {
      const name = q.get('name');
      const zones = !name || name === domain ? [{ id: zoneId, name: domain, ttl: 86_400 }] : [];
      const meta = { pagination: { page: 1, per_page: 100, last_page: 1, total_entries: zones.length } };
      return zones.length ? json(200, { zones, meta }) : error(404, 'zone not found', { zones: [], meta });
    }
    if (what !== 'records' || more !== undefined) return error(404, 'not found');
    if (req.method === 'GET' && id === undefined) {
      if (q.get('zone_id') !== zoneId) return error(404, 'zone not found', { records: [] });
      const page = Math.max(1, Number(q.get('page') ?? 1));
      const per = Math.min(perPage, Number(q.get('per_page') ?? perPage));
      const all = [...zone.records.values()].map(shown);
      const meta = { pagination: { page, per_page: per, last_page: Math.max(1, Math.ceil(all.length / per)) } };
      return json(200, {
        records: all.slice((page - 1) * per, page * per),
        meta: { ...meta, total_entries: all.length },
      });
    }
    const made = write(parse(req.body));
    if ('status' in made) return made;
    if (req.method === 'PUT' && id !== undefined) {
      const r = zone.records.get(id);
      if (!r) return error(404, 'record not found', { record: {} });
      Object.assign(r, made);
      zone.writes++;
      return json(200, { record: shown(r) });
    }
    if (req.method === 'POST' && id === undefined) {
      const r = zone.add(made);
      zone.writes++;
      return json(200, { record: shown(r) });
    }
    return error(405, 'method not allowed');
  });
  return Object.assign(stand, { zone, zoneId });
}
