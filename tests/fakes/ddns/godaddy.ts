/**
 * A stand-in for GoDaddy's Domains API v1, from its documentation
 * (https://developer.godaddy.com/doc/endpoint/domains: recordGet, recordReplaceTypeName, the
 * Error and ErrorLimit bodies; "60 requests per minute" under Rate Limits) and the request code of
 * qdm12/ddns-updater (internal/provider/providers/godaddy/provider.go: the sso-key header, a PUT
 * of [{data}], its 403 "Authenticated user is not allowed access") and jeessy2/ddns-go
 * (dns/godaddy.go: [{data,name,ttl,type}], TTL 600 by default; go-acme/lego's providers/dns/godaddy
 * likewise has 600 as its minTTL). Quirks kept: an error is
 * {code,message[,fields]}; a TTL below 600 is 422 INVALID_BODY; a PUT replaces every record of the
 * name and type (making them when none); a domain not in the account is 404 UNKNOWN_DOMAIN; past
 * 60 a minute, 429 TOO_MANY_REQUESTS with retryAfterSec (and Retry-After).
 *
 *   GET /v1/domains/{domain}/records/{type}/{name}             200 [{data,name,ttl,type}]
 *   PUT /v1/domains/{domain}/records/{type}/{name} [{data,ttl}] 200 (empty)
 */
import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, fullName, type Zone } from '../ddns-zone';
import { rateLimit } from './rate-limit';

export interface GoDaddyStandIn extends HttpStandIn {
  zone: Zone;
}

const error = (status: number, code: string, message: string, more: Record<string, unknown> = {}): Reply => ({
  status,
  body: JSON.stringify({ code, message, ...more }),
  headers: { 'content-type': 'application/json' },
});

function parse(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/** The records of a PUT's body, or why GoDaddy refuses it (422 INVALID_BODY). */
function rowsOf(body: unknown): { data: string; ttl: number }[] | string {
  if (!Array.isArray(body) || body.length === 0) return 'request body must be an array of records';
  const rows = body.map((x) => (typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : {}));
  for (const x of rows) {
    if (typeof x.data !== 'string' || x.data === '') return '`data` is required';
    if (x.ttl !== undefined && (typeof x.ttl !== 'number' || x.ttl < 600)) return '`ttl` must be at least 600';
  }
  return rows.map((x) => ({ data: x.data as string, ttl: (x.ttl as number | undefined) ?? 3600 }));
}

export async function startGoDaddy(
  keys: { key: string; secret: string },
  domain: string,
  perMinute = 60,
): Promise<GoDaddyStandIn> {
  const zone = createZone(domain);
  const limit = (left: number) => ({ code: 'TOO_MANY_REQUESTS', message: 'Too many requests', retryAfterSec: left });
  const rate = rateLimit(perMinute, 60, JSON.stringify(limit(60)));
  const stand = await startHttpStandIn((req) => {
    const limited = rate.take();
    if (limited) return { ...limited, body: JSON.stringify(limit(Number(limited.headers!['retry-after']))) };
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('sso-key '))
      return error(401, 'UNABLE_TO_AUTHENTICATE', 'Unauthorized : Authentication info not sent or invalid');
    if (auth !== `sso-key ${keys.key}:${keys.secret}`)
      return error(401, 'UNABLE_TO_AUTHENTICATE', 'Unauthorized : Could not authenticate API key/secret');
    const [, v1, domains, d, records, type, name, more] = req.url.pathname.split('/');
    if (v1 !== 'v1' || domains !== 'domains' || records !== 'records' || !type || !name || more !== undefined)
      return error(404, 'NOT_FOUND', 'The requested resource was not found');
    if (d !== domain)
      return error(404, 'UNKNOWN_DOMAIN', 'The given domain is not registered, or does not have a zone file');
    const sub = decodeURIComponent(name);
    const full = fullName(sub, domain);
    if (req.method === 'GET') {
      const rows = zone.find(full, type).map((r) => ({ data: r.content, name: sub, ttl: r.ttl, type }));
      return { status: 200, body: JSON.stringify(rows), headers: { 'content-type': 'application/json' } };
    }
    if (req.method !== 'PUT') return error(405, 'METHOD_NOT_ALLOWED', 'Method not allowed');
    const rows = rowsOf(parse(req.body));
    if (typeof rows === 'string')
      return error(422, 'INVALID_BODY', 'Request body doesn\u2019t fulfill schema, see details in `fields`', {
        fields: [{ code: 'INVALID', message: rows, path: 'records' }],
      });
    for (const r of zone.find(full, type)) zone.records.delete(r.id);
    for (const r of rows) zone.add({ name: full, type, content: r.data, ttl: r.ttl });
    zone.writes++;
    return { status: 200, body: '' };
  });
  return Object.assign(stand, { zone });
}
