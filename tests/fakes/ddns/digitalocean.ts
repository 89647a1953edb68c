/**
 * A stand-in for DigitalOcean's API v2 domain records, from its documentation
 * (https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domain-Records and the
 * overview's "Rate Limit" and errors) and qdm12/ddns-updater's request code
 * (internal/provider/providers/digitalocean/provider.go): a Bearer token; an error is
 * {"id","message"} (401 unauthorized "Unable to authenticate you", 404 not_found, 422
 * unprocessable_entity); 250 requests a minute (and 5000 an hour), past it 429 too_many_requests
 * with ratelimit-limit/-remaining/-reset headers; TTL 30 at least.
 *
 *   GET  /domains/{domain}/records?name={full}&type=  {domain_records:[...],links,meta}
 *   PUT  /domains/{domain}/records/{id}  {type?,data,ttl?}   {domain_record}
 *   POST /domains/{domain}/records       {type,name,data,ttl} 201 {domain_record}
 */
import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, fullName, subOf, type Zone, type ZoneRecord } from '../ddns-zone';
import { rateLimit } from './rate-limit';

export interface DigitalOceanStandIn extends HttpStandIn {
  zone: Zone;
}

const json = (status: number, body: unknown): Reply => ({
  status,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});
const error = (status: number, id: string, message: string): Reply => json(status, { id, message });

function parse(body: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(body);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export async function startDigitalOcean(token: string, domain: string, perMinute = 250): Promise<DigitalOceanStandIn> {
  const zone = createZone(domain);
  const rate = rateLimit(
    perMinute,
    60,
    JSON.stringify({ id: 'too_many_requests', message: 'API Rate limit exceeded.' }),
  );
  const shown = (r: ZoneRecord) => ({
    id: Number(r.id),
    type: r.type,
    name: subOf(r.name, domain) || '@',
    data: r.content,
    ttl: r.ttl,
    priority: null,
    port: null,
    weight: null,
  });
  const ttlOk = (t: unknown) => t === undefined || (typeof t === 'number' && t >= 30);
  const stand = await startHttpStandIn((req) => {
    const limited = rate.take();
    if (limited) {
      const { 'retry-after': _, ...headers } = limited.headers ?? {};
      return { ...limited, headers: { ...headers, 'ratelimit-limit': String(perMinute), 'ratelimit-remaining': '0' } };
    }
    if (req.headers.authorization !== `Bearer ${token}`)
      return error(401, 'unauthorized', 'Unable to authenticate you');
    const [, domains, d, records, id] = req.url.pathname.split('/');
    if (domains !== 'domains' || records !== 'records')
      return error(404, 'not_found', 'The resource you were accessing could not be found.');
    if (d !== domain) return error(404, 'not_found', 'The resource you were accessing could not be found.');
    if (req.method === 'GET' && !id) {
      const name = req.url.searchParams.get('name');
      const type = req.url.searchParams.get('type');
      const rows = [...zone.records.values()].filter((r) => (!name || r.name === name) && (!type || r.type === type));
      return json(200, { domain_records: rows.map(shown), links: {}, meta: { total: rows.length } });
    }
    const body = parse(req.body);
    if (req.method === 'PUT' && id) {
      const r = zone.records.get(id);
      if (!r) return error(404, 'not_found', 'The resource you were accessing could not be found.');
      if (!body || typeof body.data !== 'string' || !ttlOk(body.ttl))
        return error(422, 'unprocessable_entity', 'Data needs to be a valid address.');
      Object.assign(r, { content: body.data, ...(body.ttl === undefined ? {} : { ttl: body.ttl }) });
      zone.writes++;
      return json(200, { domain_record: shown(r) });
    }
    if (req.method === 'POST' && !id) {
      if (
        !body ||
        typeof body.type !== 'string' ||
        typeof body.name !== 'string' ||
        typeof body.data !== 'string' ||
        !ttlOk(body.ttl)
      )
        return error(422, 'unprocessable_entity', 'Name, type and data are required.');
      const made = zone.add({
        name: fullName(body.name, domain),
        type: body.type,
        content: body.data,
        ttl: (body.ttl as number | undefined) ?? 1800,
      });
      zone.writes++;
      return json(201, { domain_record: shown(made) });
    }
    return error(405, 'method_not_allowed', 'Method not allowed.');
  });
  return Object.assign(stand, { zone });
}
