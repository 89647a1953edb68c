/**
 * A stand-in for HiPM DNSMgr's REST API (a self-hosted DNS manager): no API documentation was
 * found, so this follows the request code of jeessy2/ddns-go (dns/hipmdnsmgr.go) alone;
 * qdm12/ddns-updater has no DNSMgr. Its quirks: `Authorization: Bearer <token>`; every answer a
 * JSON `{"code":..,"msg":..,"data":..}`, 0 a success; the domain is found by name (keyword) and
 * addressed by its numeric id; a record's name is the part before the domain (empty for it).
 *
 *   no or wrong token                 -> HTTP 401 {"code":401,"msg":"Unauthorized"}
 *   another domain id                 -> {"code":404,"msg":"Domain not found"}
 *   PUT of an unknown record id       -> {"code":404,"msg":"Record not found"}
 *   a value not of the type, bad ttl  -> {"code":400,"msg":"Invalid value"} / "Invalid ttl"
 */
import { isIP } from 'node:net';

import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, fullName, subOf, type Zone } from '../ddns-zone';

export interface DnsmgrStandIn extends HttpStandIn {
  zone: Zone;
}

const say = (code: number, msg: string, data: unknown = null, status = 200): Reply => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ code, msg, data }),
});

export async function startHipmDnsmgr(token: string, domain: string): Promise<DnsmgrStandIn> {
  const zone = createZone(domain);
  const DOMAIN_ID = '7';
  const nameOf = (full: string) => (full === domain ? '' : subOf(full, domain));
  const stand = await startHttpStandIn((req) => {
    if (req.headers.authorization !== `Bearer ${token}`) return say(401, 'Unauthorized', null, 401);
    const path = req.url.pathname;
    const q = req.url.searchParams;
    if (path === '/api/domains' && req.method === 'GET') {
      const all = [
        { id: Number(DOMAIN_ID), name: domain, account_id: 1, third_id: 'z1', record_count: zone.records.size },
      ];
      const list = all.filter((d) => !q.get('keyword') || d.name.includes(q.get('keyword')!));
      return say(0, 'success', { list, total: list.length });
    }
    const m = /^\/api\/domains\/([^/]+)\/records(?:\/([^/]+))?$/.exec(path);
    if (!m) return say(404, 'Not Found', null, 404);
    if (m[1] !== DOMAIN_ID) return say(404, 'Domain not found');
    if (req.method === 'GET' && !m[2]) {
      const list = [...zone.records.values()]
        .filter(
          (r) =>
            (!q.has('subdomain') || nameOf(r.name) === q.get('subdomain')) &&
            (!q.get('type') || r.type === q.get('type')),
        )
        .map((r) => ({
          id: r.id,
          name: nameOf(r.name),
          type: r.type,
          value: r.content,
          line: '0',
          ttl: r.ttl,
          status: 1,
        }));
      return say(0, 'success', { total: list.length, list });
    }
    if (!((req.method === 'PUT' && m[2]) || (req.method === 'POST' && !m[2])))
      return say(405, 'Method Not Allowed', null, 405);
    let b: Record<string, unknown>;
    try {
      b = JSON.parse(req.body) as Record<string, unknown>;
    } catch {
      return say(400, 'Invalid JSON');
    }
    if ((b.type !== 'A' && b.type !== 'AAAA') || typeof b.name !== 'string') return say(400, 'Invalid name or type');
    if (isIP(String(b.value)) !== (b.type === 'A' ? 4 : 6)) return say(400, 'Invalid value');
    const ttl = Number(b.ttl);
    if (!Number.isInteger(ttl) || ttl < 1 || ttl > 86_400) return say(400, 'Invalid ttl');
    const fields = { name: fullName(b.name, domain), type: b.type, content: String(b.value), ttl };
    if (req.method === 'PUT') {
      const r = zone.records.get(m[2]!);
      if (!r) return say(404, 'Record not found');
      Object.assign(r, fields);
      zone.writes++;
      return say(0, 'success');
    }
    const made = zone.add(fields);
    zone.writes++;
    return say(0, 'success', { id: made.id });
  });
  return Object.assign(stand, { zone });
}
