/**
 * Tencent Cloud's API 3.0 signature, TC3-HMAC-SHA256 (https://www.tencentcloud.com/document/api/213/33224,
 * "Signature v3"; as jeessy2/ddns-go's util/tencent_cloud_signer.go signs): CanonicalRequest =
 * METHOD\n/\n\ncontent-type:<ct>\nhost:<host>\n\ncontent-type;host\nhex(SHA256(body)); StringToSign
 * = "TC3-HMAC-SHA256\n" + timestamp + "\n" + date/service/tc3_request + "\n" + hex(SHA256(canonical));
 * the key derived by HMAC-SHA256 from "TC3" + SecretKey over the UTC date, the service and
 * "tc3_request". No library is kept for it; checked against the document's own worked example
 * (tests/electron/engine/ddns/sign/tencent.test.ts). Pure.
 */
import { createHash, createHmac } from 'node:crypto';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const hmac = (key: string | Buffer, text: string) => createHmac('sha256', key).update(text, 'utf8').digest();

export interface Tc3Call {
  service: string;
  host: string;
  contentType: string;
  body: string;
  /** Seconds since the epoch (X-TC-Timestamp). */
  timestamp: number;
}

export const tc3Date = (timestamp: number): string => new Date(timestamp * 1000).toISOString().slice(0, 10);

export function tc3StringToSign(c: Tc3Call): string {
  const canonical = [
    'POST',
    '/',
    '',
    `content-type:${c.contentType}\nhost:${c.host}\n`,
    'content-type;host',
    sha256(c.body),
  ].join('\n');
  return [
    'TC3-HMAC-SHA256',
    String(c.timestamp),
    `${tc3Date(c.timestamp)}/${c.service}/tc3_request`,
    sha256(canonical),
  ].join('\n');
}

export function tc3Signature(secretKey: string, c: Tc3Call): string {
  const date = hmac(`TC3${secretKey}`, tc3Date(c.timestamp));
  const signing = hmac(hmac(date, c.service), 'tc3_request');
  return createHmac('sha256', signing).update(tc3StringToSign(c), 'utf8').digest('hex');
}

/** The Authorization header of one POST call. */
export function tc3Authorization(key: { secretId: string; secretKey: string }, c: Tc3Call): string {
  const scope = `${tc3Date(c.timestamp)}/${c.service}/tc3_request`;
  return `TC3-HMAC-SHA256 Credential=${key.secretId}/${scope}, SignedHeaders=content-type;host, Signature=${tc3Signature(key.secretKey, c)}`;
}
