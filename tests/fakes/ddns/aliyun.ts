/**
 * A stand-in for Alibaba Cloud DNS's RPC API (alidns.aliyuncs.com, version 2015-01-09), from its
 * documentation (https://www.alibabacloud.com/help/en/dns/api-alidns-2015-01-09-dir: common
 * parameters, request signatures, DescribeSubDomainRecords, UpdateDomainRecord, AddDomainRecord,
 * the error codes) and the request code of qdm12/ddns-updater (internal/provider/providers/aliyun/)
 * and jeessy2/ddns-go (dns/alidns.go, util/aliyun_signer.go). Each call's Signature is recomputed
 * here as the server does (HMAC-SHA1 with secret + "&" over GET&%2F&encoded canonical query,
 * node:crypto, apart from the engine's signer); refusals as Alibaba words them, with a RequestId:
 *
 *   an unknown AccessKeyId       -> 404 InvalidAccessKeyId.NotFound "Specified access key is not found."
 *   a wrong signature            -> 400 SignatureDoesNotMatch "Specified signature is not matched with our calculation."
 *   a nonce used before          -> 400 SignatureNonceUsed; a Timestamp not yyyy-MM-ddTHH:mm:ssZ -> 400 InvalidTimeStamp.Format
 *   another domain               -> 400 InvalidDomainName.NoExist; an unknown RecordId -> 400 DomainRecordNotBelongToUser
 *   the same RR, Type and Value again -> 400 DomainRecordDuplicate; a TTL under 600 -> 400 QuotaExceeded.TTL
 */
import { createHmac } from 'node:crypto';
import { isIP } from 'node:net';

import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, fullName, subOf, type Zone } from '../ddns-zone';

export interface AliyunStandIn extends HttpStandIn {
  zone: Zone;
}

