/**
 * A stand-in for Tencent Cloud DNSPod's API 3.0 (dnspod.tencentcloudapi.com, version 2021-03-23),
 * from its documentation (https://www.tencentcloud.com/document/api/1157: DescribeRecordList,
 * ModifyRecord, CreateRecord; https://www.tencentcloud.com/document/api/213/33224, Signature v3,
 * and its error codes) and jeessy2/ddns-go's request code (dns/tencent_cloud.go). The
 * Authorization is recomputed here as the server does (TC3-HMAC-SHA256 over content-type and
 * host, node:crypto, apart from the engine's signer). Every answer is a 200, a refusal in
 * Response.Error:
 *
 *   an unknown SecretId   -> AuthFailure.SecretIdNotFound; a wrong signature -> AuthFailure.SignatureFailure
 *   another domain        -> ResourceNotFound.NoDataOfDomain (InvalidParameter.DomainInvalid)
 *   nothing to list       -> ResourceNotFound.NoDataOfRecord; an unknown RecordId -> InvalidParameter.RecordIdInvalid
 *   a TTL under 600       -> InvalidParameter.TTLInvalid (the free plan's least); "Subdomain" in a write -> ignored, SubDomain needed
 */
import { createHash, createHmac } from 'node:crypto';
import { isIP } from 'node:net';

import { type HttpStandIn, type Reply, type SeenRequest, startHttpStandIn } from '../ddns-http';
import { createZone, fullName, subOf, type Zone } from '../ddns-zone';

export interface TencentStandIn extends HttpStandIn {
  zone: Zone;
}

let ids = 0;
export const reply = (response: Record<string, unknown>): Reply => ({
  status: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ Response: { ...response, RequestId: `tc-${++ids}` } }),
});
export const refuse = (Code: string, Message: string) => reply({ Error: { Code, Message } });
const hex = (t: string) => createHash('sha256').update(t).digest('hex');
const mac = (k: string | Buffer, t: string) => createHmac('sha256', k).update(t).digest();

/**
 * The TC3-HMAC-SHA256 check Tencent Cloud's API 3.0 makes of a call to `service` (dnspod, teo...):
 * null when it holds, else its refusal.
 */
export function tc3Refusal(
  req: SeenRequest,
  key: { secretId: string; secretKey: string },
  service: string,
): Reply | null {
  const h = req.headers;
  const auth = new RegExp(
    `^TC3-HMAC-SHA256 Credential=([^/]+)/(\\d{4}-\\d\\d-\\d\\d)/${service}/tc3_request, SignedHeaders=content-type;host, Signature=([0-9a-f]{64})$`,
  ).exec(String(h.authorization ?? ''));
  if (!auth) return refuse('AuthFailure.InvalidAuthorization', 'Authorization is invalid.');
  if (auth[1] !== key.secretId)
    return refuse(
      'AuthFailure.SecretIdNotFound',
      'The SecretId is not found, please ensure that your SecretId is correct.',
    );
  const ts = String(h['x-tc-timestamp'] ?? '');
  const canonical = [
    'POST',
    '/',
    '',
    `content-type:${String(h['content-type'])}\nhost:${String(h.host)}\n`,
    'content-type;host',
    hex(req.body),
  ].join('\n');
  const toSign = ['TC3-HMAC-SHA256', ts, `${auth[2]}/${service}/tc3_request`, hex(canonical)].join('\n');
  const signing = mac(mac(mac(`TC3${key.secretKey}`, auth[2]!), service), 'tc3_request');
  if (createHmac('sha256', signing).update(toSign).digest('hex') !== auth[3])
    return refuse(
      'AuthFailure.SignatureFailure',
      'The provided credentials could not be validated. Please check your signature is correct.',
    );
  return null;
}

export async function startTencent(
  key: { secretId: string; secretKey: string },
  domain: string,
): Promise<TencentStandIn> {
  const zone = createZone(domain);
  const lines = new Map<string, string>();
  const nameOf = (id: string) => {
    const r = zone.records.get(id)!;
    return r.name === domain ? '@' : subOf(r.name, domain);
  };
  const stand = await startHttpStandIn((req) => {
    const h = req.headers;
    const refused = tc3Refusal(req, key, 'dnspod');
    if (refused) return refused;
    let p: Record<string, unknown>;
    try {
      p = JSON.parse(req.body) as Record<string, unknown>;
    } catch {
      return refuse('FailedOperation', 'The request body is not JSON.');
    }
    if (p.Domain !== domain) return refuse('ResourceNotFound.NoDataOfDomain', 'The domain does not exist.');
    const action = String(h['x-tc-action'] ?? '');
    if (action === 'DescribeRecordList') {
      const rows = [...zone.records.keys()]
        .filter(
          (id) =>
            (p.Subdomain === undefined || nameOf(id) === p.Subdomain) &&
            (!p.RecordType || zone.records.get(id)!.type === p.RecordType),
        )
        .map((id) => {
          const r = zone.records.get(id)!;
          return {
            RecordId: Number(id),
            Name: nameOf(id),
            Type: r.type,
            Line: lines.get(id) ?? '默认',
            LineId: '0',
            Value: r.content,
            TTL: r.ttl,
            Status: 'ENABLE',
          };
        });
      if (rows.length === 0) return refuse('ResourceNotFound.NoDataOfRecord', 'The record list is empty.');
      return reply({
        RecordCountInfo: { TotalCount: rows.length, ListCount: rows.length, SubdomainCount: rows.length },
        RecordList: rows,
      });
    }
    if (action !== 'ModifyRecord' && action !== 'CreateRecord')
      return refuse('InvalidAction', 'The action is not found.');
    if (typeof p.SubDomain !== 'string') return refuse('MissingParameter', 'The SubDomain is missing.');
    if (p.RecordType !== 'A' && p.RecordType !== 'AAAA')
      return refuse('InvalidParameter.RecordTypeInvalid', 'The record type is invalid.');
    if (typeof p.RecordLine !== 'string' || !p.RecordLine)
      return refuse('InvalidParameter.RecordLineInvalid', 'The record line is invalid.');
    if (isIP(String(p.Value)) !== (p.RecordType === 'A' ? 4 : 6))
      return refuse('InvalidParameter.RecordValueInvalid', 'The record value is invalid.');
    const ttl = Number(p.TTL ?? 600);
    if (!Number.isInteger(ttl) || ttl < 600)
      return refuse('InvalidParameter.TTLInvalid', 'The TTL value is invalid for this plan.');
    const name = fullName(p.SubDomain === '@' ? '' : p.SubDomain, domain);
    if (action === 'ModifyRecord') {
      const r = zone.records.get(String(p.RecordId));
      if (!r) return refuse('InvalidParameter.RecordIdInvalid', 'The record ID is invalid.');
      Object.assign(r, { name, type: p.RecordType, content: String(p.Value), ttl });
      lines.set(r.id, p.RecordLine);
      zone.writes++;
      return reply({ RecordId: Number(r.id) });
    }
    const made = zone.add({ name, type: p.RecordType, content: String(p.Value), ttl });
    lines.set(made.id, p.RecordLine);
    zone.writes++;
    return reply({ RecordId: Number(made.id) });
  });
  return Object.assign(stand, { zone });
}
