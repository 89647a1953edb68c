/**
 * A stand-in for NS1's (IBM NS1 Connect) REST API v1, from its documentation
 * (https://www.ibm.com/docs/en/SSSYGZ/getting_started/using_the_ns1_connect_api.html:
 * the X-NSONE-Key header, https://api.nsone.net/v1, PUT makes a resource and POST changes one;
 * its API reference's Records: view, create, update;
 * https://help.ns1.com/hc/en-us/articles/360020250573-About-API-rate-limiting: a token bucket per
 * route, answered 429 past it with X-RateLimit-Limit/-Remaining/-Period) and jeessy2/ddns-go's
 * request code (dns/nsone.go: GET, then POST to change or PUT to make {answers,domain,ttl,type,zone}).
 * The refusals' words are those ns1/ns1-go's rest/record.go matches: "record not found",
 * "zone not found", "record already exists".
 *
 * Quirks kept: every error is {"message":"..."}; a wrong key is 401 "Unauthorized"; a record that
 * does not exist is 404 on GET and on POST; a PUT of one that exists is 400; a record made
 * without a TTL takes the zone's (3600); a POST replaces the answers (and the TTL when given).
 *
 *   GET  /zones/{zone}/{domain}/{type}   200 {zone,domain,type,ttl,answers:[{id,answer:[...],meta:{}}],filters:[]}
 *   PUT  /zones/{zone}/{domain}/{type}   {zone,domain,type,answers,ttl?} 200 the record
 *   POST /zones/{zone}/{domain}/{type}   {answers?,ttl?}                 200 the record
 */
import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, subOf, type Zone } from '../ddns-zone';
import { rateLimit } from './rate-limit';

export interface NsoneStandIn extends HttpStandIn {
  zone: Zone;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Reply => ({
  status,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...headers },
});
const error = (status: number, message: string): Reply => json(status, { message });

function parse(body: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(body);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The answers' first fields, or null when `v` is not a list of answers each with a one-field `answer`. */
const answersOf = (v: unknown): string[] | null =>
  Array.isArray(v) &&
  v.length > 0 &&
  v.every((a) => {
    const x = (a as { answer?: unknown } | null)?.answer;
    return Array.isArray(x) && x.length === 1 && typeof x[0] === 'string';
  })
    ? v.map((a) => (a as { answer: string[] }).answer[0]!)
    : null;

const validTtl = (t: unknown) => t === undefined || (typeof t === 'number' && Number.isInteger(t) && t >= 0);

export async function startNsone(key: string, domain: string, perPeriod = 900): Promise<NsoneStandIn> {
  const zone = createZone(domain);
  const rate = rateLimit(perPeriod, 300, JSON.stringify({ message: 'rate limit exceeded' }));
  const view = (name: string, type: string) => {
    const rows = zone.find(name, type);
    return {
      id: `${name}/${type}`,
      zone: domain,
      domain: name,
      type,
      ttl: rows[0]?.ttl ?? 3600,
      answers: rows.map((r) => ({ id: r.id, answer: [r.content], meta: {} })),
      filters: [],
      meta: {},
      tier: 1,
    };
  };
  const put = (name: string, type: string, values: string[], ttl: number) => {
    for (const r of zone.find(name, type)) zone.records.delete(r.id);
    for (const v of values) zone.add({ name, type, content: v, ttl });
    zone.writes++;
  };
  const stand = await startHttpStandIn((req) => {
    const limited = rate.take();
    if (limited)
      return {
        ...limited,
        headers: {
          ...limited.headers,
          'x-ratelimit-limit': String(perPeriod),
          'x-ratelimit-remaining': '0',
          'x-ratelimit-period': '300',
        },
      };
    if (req.headers['x-nsone-key'] !== key) return error(401, 'Unauthorized');
    const [, v1, zones, z, d, type, more] = req.url.pathname.split('/');
    if (v1 !== 'v1' || zones !== 'zones' || !z || !d || !type || more !== undefined) return error(404, 'Not Found');
    if (decodeURIComponent(z) !== domain) return error(404, 'zone not found');
    const name = decodeURIComponent(d).toLowerCase();
    if (subOf(name, domain) === null) return error(400, `domain ${name} is not in zone ${domain}`);
    const exists = zone.find(name, type).length > 0;
    if (req.method === 'GET') return exists ? json(200, view(name, type)) : error(404, 'record not found');
    const body = parse(req.body);
    if (!body) return error(400, 'invalid json');
    if (!validTtl(body.ttl)) return error(400, 'ttl must be a non-negative integer');
    if (req.method === 'PUT') {
      if (exists) return error(400, 'record already exists');
      if (body.zone !== domain || body.domain !== name || body.type !== type)
        return error(400, 'zone, domain and type in the body must match the URL');
      const values = answersOf(body.answers);
      if (!values) return error(400, 'a record needs at least one answer');
      put(name, type, values, (body.ttl as number | undefined) ?? 3600);
      return json(200, view(name, type));
    }
    if (req.method === 'POST') {
      if (!exists) return error(404, 'record not found');
      const values = body.answers === undefined ? zone.holds(name, type as 'A') : answersOf(body.answers);
      if (!values) return error(400, 'a record needs at least one answer');
      put(name, type, values, (body.ttl as number | undefined) ?? zone.find(name, type)[0]!.ttl);
      return json(200, view(name, type));
    }
    return error(405, 'Method Not Allowed');
  });
  return Object.assign(stand, { zone });
}
