/**
 * A stand-in for Gandi's LiveDNS API v5, from its documentation (https://api.gandi.net/docs/livedns/:
 * the record set of a name and type, rrset_ttl 300 to 2592000; https://api.gandi.net/docs/authentication/:
 * `Authorization: Bearer <personal access token>`, the deprecated `Apikey <key>`;
 * https://api.gandi.net/docs/reference/: the error body {code,message,object,cause[,errors]} and a
 * rate limit answered 429) and qdm12/ddns-updater's request code
 * (internal/provider/providers/gandi/provider.go: PUT {rrset_values,rrset_ttl}, success only on 201).
 * Quirks kept: a record set that does not exist is 404 on GET; a PUT answers 201 "DNS Record
 * Created" (made or replaced); a domain not at Gandi is 404; a token without the domain's
 * technical rights 403; a TTL below 300 is 400 "Validation error" naming rrset_ttl.
 *
 *   GET /domains/{fqdn}/records/{name}/{type}                     200 {rrset_name,rrset_type,rrset_ttl,rrset_values,rrset_href}
 *   PUT /domains/{fqdn}/records/{name}/{type} {rrset_values,rrset_ttl} 201 {"message":"DNS Record Created"}
 */
import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, fullName, type Zone } from '../ddns-zone';
import { rateLimit } from './rate-limit';

export interface GandiStandIn extends HttpStandIn {
  zone: Zone;
}

const json = (status: number, body: unknown): Reply => ({
  status,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});
const error = (status: number, object: string, cause: string, message: string, more: object = {}): Reply =>
  json(status, { code: status, message, object, cause, ...more });
const invalid = (name: string, description: string) =>
  error(400, 'BadRequest', 'Bad Request', 'Validation error', { errors: [{ location: 'body', name, description }] });

function parse(body: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(body);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * `keys.token` is a personal access token, `keys.apiKey` an old API key; `rights: false` a token
 * without the domain's technical configuration rights (403).
 */
export async function startGandi(
  keys: { token: string; apiKey?: string; rights?: boolean },
  domain: string,
  perMinute = 1000,
): Promise<GandiStandIn> {
  const zone = createZone(domain);
  const rate = rateLimit(
    perMinute,
    60,
    JSON.stringify({
      code: 429,
      message: 'Too many requests',
      object: 'HTTPTooManyRequests',
      cause: 'Too Many Requests',
    }),
  );
  const stand = await startHttpStandIn((req) => {
    const limited = rate.take();
    if (limited) return limited;
    const auth = req.headers.authorization ?? '';
    const known = auth === `Bearer ${keys.token}` || (keys.apiKey !== undefined && auth === `Apikey ${keys.apiKey}`);
    if (!known)
      return error(
        401,
        'HTTPUnauthorized',
        'Unauthorized',
        'The server could not verify that you authorized to access the document you requested.',
      );
    const [, domains, fqdn, records, name, type, more] = req.url.pathname.split('/');
    if (domains !== 'domains' || records !== 'records' || !name || !type || more !== undefined)
      return error(404, 'HTTPNotFound', 'Not Found', 'The resource could not be found.');
    if (fqdn !== domain) return error(404, 'domain', 'Not Found', `Domain ${fqdn ?? ''} not found`);
    if (keys.rights === false) return error(403, 'HTTPForbidden', 'Forbidden', 'Access was denied to this resource.');
    const sub = decodeURIComponent(name);
    const full = fullName(sub, domain);
    if (req.method === 'GET') {
      const rows = zone.find(full, type);
      if (!rows.length)
        return error(404, 'dns-record', 'Not Found', `Can't find the DNS record for ${sub} in ${domain}`);
      return json(200, {
        rrset_name: sub,
        rrset_type: type,
        rrset_ttl: rows[0]!.ttl,
        rrset_values: rows.map((r) => r.content),
        rrset_href: `https://api.gandi.net/v5/livedns/domains/${domain}/records/${sub}/${type}`,
      });
    }
    if (req.method !== 'PUT') return error(405, 'HTTPMethodNotAllowed', 'Method Not Allowed', 'Method not allowed');
    const body = parse(req.body);
    const values = body?.rrset_values;
    if (!Array.isArray(values) || values.length === 0 || !values.every((v) => typeof v === 'string'))
      return invalid('rrset_values', 'Required');
    const ttl = body?.rrset_ttl ?? 10_800;
    if (typeof ttl !== 'number' || !Number.isInteger(ttl) || ttl < 300 || ttl > 2_592_000)
      return invalid('rrset_ttl', 'Must be greater than or equal to 300 and less than or equal to 2592000.');
    for (const r of zone.find(full, type)) zone.records.delete(r.id);
    for (const v of values as string[]) zone.add({ name: full, type, content: v, ttl });
    zone.writes++;
    return json(201, { message: 'DNS Record Created' });
  });
  return Object.assign(stand, { zone });
}
