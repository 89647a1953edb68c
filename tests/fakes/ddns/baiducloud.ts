/**
 * A stand-in for Baidu AI Cloud DNS's resolve API (bcd.baidubce.com), from its documentation
 * (https://cloud.baidu.com/doc/BCD/index.html: the record list, add and edit calls;
 * https://cloud.baidu.com/doc/Reference/s/njwvz1yfu, the bce-auth-v1 signature; the common errors
 * https://cloud.baidu.com/doc/Reference/s/Ejwvz1u1t) and jeessy2/ddns-go's request code
 * (dns/baidu.go, util/baidu_signer.go); qdm12/ddns-updater has no Baidu. The Authorization is
 * recomputed here as the server does (node:crypto, apart from the engine's signer). Refusals as
 * Baidu words them, {requestId, code, message}:
 *
 *   no Authorization or not bce-auth-v1/...  -> 400 InvalidHTTPAuthHeader
 *   an unknown Access Key ID                 -> 403 InvalidAccessKeyId
 *   a wrong signature                        -> 400 SignatureDoesNotMatch
 *   a body that is not JSON                  -> 400 MalformedJSON
 *   another zone, an unknown recordId, a value not of its type -> 400 (codes not from a published list)
 */
import { createHmac } from 'node:crypto';
import { isIP } from 'node:net';

import { type HttpStandIn, type Reply, type SeenRequest, startHttpStandIn } from '../ddns-http';
import { createZone, fullName, subOf, type Zone } from '../ddns-zone';

export interface BaiducloudStandIn extends HttpStandIn {
  zone: Zone;
}

let ids = 0;
const json = (status: number, body: unknown): Reply => ({
  status,
  headers: { 'content-type': 'application/json;charset=UTF-8', 'x-bce-request-id': `bd-${++ids}` },
  body: JSON.stringify(body),
});
const refuse = (status: number, code: string, message: string) =>
  json(status, { requestId: `b1e5-stand-in-${++ids}`, code, message });

const enc = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const hex = (key: string, text: string) => createHmac('sha256', key).update(text).digest('hex');

/** The server's check of the Authorization header, or its refusal. */
function authRefusal(req: SeenRequest, keys: { accessKeyId: string; secret: string }): Reply | null {
  const auth = String(req.headers.authorization ?? '');
  const m = /^bce-auth-v1\/([^/]+)\/(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)\/(\d+)\/([^/]*)\/([0-9a-f]{64})$/.exec(auth);
  if (!m) return refuse(400, 'InvalidHTTPAuthHeader', 'The Authorization header you provided is invalid.');
  const [, ak, time, expires, signedList, signature] = m as unknown as string[];
  if (ak !== keys.accessKeyId)
    return refuse(403, 'InvalidAccessKeyId', 'The Access Key ID you provided does not exist in our records.');
  const names = signedList ? signedList!.split(';') : ['host'];
  const headers = names
    .map((n) => `${enc(n)}:${enc(String(req.headers[n] ?? '').trim())}`)
    .sort()
    .join('\n');
  const query = [...req.url.searchParams]
    .map(([k, v]) => `${enc(k)}=${enc(v)}`)
    .sort()
    .join('&');
  const canonical = `${req.method}\n${enc(req.url.pathname).replace(/%2F/g, '/')}\n${query}\n${headers}`;
  const prefix = `bce-auth-v1/${ak}/${time}/${expires}`;
  if (hex(hex(keys.secret, prefix), canonical) !== signature)
    return refuse(
      400,
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided. Check your Secret Access Key and signing method.',
    );
  return null;
}

export async function startBaiducloud(
  keys: { accessKeyId: string; secret: string },
  domain: string,
): Promise<BaiducloudStandIn> {
  const zone = createZone(domain);
  const view = (id: string) => {
    const r = zone.records.get(id)!;
    const sub = subOf(r.name, domain) || '@';
    return {
      recordId: Number(r.id),
      domain: sub,
      view: 'DEFAULT',
      rdtype: r.type,
      ttl: r.ttl,
      rdata: r.content,
      zoneName: domain,
      status: 'RUNNING',
    };
  };
  const stand = await startHttpStandIn((req) => {
    if (req.method !== 'POST') return refuse(405, 'MethodNotAllowed', 'The specified method is not allowed.');
    const bad = authRefusal(req, keys);
    if (bad) return bad;
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(req.body) as Record<string, unknown>;
    } catch {
      return refuse(400, 'MalformedJSON', 'The JSON you provided was not well-formed.');
    }
    return act(req.url.pathname, body);
  });

  function act(path: string, b: Record<string, unknown>): Reply {
    switch (path) {
      case '/v1/domain/resolve/list': {
        if (b.domain !== domain) return noDomain();
        const rows = [...zone.records.values()].map((r) => view(r.id));
        return json(200, {
          orderBy: 'domain',
          order: 'asc',
          pageNo: b.pageNum ?? 1,
          pageSize: b.pageSize ?? 10,
          totalCount: rows.length,
          result: rows,
        });
      }
      case '/v1/domain/resolve/edit': {
        const r = zone.records.get(String(b.recordId));
        if (!r || b.zoneName !== domain) return refuse(400, 'RecordNotExist', 'The record does not exist.');
        const wrong = checkRecord(b);
        if (wrong) return wrong;
        Object.assign(r, { name: fullName(String(b.domain), domain), content: b.rdata, ttl: b.ttl });
        zone.writes++;
        return json(200, {});
      }
      case '/v1/domain/resolve/add': {
        if (b.zoneName !== domain) return noDomain();
        const wrong = checkRecord(b);
        if (wrong) return wrong;
        const name = fullName(String(b.domain), domain);
        if (zone.find(name, String(b.rdType)).some((r) => r.content === b.rdata))
          return refuse(400, 'RecordAlreadyExist', 'The record already exists.');
        zone.add({ name, type: String(b.rdType), content: String(b.rdata), ttl: Number(b.ttl) });
        zone.writes++;
        return json(200, {});
      }
      default:
        return refuse(404, 'NotFound', 'The requested resource does not exist.');
    }
  }

  function noDomain(): Reply {
    return refuse(400, 'DomainNotExist', 'The domain does not exist in your account.');
  }

  function checkRecord(b: Record<string, unknown>): Reply | null {
    if (typeof b.domain !== 'string' || !b.domain) return refuse(400, 'InvalidParameter', 'domain is required.');
    if (b.rdType !== 'A' && b.rdType !== 'AAAA') return refuse(400, 'InvalidParameter', 'rdType is invalid.');
    if (isIP(String(b.rdata)) !== (b.rdType === 'A' ? 4 : 6))
      return refuse(400, 'InvalidParameter', 'rdata does not match rdType.');
    if (!Number.isInteger(b.ttl) || (b.ttl as number) < 1) return refuse(400, 'InvalidParameter', 'ttl is invalid.');
    return null;
  }

  return Object.assign(stand, { zone });
}
