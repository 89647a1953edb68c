/**
 * Alibaba Cloud's RPC signature, version 1.0 (Alibaba Cloud DNS API, "Request signatures":
 * https://www.alibabacloud.com/help/en/dns/request-signatures; as qdm12/ddns-updater's
 * internal/provider/providers/aliyun/auth.go and jeessy2/ddns-go's util/aliyun_signer.go sign):
 * every parameter but Signature, each name and value percent-encoded per RFC 3986 (only
 * A-Z a-z 0-9 - _ . ~ left as they are, a space as %20), sorted by name, joined with "&" into the
 * canonical query; StringToSign = METHOD + "&%2F&" + encode(canonical query); Signature =
 * Base64(HMAC-SHA1(secret + "&", StringToSign)). No library is kept for it; checked against the
 * document's own example (tests/electron/engine/ddns/sign/aliyun.test.ts). Pure.
 */
import { createHmac } from 'node:crypto';

/** RFC 3986 percent-encoding as Alibaba asks it (encodeURIComponent leaves ! ' ( ) * as they are). */
export const aliyunEncode = (text: string): string =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The canonical query of `params`: encoded, sorted by name, joined with "&". */
export function aliyunCanonical(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((k) => k !== 'Signature')
    .sort()
    .map((k) => `${aliyunEncode(k)}=${aliyunEncode(params[k] as string)}`)
    .join('&');
}

export const aliyunStringToSign = (method: string, params: Record<string, string>): string =>
  `${method.toUpperCase()}&${aliyunEncode('/')}&${aliyunEncode(aliyunCanonical(params))}`;

/** The Signature of a call with `params` (the common ones included), signed with `secret`. */
export function aliyunSignature(secret: string, method: string, params: Record<string, string>): string {
  return createHmac('sha1', `${secret}&`).update(aliyunStringToSign(method, params), 'utf8').digest('base64');
}

/**
 * The whole signed query of one call at `time`, with `nonce` (a fresh one each call), to the API of
 * `version` (Alibaba Cloud DNS's 2015-01-09 unless said; ESA's is 2024-09-10).
 */
export function aliyunSignedQuery(
  key: { accessKeyId: string; secret: string },
  method: string,
  action: Record<string, string>,
  time: Date,
  nonce: string,
  version = '2015-01-09',
): string {
  const params: Record<string, string> = {
    ...action,
    AccessKeyId: key.accessKeyId,
    Format: 'JSON',
    Version: version,
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: nonce,
    Timestamp: time.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
  const signature = aliyunSignature(key.secret, method, params);
  return `${aliyunCanonical(params)}&Signature=${aliyunEncode(signature)}`;
}
