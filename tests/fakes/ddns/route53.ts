/**
 * A stand-in for Amazon Route 53's REST API, from its API reference
 * (https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListResourceRecordSets.html,
 * API_ChangeResourceRecordSets.html, requests-rest-responses.html for the error body) and
 * qdm12/ddns-updater's request code (internal/provider/providers/route53/api.go, provider.go):
 * every request signed with AWS SigV4 (region us-east-1, service route53), checked here the way
 * AWS checks it, by signing again with the known secret (sigV4Mismatch, written with node:crypto
 * apart from aws4, and itself checked against AWS's test suite in sign/aws.test.ts):
 *
 *   no or a malformed Authorization -> 403 MissingAuthenticationToken / IncompleteSignature
 *   an unknown access key id        -> 403 InvalidClientTokenId
 *   a wrong signature               -> 403 SignatureDoesNotMatch
 *   an unknown hosted zone          -> 404 NoSuchHostedZone
 *   a change it cannot make         -> 400 InvalidChangeBatch / InvalidInput (TTL missing, a bad address)
 *   more than 5 requests a second   -> 400 Throttling "Rate exceeded" (Route 53's documented limit per
 *                                      account, "Quotas on API requests"; AWS answers it with a 400, not a 429)
 *
 *   GET  /2013-04-01/hostedzone/{id}/rrset?name=&type=&maxitems=  record sets from (name, type) on,
 *        in Route 53's order (names compared with their labels reversed)
 *   POST /2013-04-01/hostedzone/{id}/rrset/  CREATE / UPSERT / DELETE of one set per Change
 */
import { createHash, createHmac } from 'node:crypto';
import { isIP } from 'node:net';

import { elementsNamed, readXml, textOf } from '../../../electron/engine/format/xml';
import { type HttpStandIn, type Reply, type SeenRequest, startHttpStandIn } from '../ddns-http';
import { createZone, type Zone } from '../ddns-zone';
import { rateLimit } from './rate-limit';

export interface Route53StandIn extends HttpStandIn {
  zone: Zone;
}

const XMLNS = 'https://route53.amazonaws.com/doc/2013-04-01/';
const error = (status: number, code: string, message: string): Reply => ({
  status,
  headers: { 'content-type': 'text/xml' },
  body: `<?xml version="1.0"?>\n<ErrorResponse xmlns="${XMLNS}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>0f1e2d3c</RequestId></ErrorResponse>`,
});

/** RFC 3986 encoding as SigV4 asks: everything but A-Z a-z 0-9 - _ . ~ as %XX. */
const enc = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Why AWS would refuse this request's SigV4 signature under `key` (its error code), or null when
 * it is right. `req.headers` as Node's server gives them (lower-case names).
 */
