/**
 * Baidu AI Cloud's request signature, bce-auth-v1 ("Generate Authentication String":
 * https://cloud.baidu.com/doc/Reference/s/njwvz1yfu, its English
 * https://intl.cloud.baidu.com/doc/Reference/s/njwvz1yfu-en; as jeessy2/ddns-go's
 * util/baidu_signer.go signs its calls to bcd.baidubce.com):
 *
 *   authStringPrefix = bce-auth-v1/{accessKeyId}/{timestamp yyyy-mm-ddThh:mm:ssZ}/{expirationPeriodInSeconds}
 *   CanonicalRequest = METHOD \n UriEncodeExceptSlash(path) \n CanonicalQueryString \n CanonicalHeaders
 *   signingKey = HMAC-SHA256-HEX(SK, authStringPrefix); signature = HMAC-SHA256-HEX(signingKey, CanonicalRequest)
 *   Authorization = authStringPrefix/{signedHeaders, ";"-joined, empty for the default set}/{signature}
 *
 * UriEncode is RFC 3986's (only A-Z a-z 0-9 - . _ ~ kept); the query is each name=value encoded,
 * sorted, "&"-joined (authorization left out); each header "lowercase(name):UriEncode(trim(value))",
 * sorted, "\n"-joined. Checked against the document's own example (its PUT of readme.txt, which
 * the header page https://intl.cloud.baidu.com/doc/Reference/s/Gjwvz1xez-en shows signed) in
 * tests/electron/engine/ddns/sign/baidu.test.ts. No library is kept for it; node:crypto only. Pure.
 */
import { createHmac } from 'node:crypto';

/** RFC 3986 percent-encoding (encodeURIComponent leaves ! ' ( ) * as they are). */
export const baiduEncode = (text: string): string =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const hmacHex = (key: string, text: string) => createHmac('sha256', key).update(text, 'utf8').digest('hex');

export interface BaiduRequest {
  method: string;
  /** The URL's path, not encoded ("/v1/domain/resolve/list"). */
  path: string;
  query?: Record<string, string>;
  /** The headers signed, by name (any case) and value. */
  headers: Record<string, string>;
}

export function baiduCanonicalRequest(req: BaiduRequest): string {
  const uri = baiduEncode(req.path.startsWith('/') ? req.path : `/${req.path}`).replace(/%2F/g, '/');
  const query = Object.entries(req.query ?? {})
    .filter(([k]) => k.toLowerCase() !== 'authorization')
    .map(([k, v]) => `${baiduEncode(k)}=${baiduEncode(v)}`)
    .sort()
    .join('&');
  const headers = Object.entries(req.headers)
    .map(([k, v]) => `${baiduEncode(k.trim().toLowerCase())}:${baiduEncode(v.trim())}`)
    .sort()
    .join('\n');
  return `${req.method.toUpperCase()}\n${uri}\n${query}\n${headers}`;
}

/**
 * The Authorization header of `req` signed at `time` with the key, valid `expiresIn` seconds;
 * `listSigned` names the signed headers in it (false leaves the list empty: the server's default set).
 */
export function baiduAuthorization(
  key: { accessKeyId: string; secret: string },
  req: BaiduRequest,
  time: Date,
  expiresIn = 1800,
  listSigned = true,
): string {
  const timestamp = time.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const prefix = `bce-auth-v1/${key.accessKeyId}/${timestamp}/${expiresIn}`;
  const signature = hmacHex(hmacHex(key.secret, prefix), baiduCanonicalRequest(req));
  const signed = listSigned
    ? Object.keys(req.headers)
        .map((k) => k.trim().toLowerCase())
        .sort()
        .join(';')
    : '';
  return `${prefix}/${signed}/${signature}`;
}
