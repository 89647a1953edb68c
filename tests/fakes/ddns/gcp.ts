/**
 * A stand-in for Google Cloud DNS and Google's OAuth 2.0 token address, from their documentation
 * (https://developers.google.com/identity/protocols/oauth2/service-account, "Making the access
 * token request" and its error codes; https://cloud.google.com/dns/docs/reference/rest/v1/resourceRecordSets;
 * https://cloud.google.com/apis/design/errors for the error body) and qdm12/ddns-updater's request
 * code (internal/provider/providers/gcp/api.go, update.go, oauth2.go, error.go). Google's words
 * as its servers say them (invalid_grant's descriptions as users report them in
 * googleapis/google-api-php-client issue 1501 and google-cloud-python issue 10004; the managed
 * zone's 404 as apache/libcloud's fixture get_zone_does_not_exists.json holds it).
 *
 *   POST /token  grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=<RS256 JWT>
 *     another grant type               -> 400 unsupported_grant_type
 *     no assertion                     -> 400 invalid_request "Missing required parameter: assertion"
 *     an iss no account has            -> 400 invalid_grant "Invalid grant: account not found"
 *     a signature the account's public key does not verify (or not RS256) -> 400 invalid_grant "Invalid JWT Signature."
 *     an aud not this token address    -> 400 invalid_grant "Invalid JWT: Failed audience check..."
 *     iat/exp more than an hour apart, iat ahead of Google's clock or exp past it (a minute of skew)
 *                                      -> 400 invalid_grant "Invalid JWT: Token must be a short-lived token..."
 *     a scope without Cloud DNS        -> 400 invalid_scope
 *     else 200 {"access_token":"ya29.…","expires_in":3599,"token_type":"Bearer"}
 *   /dns/v1/projects/{project}/managedZones/{zone}/rrsets[/{name.}/{type}]
 *     no, an unknown, an expired or a revoked token -> 401 UNAUTHENTICATED "Request had invalid authentication credentials..."
 *     another project                  -> 403 forbidden; another managed zone -> 404 notFound (parameters.managedZone)
 *     GET of a set that does not exist -> 404 notFound (parameters.name); PATCH likewise
 *     POST of a set that exists        -> 409 alreadyExists; a name without its root dot, outside
 *                                         the zone, an address of the wrong family or a bad TTL -> 400 invalid
 */
