/**
 * A stand-in for Linode's (Akamai Cloud's) API v4 for Domains, from its documentation
 * (https://techdocs.akamai.com/linode-api/reference/get-domains, get-domain-records,
 * put-domain-record, post-domain-record, "Errors" and "Rate limits") and qdm12/ddns-updater's
 * request code (internal/provider/providers/linode/provider.go): a Bearer token; an error is
 * {"errors":[{"reason","field"?}]} (401 "Invalid Token", 404 "Not found", 400 with the field);
 * GET /domains filtered by an X-Filter header ({"domain":"example.org"}); a record's name is
 * relative to the domain ("" for the domain itself); ttl_sec is rounded up to the next of Linode's
 * steps (0 is the domain's default); paginated GETs are limited to 200 a minute, past it 429
 * with Retry-After.
 *
 *   GET  /domains                      {data:[{id,domain,type,status}],page,pages,results}
 *   GET  /domains/{id}/records         {data:[{id,name,type,target,ttl_sec}],...}
 *   PUT  /domains/{id}/records/{rid}   {target?,ttl_sec?}       200 the record
 *   POST /domains/{id}/records         {type,name,target,ttl_sec?} 200 the record
 */
import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, fullName, subOf, type Zone, type ZoneRecord } from '../ddns-zone';
import { rateLimit } from './rate-limit';

export interface LinodeStandIn extends HttpStandIn {
  zone: Zone;
}

const DOMAIN_ID = 1234;
const STEPS = [30, 120, 300, 3600, 7200, 14400, 28800, 57600, 86400, 172800, 345600, 604800, 1209600, 2419200];

const json = (status: number, body: unknown): Reply => ({
  status,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});
const errors = (status: number, reason: string, field?: string): Reply =>
  json(status, { errors: [{ reason, ...(field ? { field } : {}) }] });
const page = (data: unknown[]) => json(200, { data, page: 1, pages: 1, results: data.length });

/** Linode's TTL: one of its steps, a value between two rounded up; 0 the domain's default. */
const rounded = (ttl: number): number => (ttl <= 0 ? 0 : (STEPS.find((s) => s >= ttl) ?? STEPS.at(-1)!));

function parse(body: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(body);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export async function startLinode(token: string, domain: string, perMinute = 200): Promise<LinodeStandIn> {
  const zone = createZone(domain);
  const rate = rateLimit(perMinute, 60, JSON.stringify({ errors: [{ reason: 'Too Many Requests' }] }));
  const shown = (r: ZoneRecord) => ({
    id: Number(r.id),
    name: subOf(r.name, domain),
    type: r.type,
    target: r.content,
    ttl_sec: r.ttl,
  });
  const address = (type: string, v: unknown) =>
    typeof v === 'string' && (type === 'A' ? /^\d+\.\d+\.\d+\.\d+$/.test(v) : v.includes(':'));
  const stand = await startHttpStandIn((req) => {
    if (req.headers.authorization !== `Bearer ${token}`) return errors(401, 'Invalid Token');
    const [, domains, id, records, rid, ...more] = req.url.pathname.split('/');
    if (domains !== 'domains' || more.length) return errors(404, 'Not found');
    if (req.method === 'GET' && (!id || (records === 'records' && !rid))) {
      const limited = rate.take();
      if (limited) return limited;
    }
    if (!id && req.method === 'GET') {
      let filter: Record<string, unknown> | null = {};
      if (req.headers['x-filter'] !== undefined) filter = parse(String(req.headers['x-filter']));
      if (!filter) return errors(400, 'Must be valid JSON', 'X-Filter');
      const all = [{ id: DOMAIN_ID, domain, type: 'master', status: 'active' }];
      return page(all.filter((d) => filter.domain === undefined || filter.domain === d.domain));
    }
    if (Number(id) !== DOMAIN_ID || records !== 'records') return errors(404, 'Not found');
    if (req.method === 'GET' && !rid) return page([...zone.records.values()].map(shown));
    const body = parse(req.body);
    if (!body) return errors(400, 'Malformed JSON');
    const ttl = body.ttl_sec === undefined ? undefined : Number(body.ttl_sec);
    if (ttl !== undefined && !Number.isInteger(ttl)) return errors(400, 'Must be an integer', 'ttl_sec');
    if (req.method === 'POST' && !rid) {
      const type = String(body.type ?? '');
      if (type !== 'A' && type !== 'AAAA') return errors(400, 'type is required', 'type');
      if (!address(type, body.target)) return errors(400, `Invalid ${type} target`, 'target');
      const name = typeof body.name === 'string' ? body.name : '';
      const made = zone.add({
        name: fullName(name, domain),
        type,
        content: String(body.target),
        ttl: rounded(ttl ?? 0),
      });
      zone.writes++;
      return json(200, shown(made));
    }
    if (req.method === 'PUT' && rid) {
      const r = zone.records.get(rid);
      if (!r) return errors(404, 'Not found');
      if (body.target !== undefined && !address(r.type, body.target))
        return errors(400, `Invalid ${r.type} target`, 'target');
      if (body.target !== undefined) r.content = String(body.target);
      if (ttl !== undefined) r.ttl = rounded(ttl);
      zone.writes++;
      return json(200, shown(r));
    }
    return errors(405, 'Method Not Allowed');
  });
  return Object.assign(stand, { zone });
}
