/**
 * Huawei Cloud's AK/SK signature, "SDK-HMAC-SHA256" of its API Gateway (APIG), as the official
 * huaweicloud/huaweicloud-sdk-go-v3 signs (core/auth/signer/signer.go) and jeessy2/ddns-go's
 * util/huawei_signer.go: CanonicalRequest = METHOD\nURI (each segment escaped, a "/" at the end)\n
 * query (keys sorted, values sorted, RFC 3986 escaped)\nheaders (name:value\n, lower case, sorted)\n
 * signed header names joined by ";"\nhex(SHA256(body)); StringToSign = "SDK-HMAC-SHA256\n" +
 * X-Sdk-Date + "\n" + hex(SHA256(CanonicalRequest)); the signature HMAC-SHA256 keyed with the SK
 * itself (no derived key). No library is kept for it; checked against the SDK's own test vectors
 * (core/auth/signer/signer_test.go, tests/electron/engine/ddns/sign/huawei.test.ts). Pure.
 */
import { createHash, createHmac } from 'node:crypto';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export interface HuaweiCall {
  method: string;
  /** The URL's path, unescaped ("/v2.1/recordsets"). */
  path: string;
  /** The query's pairs, unescaped. */
  query: readonly (readonly [string, string])[];
  /** The headers to sign, by name (any case); X-Sdk-Date among them. */
  headers: Record<string, string>;
  body: string;
}

/** X-Sdk-Date of a moment: "20060102T150405Z". */
export const sdkDate = (ms: number): string => new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, '');

/** Huawei's escape: every byte outside A-Z a-z 0-9 _ - ~ . as %XX (upper case hex). */
export const huaweiEscape = (text: string): string =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The query as signed (and as it is best sent): sorted by name, then by value, each escaped. */
export function huaweiQuery(pairs: HuaweiCall['query']): string {
  const sorted = [...pairs].sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  return sorted.map(([k, v]) => `${huaweiEscape(k)}=${huaweiEscape(v)}`).join('&');
}

const signedNames = (headers: Record<string, string>) =>
  Object.keys(headers)
    .map((k) => k.toLowerCase())
    .sort();

export function huaweiCanonicalRequest(c: HuaweiCall): string {
  const uri = c.path.split('/').map(huaweiEscape).join('/');
  const lower = Object.fromEntries(Object.entries(c.headers).map(([k, v]) => [k.toLowerCase(), v.trim()]));
  const names = signedNames(c.headers);
  return [
    c.method,
    uri.endsWith('/') ? uri : `${uri}/`,
    huaweiQuery(c.query),
    names.map((k) => `${k}:${lower[k]}\n`).join(''),
    names.join(';'),
    sha256(c.body),
  ].join('\n');
}

const dateOf = (c: HuaweiCall) => Object.entries(c.headers).find(([k]) => k.toLowerCase() === 'x-sdk-date')?.[1] ?? '';

export function huaweiSignature(sk: string, c: HuaweiCall): string {
  const toSign = ['SDK-HMAC-SHA256', dateOf(c), sha256(huaweiCanonicalRequest(c))].join('\n');
  return createHmac('sha256', sk).update(toSign, 'utf8').digest('hex');
}

/** The Authorization header of one call. */
export function huaweiAuthorization(key: { ak: string; sk: string }, c: HuaweiCall): string {
  const names = signedNames(c.headers).join(';');
  return `SDK-HMAC-SHA256 Access=${key.ak}, SignedHeaders=${names}, Signature=${huaweiSignature(key.sk, c)}`;
}
