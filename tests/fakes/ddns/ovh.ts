/**
 * A stand-in for OVHcloud's API (under /1.0), from its documentation
 * (https://help.ovhcloud.com/csm/en-api-getting-started-ovhcloud-api: signing requests; the
 * /domain/zone console at https://eu.api.ovh.com/console/) and qdm12/ddns-updater's request
 * code (internal/provider/providers/ovh/: getrecords.go, updaterecord.go, createrecord.go,
 * refresh.go, headers.go). Each authenticated call's X-Ovh-Signature is checked as OVH checks
 * it: "$1$" + SHA1(AS+CK+METHOD+URL+BODY+TSTAMP) recomputed here with the known secret
 * (node:crypto, apart from the engine's signer); refusals as OVH words them:
 *
 *   unknown application key  -> 403 {"class":"Client::Forbidden","message":"Invalid application key"}
 *   unknown consumer key     -> 403 {"message":"This credential does not exist","errorCode":"INVALID_CREDENTIAL"}
 *   a wrong signature        -> 400 {"message":"Invalid signature","errorCode":"INVALID_SIGNATURE"}
 *   a missing zone or record -> 404 {"class":"Client::NotFound","message":"This service does not exist"}
 *   a TTL under 60 or a bad target -> 400 Client::BadRequest
 *
 *   GET /auth/time; GET|POST /domain/zone/{zone}/record; GET|PUT /domain/zone/{zone}/record/{id};
 *   POST /domain/zone/{zone}/refresh (counted in `refreshes`)
 */
import { createHash } from 'node:crypto';
import { isIP } from 'node:net';

import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, fullName, subOf, type Zone } from '../ddns-zone';

export interface OvhStandIn extends HttpStandIn {
  zone: Zone;
  refreshes: number;
}

const json = (status: number, body: unknown): Reply => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify(body),
});
const refuse = (status: number, cls: string, message: string, errorCode?: string) =>
  json(status, { class: `Client::${cls}`, message, ...(errorCode ? { errorCode, httpCode: `${status}` } : {}) });

export async function startOvh(
  keys: { appKey: string; appSecret: string; consumerKey: string },
  domain: string,
): Promise<OvhStandIn> {
  const zone = createZone(domain);
  let origin = '';
  const view = (id: string) => {
    const r = zone.records.get(id)!;
    return {
      id: Number(r.id),
      zone: domain,
      fieldType: r.type,
      subDomain: subOf(r.name, domain),
      target: r.content,
      ttl: r.ttl,
    };
  };
  const stand = await startHttpStandIn((req) => {
    const path = req.url.pathname.replace(/^\/1\.0/, '');
    if (path === '/auth/time' && req.method === 'GET') return json(200, Math.floor(Date.now() / 1000));
    const h = req.headers;
    if (h['x-ovh-application'] !== keys.appKey) return refuse(403, 'Forbidden', 'Invalid application key');
    if (h['x-ovh-consumer'] !== keys.consumerKey)
      return refuse(403, 'Forbidden', 'This credential does not exist', 'INVALID_CREDENTIAL');
    const text = [
      keys.appSecret,
      keys.consumerKey,
      req.method,
      `${origin}${req.url.pathname}${req.url.search}`,
      req.body,
      String(h['x-ovh-timestamp'] ?? ''),
    ].join('+');
    if (h['x-ovh-signature'] !== `$1$${createHash('sha1').update(text).digest('hex')}`)
      return refuse(400, 'BadRequest', 'Invalid signature', 'INVALID_SIGNATURE');
    const m = /^\/domain\/zone\/([^/]+)\/(record|refresh)(?:\/(\d+))?$/.exec(path);
    if (!m || m[1] !== domain) return refuse(404, 'NotFound', 'This service does not exist');
    const [, , what, id] = m;
    let body: Record<string, unknown> = {};
    if (req.body) {
      try {
        body = JSON.parse(req.body) as Record<string, unknown>;
      } catch {
        return refuse(400, 'BadRequest', 'Invalid JSON received');
      }
    }
    if (what === 'refresh' && req.method === 'POST') {
      (stand as OvhStandIn).refreshes++;
      return json(200, null);
    }
    if (id === undefined && req.method === 'GET') {
      const type = req.url.searchParams.get('fieldType') ?? '';
      const sub = req.url.searchParams.get('subDomain');
      const ids = [...zone.records.values()]
        .filter((r) => (!type || r.type === type) && (sub === null || subOf(r.name, domain) === sub))
        .map((r) => Number(r.id));
      return json(200, ids);
    }
    const bad = checkRecord(body, req.method === 'POST');
    if (bad) return bad;
    if (id === undefined && req.method === 'POST') {
      const made = zone.add({
        name: fullName(String(body.subDomain ?? ''), domain),
        type: String(body.fieldType),
        content: String(body.target),
        ttl: Number(body.ttl ?? 0),
      });
      zone.writes++;
      return json(200, view(made.id));
    }
    const r = id === undefined ? undefined : zone.records.get(id);
    if (!r) return refuse(404, 'NotFound', `The requested object (id = ${id}) does not exist`);
    if (req.method === 'GET') return json(200, view(r.id));
    if (req.method === 'PUT') {
      if (typeof body.target === 'string') r.content = body.target;
      if (typeof body.ttl === 'number') r.ttl = body.ttl;
      zone.writes++;
      return json(200, null);
    }
    return refuse(405, 'MethodNotAllowed', 'Method not allowed');
  });
  origin = stand.url;
  return Object.assign(stand, { zone, refreshes: 0 });

  function checkRecord(body: Record<string, unknown>, creating: boolean): Reply | null {
    if (body.ttl !== undefined && (typeof body.ttl !== 'number' || body.ttl < 60))
      return refuse(400, 'BadRequest', 'Invalid TTL: minimum is 60');
    if (creating && body.fieldType !== 'A' && body.fieldType !== 'AAAA')
      return refuse(400, 'BadRequest', 'Invalid fieldType');
    if (body.target !== undefined && isIP(String(body.target)) === 0)
      return refuse(400, 'BadRequest', `Invalid target ${String(body.target)}`);
    return null;
  }
}
