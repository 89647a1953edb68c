/**
 * A stand-in for Vercel DNS, from its REST API documentation
 * (https://vercel.com/docs/rest-api/reference/endpoints/dns: list, create and update a record;
 * https://vercel.com/docs/rest-api#errors and #rate-limits) and the request code of
 * qdm12/ddns-updater (internal/provider/providers/vercel/*.go) and jeessy2/ddns-go (dns/vercel.go):
 * a Bearer token; `teamId` in the query for a team's domain (a domain of another owner is 403);
 * an error is {"error":{"code","message"}} (403 forbidden "Not authorized", 404 not_found, 400
 * bad_request, 429 rate_limited with x-ratelimit-* headers); a record's name is relative, "" for
 * the domain; the list comes `limit` at a time (20 unless asked), `pagination.next` the `until`
 * of the next page; TTL 60 at least.
 *
 *   GET   /v4/domains/{domain}/records?limit&until  {records:[...],pagination:{count,next,prev}}
 *   PATCH /v1/domains/records/{id}      {type?,value?,ttl?}   {id,name,type,value,ttl,...}
 *   POST  /v2/domains/{domain}/records  {name,type,value,ttl?} {uid,updated}
 */
import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, fullName, subOf, type Zone, type ZoneRecord } from '../ddns-zone';
import { rateLimit } from './rate-limit';

export interface VercelStandIn extends HttpStandIn {
  zone: Zone;
}

const json = (status: number, body: unknown): Reply => ({
  status,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});
const error = (status: number, code: string, message: string): Reply => json(status, { error: { code, message } });

function parse(body: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(body);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const ttlOk = (t: unknown) => t === undefined || (typeof t === 'number' && Number.isInteger(t) && t >= 60);
const valueOk = (type: string, v: unknown) =>
  typeof v === 'string' && (type === 'A' ? /^\d{1,3}(\.\d{1,3}){3}$/.test(v) : type !== 'AAAA' || v.includes(':'));

/** `teamId`: the team owning the domain (the token's own account when undefined); `perWindow` requests a minute. */
export async function startVercel(
  token: string,
  domain: string,
  o: { teamId?: string; perWindow?: number; filler?: number } = {},
): Promise<VercelStandIn> {
  const zone = createZone(domain);
  // Other records the domain holds, so the one asked for may be on a later page.
  for (let i = 0; i < (o.filler ?? 0); i++) zone.add({ name: `txt${i}.${domain}`, type: 'TXT', content: 'x', ttl: 60 });
  const rate = rateLimit(
    o.perWindow ?? 1000,
    60,
    JSON.stringify({ error: { code: 'rate_limited', message: 'Rate limit exceeded' } }),
  );
  // A record's `created` (ms): its place in the zone, so the pages' order is fixed.
  const shown = (r: ZoneRecord, at = [...zone.records.keys()].indexOf(r.id)) => ({
    id: r.id,
    slug: `${subOf(r.name, domain)}.${domain}-${r.type.toLowerCase()}`,
    name: subOf(r.name, domain) ?? '',
    type: r.type,
    value: r.content,
    ttl: r.ttl,
    creator: 'u1',
    created: 1_700_000_000_000 + at,
  });
  const stand = await startHttpStandIn((req) => {
    const limited = rate.take();
    if (limited) return limited;
    if (req.headers.authorization !== `Bearer ${token}`) return error(403, 'forbidden', 'Not authorized');
    if ((req.url.searchParams.get('teamId') ?? undefined) !== o.teamId)
      return error(403, 'forbidden', 'You do not have permission to access this resource.');
    const p = req.url.pathname.split('/').slice(1);
    const body = parse(req.body);
    if (req.method === 'GET' && p[0] === 'v4' && p[1] === 'domains' && p[3] === 'records' && p.length === 4) {
      if (p[2] !== domain) return error(404, 'not_found', 'Domain not found');
      const limit = Math.min(Number(req.url.searchParams.get('limit') ?? 20) || 20, 100);
      const until = Number(req.url.searchParams.get('until') ?? Infinity);
      const all = [...zone.records.values()].map((r, i) => shown(r, i)).sort((a, b) => b.created - a.created);
      const rows = all.filter((r) => r.created < until).slice(0, limit);
      const more = all.filter((r) => r.created < until).length > limit;
      return json(200, {
        records: rows,
        pagination: { count: rows.length, next: more ? rows.at(-1)!.created : null, prev: null },
      });
    }
    if (req.method === 'PATCH' && p[0] === 'v1' && p[1] === 'domains' && p[2] === 'records' && p[3]) {
      const r = zone.records.get(p[3]);
      if (!r) return error(404, 'not_found', 'DNS record not found');
      if (!body || !ttlOk(body.ttl) || (body.value !== undefined && !valueOk(r.type, body.value)))
        return error(400, 'bad_request', 'Invalid request: `value` or `ttl` is not valid.');
      if (body.type !== undefined && body.type !== r.type) return error(400, 'bad_request', 'The type cannot change.');
      Object.assign(
        r,
        body.value === undefined ? {} : { content: body.value },
        body.ttl === undefined ? {} : { ttl: body.ttl },
      );
      zone.writes++;
      return json(200, shown(r));
    }
    if (req.method === 'POST' && p[0] === 'v2' && p[1] === 'domains' && p[3] === 'records' && p.length === 4) {
      if (p[2] !== domain) return error(404, 'not_found', 'Domain not found');
      if (
        !body ||
        typeof body.name !== 'string' ||
        typeof body.type !== 'string' ||
        !valueOk(body.type, body.value) ||
        !ttlOk(body.ttl)
      )
        return error(400, 'bad_request', 'Invalid request: missing or invalid `name`, `type`, `value` or `ttl`.');
      const made = zone.add({
        id: `rec_${zone.records.size + 1}`,
        name: fullName(body.name, domain),
        type: body.type,
        content: body.value as string,
        ttl: (body.ttl as number | undefined) ?? 60,
      });
      zone.writes++;
      return json(200, { uid: made.id, updated: Date.now() });
    }
    return error(404, 'not_found', 'The requested path was not found.');
  });
  return Object.assign(stand, { zone });
}
