/**
 * A stand-in for Rainyun's (雨云) API v2 (api.v2.rainyun.com), from the documentation ddns-go cites
 * (https://s.apifox.cn/a4595cc8-44c5-4678-a2a3-eed7738dab03/api-153559362, no copy of it was found to
 * read here) and the request code of jeessy2/ddns-go (dns/rainyun.go), which is what this follows:
 * qdm12/ddns-updater has no Rainyun. Its quirks: the key is the `x-api-key` header; the domain is
 * its numeric ID in the path; every answer is `{"code":..,"message":..,"data":..}`, 200 a success;
 * a record carries a line and a level beside its host, type, value and TTL; "@" is the domain.
 *
 *   no or wrong x-api-key            -> HTTP 401 {"code":401,"message":"未登录或 API 密钥无效"}
 *   another domain ID                -> {"code":404,"message":"域名不存在"}
 *   PATCH of an unknown record_id    -> {"code":404,"message":"记录不存在"}
 *   a value not of the type, bad TTL -> {"code":400,"message":"参数错误: value"} / "参数错误: ttl"
 */
import { isIP } from 'node:net';

import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, fullName, subOf, type Zone } from '../ddns-zone';

export interface RainyunStandIn extends HttpStandIn {
  zone: Zone;
}

const say = (code: number, message: string, data: unknown = null, status = 200): Reply => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify({ code, message, data }),
});

export async function startRainyun(key: { domainId: string; apiKey: string }, domain: string): Promise<RainyunStandIn> {
  const zone = createZone(domain);
  const extra = new Map<string, { line: string; level: number }>();
  const view = (id: string) => {
    const r = zone.records.get(id)!;
    const x = extra.get(id) ?? { line: 'DEFAULT', level: 10 };
    const host = r.name === domain ? '@' : subOf(r.name, domain);
    return { record_id: Number(r.id), host, type: r.type, value: r.content, ttl: r.ttl, ...x };
  };
  const stand = await startHttpStandIn((req) => {
    if (req.headers['x-api-key'] !== key.apiKey) return say(401, '未登录或 API 密钥无效', null, 401);
    const m = /^\/product\/domain\/([^/]+)\/dns\/?$/.exec(req.url.pathname);
    if (!m) return say(404, 'Not Found', null, 404);
    if (m[1] !== key.domainId) return say(404, '域名不存在');
    if (req.method === 'GET') {
      const limit = Number(req.url.searchParams.get('limit') ?? 10);
      const rows = [...zone.records.keys()].map(view);
      return say(200, 'ok', { TotalRecords: rows.length, Records: rows.slice(0, limit) });
    }
    if (req.method !== 'PATCH' && req.method !== 'POST') return say(405, 'Method Not Allowed', null, 405);
    let b: Record<string, unknown>;
    try {
      b = JSON.parse(req.body) as Record<string, unknown>;
    } catch {
      return say(400, '参数错误');
    }
    if ((b.type !== 'A' && b.type !== 'AAAA') || typeof b.host !== 'string' || !b.host)
      return say(400, '参数错误: host/type');
    if (isIP(String(b.value)) !== (b.type === 'A' ? 4 : 6)) return say(400, '参数错误: value');
    const ttl = Number(b.ttl);
    if (!Number.isInteger(ttl) || ttl < 1 || ttl > 86_400) return say(400, '参数错误: ttl');
    if (typeof b.line !== 'string' || typeof b.level !== 'number') return say(400, '参数错误: line/level');
    const name = fullName(b.host === '@' ? '' : b.host, domain);
    const fields = { name, type: b.type, content: String(b.value), ttl };
    if (req.method === 'PATCH') {
      const r = zone.records.get(String(b.record_id));
      if (!r) return say(404, '记录不存在');
      Object.assign(r, fields);
      extra.set(r.id, { line: b.line, level: b.level });
      zone.writes++;
      return say(200, 'ok');
    }
    const made = zone.add(fields);
    extra.set(made.id, { line: b.line, level: b.level });
    zone.writes++;
    return say(200, 'ok');
  });
  return Object.assign(stand, { zone });
}
