/**
 * OVHcloud's API signature (https://help.ovhcloud.com/csm/en-api-getting-started-ovhcloud-api,
 * "Signing requests"; ovh/python-ovh's client.py raw_call): the headers an authenticated call
 * carries, X-Ovh-Application, X-Ovh-Consumer, X-Ovh-Timestamp and X-Ovh-Signature =
 * "$1$" + hex(SHA1(appSecret + "+" + consumerKey + "+" + METHOD + "+" + fullUrl + "+" + body +
 * "+" + timestamp)). No library is kept for it; checked against python-ovh's own test vectors
 * (tests/electron/engine/ddns/sign/ovh.test.ts). Pure.
 */
import { createHash } from 'node:crypto';

export interface OvhKey {
  appKey: string;
  appSecret: string;
  consumerKey: string;
}

/** X-Ovh-Signature of one call: `url` in full as sent (query included), `body` as sent ('' for none). */
export function ovhSignature(key: OvhKey, method: string, url: string, body: string, timestamp: number): string {
  const text = [key.appSecret, key.consumerKey, method.toUpperCase(), url, body, String(timestamp)].join('+');
  return `$1$${createHash('sha1').update(text, 'utf8').digest('hex')}`;
}

/** The headers of one signed call at `timestamp` (seconds, OVH's time: GET /auth/time). */
export function ovhHeaders(
  key: OvhKey,
  method: string,
  url: string,
  body: string,
  timestamp: number,
): Record<string, string> {
  return {
    'x-ovh-application': key.appKey,
    'x-ovh-consumer': key.consumerKey,
    'x-ovh-timestamp': String(timestamp),
    'x-ovh-signature': ovhSignature(key, method, url, body, timestamp),
  };
}