let requestIds = 0;
export const aliyunJson = (status: number, body: Record<string, unknown>): Reply => ({
  status,
  headers: { 'content-type': 'application/json;charset=utf-8' },
  body: JSON.stringify({ RequestId: `6A1F${String(++requestIds).padStart(4, '0')}-STAND-IN`, ...body }),
});
export const aliyunRefuse = (status: number, Code: string, Message: string) =>
  aliyunJson(status, {
    HostId: 'alidns.aliyuncs.com',
    Code,
    Message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${Code}`,
  });

/** RFC 3986 as the server reads it, written here apart from the engine's signer. */
const enc = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const COMMON = [
  'AccessKeyId',
  'Format',
  'Version',
  'SignatureMethod',
  'SignatureVersion',
  'SignatureNonce',
  'Timestamp',
];

/**
 * What Alibaba Cloud's RPC gateway refuses before an action runs (the method, a missing common
 * parameter, the key, the signature recomputed here apart from the engine's signer, the
 * Timestamp's form, a nonce used before), or null; ESA's stand-in (aliesa.ts) is behind the same.
 */
export function aliyunRefusal(
  method: string,
  p: Record<string, string>,
  keys: { accessKeyId: string; secret: string },
  nonces: Set<string>,
): Reply | null {
  if (method !== 'GET' && method !== 'POST')
    return aliyunRefuse(405, 'UnsupportedHTTPMethod', 'This http method is not supported.');
  for (const k of COMMON) if (!p[k]) return aliyunRefuse(400, 'MissingParameter', `${k} is mandatory for this action.`);
  if (p.AccessKeyId !== keys.accessKeyId)
    return aliyunRefuse(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
  const { Signature, ...signed } = p;
  const canonical = Object.keys(signed)
    .sort()
    .map((k) => `${enc(k)}=${enc(signed[k]!)}`)
    .join('&');
  const want = createHmac('sha1', `${keys.secret}&`)
    .update(`${method}&%2F&${enc(canonical)}`)
    .digest('base64');
  if (Signature !== want)
    return aliyunRefuse(400, 'SignatureDoesNotMatch', 'Specified signature is not matched with our calculation.');
  // The server also refuses a Timestamp 15 minutes off its clock (InvalidTimeStamp.Expired); the
  // keeper's tests run on a fake clock, so only the form is checked here.
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(p.Timestamp!))
    return aliyunRefuse(400, 'InvalidTimeStamp.Format', 'Specified time stamp or date value is not well formatted.');
  if (nonces.has(p.SignatureNonce!))
    return aliyunRefuse(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.');
  nonces.add(p.SignatureNonce!);
  return null;
}

export async function startAliyun(
  keys: { accessKeyId: string; secret: string },
  domain: string,
): Promise<AliyunStandIn> {
  const zone = createZone(domain);
  const nonces = new Set<string>();
  const view = (id: string) => {
    const r = zone.records.get(id)!;
    const RR = r.name === domain ? '@' : subOf(r.name, domain);
    return {
      RecordId: r.id,
      DomainName: domain,
      RR,
      Type: r.type,
      Value: r.content,
      TTL: r.ttl,
      Line: 'default',
      Status: 'ENABLE',
      Locked: false,
    };
  };
  const stand = await startHttpStandIn((req) => {
    const p = Object.fromEntries(req.url.searchParams);
    return aliyunRefusal(req.method, p, keys, nonces) ?? act(p);
  });

  function act(p: Record<string, string>): Reply {
    switch (p.Action) {
      case 'DescribeSubDomainRecords': {
        if (p.DomainName !== undefined && p.DomainName !== domain) return noDomain();
        const rows = [...zone.records.values()]
          .filter((r) => r.name === (p.SubDomain ?? '').toLowerCase() && (!p.Type || r.type === p.Type))
          .map((r) => view(r.id));
        return aliyunJson(200, {
          TotalCount: rows.length,
          PageNumber: 1,
          PageSize: 20,
          DomainRecords: { Record: rows },
        });
      }
      case 'UpdateDomainRecord': {
        const r = zone.records.get(p.RecordId ?? '');
        if (!r)
          return aliyunRefuse(
            400,
            'DomainRecordNotBelongToUser',
            'The DNS record does not exist or does not belong to current user.',
          );
        const bad = checkRecord(p);
        if (bad) return bad;
        if (r.content === p.Value && r.type === p.Type && view(r.id).RR === p.RR)
          return aliyunRefuse(400, 'DomainRecordDuplicate', 'The DNS record already exists.');
        Object.assign(r, {
          name: fullName(p.RR === '@' ? '' : p.RR!, domain),
          content: p.Value,
          ttl: Number(p.TTL ?? 600),
        });
        zone.writes++;
        return aliyunJson(200, { RecordId: r.id });
      }
      case 'AddDomainRecord': {
        if (p.DomainName !== domain) return noDomain();
        const bad = checkRecord(p);
        if (bad) return bad;
        const name = fullName(p.RR === '@' ? '' : p.RR!, domain);
        if (zone.find(name, p.Type!).some((r) => r.content === p.Value))
          return aliyunRefuse(400, 'DomainRecordDuplicate', 'The DNS record already exists.');
        const made = zone.add({ name, type: p.Type!, content: p.Value!, ttl: Number(p.TTL ?? 600) });
        zone.writes++;
        return aliyunJson(200, { RecordId: made.id });
      }
      default:
        return aliyunRefuse(
          404,
          'InvalidAction.NotFound',
          'Specified api is not found, please check your url and method.',
        );
    }
  }

  function noDomain(): Reply {
    return aliyunRefuse(
      400,
      'InvalidDomainName.NoExist',
      'The specified domain name does not exist. Refresh the page and try again.',
    );
  }

  function checkRecord(p: Record<string, string>): Reply | null {
    for (const k of ['RR', 'Type', 'Value'])
      if (!p[k]) return aliyunRefuse(400, 'MissingParameter', `${k} is mandatory for this action.`);
    if (p.Type !== 'A' && p.Type !== 'AAAA')
      return aliyunRefuse(400, 'InvalidType', 'The specified record type is invalid.');
    if (isIP(p.Value!) !== (p.Type === 'A' ? 4 : 6))
      return aliyunRefuse(400, 'InvalidRecordValue', 'The specified value of the DNS record is invalid.');
    const ttl = Number(p.TTL ?? 600);
    if (!Number.isInteger(ttl) || ttl < 600 || ttl > 86_400)
      return aliyunRefuse(400, 'QuotaExceeded.TTL', 'The TTL is outside what your edition allows.');
    return null;
  }

  return Object.assign(stand, { zone });
}
