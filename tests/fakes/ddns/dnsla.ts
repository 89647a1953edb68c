/**
 * A stand-in for DNS.LA's open API (api.dns.la), from its documentation's address
 * (https://www.dns.la/docs/ApiDoc; no copy of it was found to read) and the request code of
 * jeessy2/ddns-go (dns/dnsla.go), which is what this follows: qdm12/ddns-updater has no DNS.LA.
 * Its quirks: the key is HTTP Basic APIID:APISecret on every call; every answer is a JSON
 * `{"code":..,"msg":..,"data":..}`, a success code 200; a record's type is a number (1 A, 28 AAAA);
 * the domain itself is the host "@".
 *
 *   no or wrong Basic key             -> HTTP 401 {"code":401,"msg":"认证失败"}
 *   another domain                    -> {"code":404,"msg":"域名不存在"}
 *   PUT of an unknown id              -> {"code":404,"msg":"记录不存在"}
 *   a data not of the type, a bad TTL -> {"code":400,"msg":"参数错误: data"} / "参数错误: ttl"
 */
import { isIP } from 'node:net';

import { basicAuth, type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, fullName, subOf, type Zone } from '../ddns-zone';

export interface DnslaStandIn extends HttpStandIn {
  zone: Zone;
}

const say = (code: number, msg: string, data: unknown = {}, status = 200): Reply => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify({ code, msg, data }),
});

const TYPES: Record<string, string> = { '1': 'A', '28': 'AAAA' };

export async function startDnsla(key: { id: string; secret: string }, domain: string): Promise<DnslaStandIn> {
  const zone = createZone(domain);
  const hostOf = (name: string) => (name === domain ? '@' : subOf(name, domain));
  const view = (id: string) => {
    const r = zone.records.get(id)!;
    const type = Number(Object.keys(TYPES).find((k) => TYPES[k] === r.type));
    return { id: r.id, domainId: '85371689655342080', host: hostOf(r.name), type, data: r.content, ttl: r.ttl };
  };
  const stand = await startHttpStandIn((req) => {
    const pair = basicAuth(req.headers);
    if (!pair || pair[0] !== key.id || pair[1] !== key.secret) return say(401, '认证失败', null, 401);
    if (req.url.pathname === '/api/recordList' && req.method === 'GET') {
      const q = req.url.searchParams;
      if (q.get('domain') !== domain) return say(404, '域名不存在', null);
      const rows = [...zone.records.keys()]
        .map(view)
        .filter(
          (x) => (!q.get('host') || x.host === q.get('host')) && (!q.get('type') || String(x.type) === q.get('type')),
        );
      return say(200, '', { total: rows.length, results: rows });
    }
    if (req.url.pathname !== '/api/record') return say(404, 'Not Found', null, 404);
    if (req.method !== 'PUT' && req.method !== 'POST') return say(405, 'Method Not Allowed', null, 405);
    let b: Record<string, unknown>;
    try {
      b = JSON.parse(req.body) as Record<string, unknown>;
    } catch {
      return say(400, '参数错误', null);
    }
    const type = TYPES[String(b.type)];
    if (!type || typeof b.host !== 'string' || !b.host) return say(400, '参数错误: host/type', null);
    if (isIP(String(b.data)) !== (type === 'A' ? 4 : 6)) return say(400, '参数错误: data', null);
    const ttl = Number(b.ttl ?? 600);
    if (!Number.isInteger(ttl) || ttl < 1 || ttl > 86_400) return say(400, '参数错误: ttl', null);
    const name = fullName(b.host === '@' ? '' : b.host, domain);
    if (req.method === 'PUT') {
      const r = zone.records.get(String(b.id ?? ''));
      if (!r) return say(404, '记录不存在', null);
      Object.assign(r, { name, type, content: String(b.data), ttl });
      zone.writes++;
      return say(200, '', {});
    }
    if (b.domain !== domain) return say(404, '域名不存在', null);
    const made = zone.add({ name, type, content: String(b.data), ttl });
    zone.writes++;
    return say(200, '', { id: made.id });
  });
  return Object.assign(stand, { zone });
}