export function sigV4Mismatch(
  req: Pick<SeenRequest, 'method' | 'url' | 'body'> & { headers: Record<string, string | string[] | undefined> },
  key: { accessKeyId: string; secretAccessKey: string; region: string; service: string },
): string | null {
  const auth = String(req.headers.authorization ?? '');
  if (!auth) return 'MissingAuthenticationToken';
  const m =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(
      auth,
    );
  if (!m) return 'IncompleteSignature';
  const [, id, day, region, service, signedHeaders, signature] = m as unknown as string[];
  if (id !== key.accessKeyId) return 'InvalidClientTokenId';
  const stamp = String(req.headers['x-amz-date'] ?? '');
  const names = signedHeaders!.split(';');
  if (!stamp.startsWith(day!) || !names.includes('host') || region !== key.region || service !== key.service)
    return 'SignatureDoesNotMatch';
  const path = req.url.pathname
    .split('/')
    .map((seg) => enc(decodeURIComponent(seg)))
    .join('/');
  const query = [...req.url.searchParams]
    .map(([k, v]) => [enc(k), enc(v)])
    .sort(([a, x], [b, y]) => (a! < b! ? -1 : a! > b! ? 1 : x! < y! ? -1 : x! > y! ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const headers = names
    .map(
      (n) =>
        `${n}:${String(req.headers[n] ?? '')
          .trim()
          .replace(/\s+/g, ' ')}\n`,
    )
    .join('');
  const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
  const canonical = [req.method, path, query, headers, signedHeaders, sha(req.body)].join('\n');
  const scope = `${day}/${region}/${service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', stamp, scope, sha(canonical)].join('\n');
  let k: Buffer | string = `AWS4${key.secretAccessKey}`;
  for (const part of [day!, region!, service!, 'aws4_request']) k = createHmac('sha256', k).update(part).digest();
  const want = createHmac('sha256', k).update(toSign).digest('hex');
  return want === signature ? null : 'SignatureDoesNotMatch';
}

/** Route 53's order of names: labels reversed ("org.example.home"). */
const order = (name: string, type: string) => `${name.split('.').reverse().join('.')} ${type}`;

export async function startRoute53(
  keys: { accessKeyId: string; secret: string },
  zoneId: string,
  domain: string,
  o: { perSecond?: number } = {},
): Promise<Route53StandIn> {
  const zone = createZone(domain);
  const key = { accessKeyId: keys.accessKeyId, secretAccessKey: keys.secret, region: 'us-east-1', service: 'route53' };
  const perSecond = rateLimit(o.perSecond ?? 5, 1, '');
  const stand = await startHttpStandIn((req) => {
    if (perSecond.take()) return error(400, 'Throttling', 'Rate exceeded');
    const refused = sigV4Mismatch(req, key);
    if (refused === 'InvalidClientTokenId')
      return error(403, refused, 'The security token included in the request is invalid.');
    if (refused)
      return error(403, refused, 'The request signature we calculated does not match the signature you provided.');
    const m = /^\/2013-04-01\/hostedzone\/([^/]+)\/rrset\/?$/.exec(req.url.pathname);
    if (!m) return error(404, 'UnknownOperationException', 'Unknown operation.');
    if (m[1] !== zoneId) return error(404, 'NoSuchHostedZone', `No hosted zone found with ID: ${m[1]}`);
    if (req.method === 'GET') return list(zone, req.url.searchParams);
    if (req.method === 'POST') return change(zone, req.body);
    return error(405, 'MethodNotAllowed', 'Method not allowed.');
  });
  return Object.assign(stand, { zone });
}

function list(zone: Zone, q: URLSearchParams): Reply {
  const from = order((q.get('name') ?? '').replace(/\.$/, '').toLowerCase(), q.get('type') ?? '');
  const max = Math.min(300, Number(q.get('maxitems') ?? 300) || 300);
  const sets = new Map<string, { name: string; type: string; ttl: number; values: string[] }>();
  for (const r of zone.records.values()) {
    const k = order(r.name, r.type);
    const s = sets.get(k) ?? { name: r.name, type: r.type, ttl: r.ttl, values: [] };
    s.values.push(r.content);
    sets.set(k, s);
  }
  const keys = [...sets.keys()].filter((k) => k >= from).sort();
  const shown = keys.slice(0, max).map((k) => sets.get(k)!);
  const xml = shown
    .map(
      (s) =>
        `<ResourceRecordSet><Name>${s.name}.</Name><Type>${s.type}</Type><TTL>${s.ttl}</TTL><ResourceRecords>` +
        s.values.map((v) => `<ResourceRecord><Value>${v}</Value></ResourceRecord>`).join('') +
        `</ResourceRecords></ResourceRecordSet>`,
    )
    .join('');
  const truncated = keys.length > max;
  return {
    status: 200,
    headers: { 'content-type': 'text/xml' },
    body: `<?xml version="1.0"?>\n<ListResourceRecordSetsResponse xmlns="${XMLNS}"><ResourceRecordSets>${xml}</ResourceRecordSets><IsTruncated>${truncated}</IsTruncated><MaxItems>${max}</MaxItems></ListResourceRecordSetsResponse>`,
  };
}

function change(zone: Zone, body: string): Reply {
  let changes;
  try {
    const root = readXml(body, 'change');
    if (root.children[0]?.name !== 'ChangeResourceRecordSetsRequest') throw new Error('not a change');
    changes = elementsNamed(root, 'Change');
  } catch {
    return error(400, 'InvalidInput', 'Could not parse the request body.');
  }
  if (changes.length === 0) return error(400, 'InvalidInput', 'ChangeBatch has no changes.');
  for (const c of changes) {
    const action = textOf(c, 'Action');
    const name = (textOf(c, 'Name') ?? '').replace(/\.$/, '').toLowerCase();
    const type = textOf(c, 'Type') ?? '';
    const ttl = Number(textOf(c, 'TTL'));
    const values = elementsNamed(c, 'Value').map((v) => v.text.trim());
    if (name !== zone.name && !name.endsWith(`.${zone.name}`))
      return error(400, 'InvalidChangeBatch', `RRSet with DNS name ${name}. is not permitted in zone ${zone.name}.`);
    if (!Number.isInteger(ttl) || ttl < 0) return error(400, 'InvalidInput', 'TTL is required.');
    const family = type === 'A' ? 4 : type === 'AAAA' ? 6 : 0;
    if (values.length === 0 || values.some((v) => isIP(v) !== family))
      return error(400, 'InvalidChangeBatch', `ARRDATAIllegal${type === 'A' ? 'IPv4' : 'IPv6'}Address`);
    const held = zone.find(name, type);
    if (action === 'CREATE' && held.length > 0)
      return error(
        400,
        'InvalidChangeBatch',
        `Tried to create resource record set [name='${name}.', type='${type}'] but it already exists`,
      );
    if (action !== 'CREATE' && action !== 'UPSERT') return error(400, 'InvalidInput', `Unknown action ${action}.`);
    for (const r of held) zone.records.delete(r.id);
    for (const v of values) zone.add({ name, type, content: v, ttl });
    zone.writes++;
  }
  return {
    status: 200,
    headers: { 'content-type': 'text/xml' },
    body: `<?xml version="1.0"?>\n<ChangeResourceRecordSetsResponse xmlns="${XMLNS}"><ChangeInfo><Id>/change/C2682N5HXP0BZ4</Id><Status>PENDING</Status><SubmittedAt>2026-11-28T00:00:00.000Z</SubmittedAt></ChangeInfo></ChangeResourceRecordSetsResponse>`,
  };
}
