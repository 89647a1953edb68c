/**
 * A stand-in for Todaynic's (时代互联) DNS API, as Now.cn (api.now.cn), Eranet (www.eranet.com)
 * and Tnet.hk (www.tnet.hk) each serve it, from the documentation ddns-go cites
 * (https://www.todaynic.com/docApi/, not read here) and the request code of jeessy2/ddns-go
 * (dns/nowcn.go, dns/eranet.go, dns/tnethk.go), which is what this follows: qdm12/ddns-updater has
 * none of them. Its quirks: every call a GET whose query is signed (Alibaba's RPC way: sorted,
 * RFC 3986-encoded, "GET&%2F&" + the encoded query, Base64 HMAC-SHA1 keyed with secret + "&"),
 * recomputed here apart from the engine's signer; the key's ID is AccessInstanceID; a refusal is a
 * JSON `error` beside a RequestId; "@" is the domain itself; a record's id is a number.
 *
 *   a wrong AccessInstanceID or signature -> {"RequestId":..,"error":"签名错误 (signature mismatch)"}
 *   a nonce used twice                    -> {"error":"SignatureNonce 已使用"}
 *   another domain                        -> {"error":"域名不存在"}
 *   UpdateDomainRecord of an unknown Id   -> {"error":"记录不存在"}
 *   a Value not of the Type, a bad Ttl    -> {"error":"参数错误: Value"} / "参数错误: Ttl"
 */
import { createHmac } from 'node:crypto';
import { isIP } from 'node:net';

import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, fullName, subOf, type Zone } from '../ddns-zone';

export interface TodaynicStandIn extends HttpStandIn {
  zone: Zone;
}

let requestNo = 0;
const say = (body: Record<string, unknown>): Reply => ({
  status: 200,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify({ RequestId: `req-${++requestNo}`, ...body }),
});

const enc = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());

function signatureOf(secret: string, params: URLSearchParams): string {
  const query = [...params]
    .filter(([k]) => k !== 'Signature')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${enc(k)}=${enc(v)}`)
    .join('&');
  return createHmac('sha1', `${secret}&`)
    .update(`GET&${enc('/')}&${enc(query)}`)
    .digest('base64');
}

export async function startTodaynic(
  key: { accessInstanceId: string; secret: string },
  domain: string,
): Promise<TodaynicStandIn> {
  const zone = createZone(domain);
  const nonces = new Set<string>();
  const hostOf = (name: string) => (name === domain ? '@' : subOf(name, domain));
  const stand = await startHttpStandIn((req) => {
    const q = req.url.searchParams;
    if (req.method !== 'GET') return say({ error: 'Method not allowed' });
    if (
      q.get('AccessInstanceID') !== key.accessInstanceId ||
      q.get('SignatureMethod') !== 'HMAC-SHA1' ||
      !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(q.get('Timestamp') ?? '') ||
      q.get('Signature') !== signatureOf(key.secret, q)
    )
      return say({ error: '签名错误 (signature mismatch)' });
    const nonce = q.get('SignatureNonce') ?? '';
    if (!nonce || nonces.has(nonce)) return say({ error: 'SignatureNonce 已使用' });
    nonces.add(nonce);
    if (q.get('Domain') !== domain) return say({ error: '域名不存在' });
    const action = req.url.pathname.replace(/^\/api\/Dns\//, '');
    if (action === 'DescribeRecordIndex') {
      const rows = [...zone.records.values()]
        .filter(
          (r) => (!q.get('Host') || hostOf(r.name) === q.get('Host')) && (!q.get('Type') || r.type === q.get('Type')),
        )
        .map((r) => ({
          id: Number(r.id),
          Domain: domain,
          Host: hostOf(r.name),
          Type: r.type,
          Value: r.content,
          State: 1,
        }));
      return say({ Data: rows });
    }
    if (action !== 'UpdateDomainRecord' && action !== 'AddDomainRecord') return say({ error: '接口不存在' });
    const type = q.get('Type');
    const host = q.get('Host');
    if ((type !== 'A' && type !== 'AAAA') || !host) return say({ error: '参数错误: Host/Type' });
    if (isIP(q.get('Value') ?? '') !== (type === 'A' ? 4 : 6)) return say({ error: '参数错误: Value' });
    const ttl = Number(q.get('Ttl'));
    if (!Number.isInteger(ttl) || ttl < 1 || ttl > 86_400) return say({ error: '参数错误: Ttl' });
    const fields = { name: fullName(host === '@' ? '' : host, domain), type, content: q.get('Value')!, ttl };
    if (action === 'UpdateDomainRecord') {
      const r = zone.records.get(q.get('Id') ?? '');
      if (!r) return say({ error: '记录不存在' });
      Object.assign(r, fields);
      zone.writes++;
      return say({ Id: Number(r.id) });
    }
    const made = zone.add(fields);
    zone.writes++;
    return say({ Id: Number(made.id) });
  });
  return Object.assign(stand, { zone });
}
