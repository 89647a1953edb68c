/**
 * A stand-in for Porkbun's API v3, from its documentation
 * (https://porkbun.com/api/json/v3/documentation) and qdm12/ddns-updater's request code
 * (internal/provider/providers/porkbun/api.go): every call a POST with `apikey` and
 * `secretapikey` in the JSON body; a refusal is HTTP 400 with `{"status":"ERROR","message":...}`
 * ("Invalid API key. (002)"); a domain must have API ACCESS on; TTL below 600 is raised to 600.
 *
 *   POST /dns/retrieveByNameType/{domain}/{type}/{sub?}  {"status":"SUCCESS","records":[...]}
 *   POST /dns/edit/{domain}/{id}   {content,type,ttl,name}  {"status":"SUCCESS"}
 *   POST /dns/create/{domain}      {content,type,ttl,name}  {"status":"SUCCESS","id":N}
 */
import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, fullName, type Zone } from '../ddns-zone';

export interface PorkbunStandIn extends HttpStandIn {
  zone: Zone;
}

const ok = (more: Record<string, unknown> = {}): Reply => ({
  status: 200,
  body: JSON.stringify({ status: 'SUCCESS', ...more }),
});
const error = (message: string, status = 400): Reply => ({
  status,
  body: JSON.stringify({ status: 'ERROR', message }),
});

export async function startPorkbun(keys: { apiKey: string; secret: string }, domain: string): Promise<PorkbunStandIn> {
  const zone = createZone(domain);
  const stand = await startHttpStandIn((req) => {
    if (req.method !== 'POST') return error('Method not allowed.', 405);
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(req.body) as Record<string, unknown>;
    } catch {
      return error('Invalid JSON.');
    }
    if (body.apikey !== keys.apiKey || body.secretapikey !== keys.secret) return error('Invalid API key. (002)');
    const [, dns, action, d, ...rest] = req.url.pathname.split('/');
    if (dns !== 'dns' || !d) return error('Invalid endpoint.', 404);
    if (d !== domain) return error(`Domain is not opted in to API access.`);
    const ttl = Math.max(600, Number(body.ttl ?? 600) || 600);
    const name = fullName(String(body.name ?? ''), domain);
    if (action === 'retrieveByNameType') {
      const [type = '', sub = ''] = rest;
      const records = zone.find(fullName(sub, domain), type).map((r) => ({ ...r, ttl: String(r.ttl), prio: '0' }));
      return ok({ records });
    }
    if (action === 'edit') {
      const r = zone.records.get(rest[0] ?? '');
      if (!r) return error('Edit error: We were unable to edit the DNS record.');
      Object.assign(r, { content: String(body.content), type: String(body.type), ttl, name });
      zone.writes++;
      return ok();
    }
    if (action === 'create') {
      if (typeof body.content !== 'string' || typeof body.type !== 'string')
        return error('Create error: missing fields.');
      const made = zone.add({ name, type: body.type, content: body.content, ttl });
      zone.writes++;
      return ok({ id: Number(made.id) });
    }
    return error('Invalid endpoint.', 404);
  });
  return Object.assign(stand, { zone });
}