import { createVerify, type KeyObject, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';

import { type HttpStandIn, type Reply, type SeenRequest, startHttpStandIn } from '../ddns-http';
import { createZone, type Zone } from '../ddns-zone';

export interface GcpStandIn extends HttpStandIn {
  zone: Zone;
  /** The token address, as a key's token_uri names it (and the assertion's aud must). */
  tokenUri: string;
  /** Token requests answered with a token so far. */
  tokensIssued(): number;
  /** Refuses every token issued so far (an admin revoked them), as the API then does with 401. */
  revokeAll(): void;
  /** From now on (until set back) the API refuses every token, new ones too. */
  refuseTokens(on: boolean): void;
}

export interface GcpAccount {
  client_email: string;
  /** The public half of the key the service account's JSON holds the private half of. */
  publicKey: KeyObject;
}

const json = (status: number, body: unknown): Reply => ({
  status,
  headers: { 'content-type': 'application/json; charset=UTF-8' },
  body: JSON.stringify(body),
});
const oauthError = (error: string, description: string) => json(400, { error, error_description: description });
const apiError = (code: number, message: string, reason: string, status?: string) =>
  json(code, {
    error: { code, message, errors: [{ message, domain: 'global', reason }], ...(status ? { status } : {}) },
  });

const SHORT_LIVED =
  'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values and use a clock with skew to account for clock differences between systems.';
const UNAUTHENTICATED =
  'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.';
const DNS_SCOPES = [
  'https://www.googleapis.com/auth/ndev.clouddns.readwrite',
  'https://www.googleapis.com/auth/cloud-platform',
];

export async function startGcp(o: {
  account: GcpAccount;
  project: string;
  managedZone: string;
  domain: string;
  /** Google's clock (epoch ms): the assertion's iat and exp and the tokens' expiry are read on it. */
  now?: () => number;
}): Promise<GcpStandIn> {
  const now = o.now ?? Date.now;
  const zone = createZone(o.domain);
  const tokens = new Map<string, number>();
  let issued = 0;
  const refusing = { on: false };
  const base = { tokenUri: '' };

  const token = (req: SeenRequest): Reply => {
    const form = new URLSearchParams(req.body);
    const grant = form.get('grant_type') ?? '';
    if (grant !== 'urn:ietf:params:oauth:grant-type:jwt-bearer')
      return json(400, { error: 'unsupported_grant_type', error_description: `Invalid grant_type: ${grant}` });
    const jwt = form.get('assertion');
    if (!jwt) return oauthError('invalid_request', 'Missing required parameter: assertion');
    const [h, c, s] = jwt.split('.');
    let header: Record<string, unknown>;
    let claims: Record<string, unknown>;
    try {
      header = JSON.parse(Buffer.from(h ?? '', 'base64url').toString()) as Record<string, unknown>;
      claims = JSON.parse(Buffer.from(c ?? '', 'base64url').toString()) as Record<string, unknown>;
    } catch {
      return oauthError('invalid_grant', 'Invalid JWT Signature.');
    }
    if (claims.iss !== o.account.client_email) return oauthError('invalid_grant', 'Invalid grant: account not found');
    const verified =
      header.alg === 'RS256' &&
      s !== undefined &&
      createVerify('RSA-SHA256').update(`${h}.${c}`).verify(o.account.publicKey, Buffer.from(s, 'base64url'));
    if (!verified) return oauthError('invalid_grant', 'Invalid JWT Signature.');
    if (claims.aud !== base.tokenUri)
      return oauthError('invalid_grant', `Invalid JWT: Failed audience check. The right audience is ${base.tokenUri}`);
    const nowSec = now() / 1000;
    const { iat, exp } = claims;
    if (typeof iat !== 'number' || typeof exp !== 'number' || exp - iat > 3600 || exp <= iat)
      return oauthError('invalid_grant', SHORT_LIVED);
    if (iat > nowSec + 60 || exp < nowSec - 60) return oauthError('invalid_grant', SHORT_LIVED);
    const scopes = String(claims.scope ?? '').split(' ');
    if (!scopes.some((x) => DNS_SCOPES.includes(x)))
      return oauthError('invalid_scope', 'Invalid OAuth scope or ID token audience provided.');
    const access = `ya29.${randomBytes(24).toString('base64url')}`;
    tokens.set(access, now() + 3599_000);
    issued++;
    return json(200, { access_token: access, expires_in: 3599, token_type: 'Bearer' });
  };

  const stand = await startHttpStandIn((req) => {
    if (req.url.pathname === '/token' && req.method === 'POST') return token(req);
    const m = /^\/dns\/v1\/projects\/([^/]+)\/managedZones\/([^/]+)\/rrsets(?:\/([^/]+)\/([^/]+))?$/.exec(
      req.url.pathname,
    );
    if (!m) return apiError(404, 'Not Found', 'notFound');
    const bearer = /^Bearer (\S+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
    const until = bearer === undefined ? undefined : tokens.get(bearer);
    if (until === undefined || until <= now() || refusing.on)
      return apiError(401, UNAUTHENTICATED, 'authError', 'UNAUTHENTICATED');
    const [project, managed, name, type] = m.slice(1).map((p) => (p === undefined ? undefined : decodeURIComponent(p)));
    if (project !== o.project) return apiError(403, 'Forbidden', 'forbidden');
    if (managed !== o.managedZone)
      return apiError(404, `The 'parameters.managedZone' resource named '${managed}' does not exist.`, 'notFound');
    return rrsets(zone, req, name, type);
  });
  base.tokenUri = `${stand.url}/token`;
  return Object.assign(stand, {
    refuseTokens: (on: boolean) => void (refusing.on = on),
    zone,
    tokenUri: base.tokenUri,
    tokensIssued: () => issued,
    revokeAll: () => tokens.clear(),
  });
}

const shown = (zone: Zone, name: string, type: string) => {
  const held = zone.find(name, type);
  return { kind: 'dns#resourceRecordSet', name, type, ttl: held[0]?.ttl ?? 0, rrdatas: held.map((r) => r.content) };
};

function rrsets(zone: Zone, req: SeenRequest, name?: string, type?: string): Reply {
  const missing = (n: string) =>
    apiError(404, `The 'parameters.name' resource named '${n}' does not exist.`, 'notFound');
  if (req.method === 'GET' && name && type)
    return zone.find(name, type).length ? json(200, shown(zone, name, type)) : missing(name);
  const creating = req.method === 'POST' && !name;
  if (!creating && req.method !== 'PATCH') return apiError(404, 'Not Found', 'notFound');
  const where = creating ? 'entity.change.additions[0]' : 'entity.resourceRecordSet';
  let b: Record<string, unknown>;
  try {
    b = JSON.parse(req.body) as Record<string, unknown>;
  } catch {
    return apiError(400, 'Invalid JSON payload received.', 'parseError', 'INVALID_ARGUMENT');
  }
  const setName = creating ? String(b.name ?? '') : name!;
  const setType = creating ? String(b.type ?? '') : type!;
  if (!creating && zone.find(setName, setType).length === 0) return missing(setName);
  const bare = setName.replace(/\.$/, '').toLowerCase();
  if (!setName.endsWith('.') || (bare !== zone.name && !bare.endsWith(`.${zone.name}`)))
    return apiError(400, `Invalid value for '${where}.name': '${setName}'`, 'invalid');
  const family = setType === 'A' ? 4 : setType === 'AAAA' ? 6 : 0;
  const rrdatas = Array.isArray(b.rrdatas) ? b.rrdatas.map(String) : [];
  const bad = rrdatas.findIndex((v) => isIP(v) !== family);
  if (rrdatas.length === 0 || bad >= 0)
    return apiError(
      400,
      `Invalid value for '${where}.rrdata[${Math.max(0, bad)}]': '${rrdatas[bad] ?? ''}'`,
      'invalid',
    );
  const held = zone.find(setName, setType);
  const ttl = b.ttl === undefined && !creating ? (held[0]?.ttl ?? 300) : b.ttl;
  if (typeof ttl !== 'number' || !Number.isInteger(ttl) || ttl < 0)
    return apiError(400, `Invalid value for '${where}.ttl': '${String(ttl)}'`, 'invalid');
  if (creating && held.length > 0)
    return apiError(409, `The resource '${where}' named '${setName} (${setType})' already exists`, 'alreadyExists');
  for (const r of held) zone.records.delete(r.id);
  for (const v of rrdatas) zone.add({ name: bare, type: setType, content: v, ttl });
  zone.writes++;
  return json(200, shown(zone, setName, setType));
}
