/**
 * What Tencent Cloud's API 3.0 asks alike of DNSPod (tencentcloud.ts) and EdgeOne (edgeone.ts)
 * (https://www.tencentcloud.com/document/api/213/30654, "Request Structure"; the common errors):
 * each call a JSON POST to the service's endpoint `/` with X-TC-Action, X-TC-Version,
 * X-TC-Timestamp and Authorization, signed with TC3-HMAC-SHA256 (sign/tencent.ts); every answer a
 * 200, a refusal its Response.Error {Code, Message}.
 */
import { type JsonCall, objectOf } from '../rest-record';
import { tc3Authorization } from '../sign/tencent';
import type { DdnsDeps } from '../types';

const CONTENT_TYPE = 'application/json; charset=utf-8';

/** An answer's Response (an empty object when it has none). */
export const tencentResponse = (body: unknown) => objectOf(objectOf(body).Response);

/** An answer's Response.Error (an empty object when it has none). */
export const tencentError = (body: unknown) => objectOf(tencentResponse(body).Error);

/** Tencent Cloud's own words in an answer's Response.Error.Message, or null. */
export function tencentMessage(body: string): string | null {
  try {
    const m = tencentError(JSON.parse(body)).Message;
    return typeof m === 'string' && m.trim() ? m.trim() : null;
  } catch {
    return null;
  }
}

export interface Tc3Api {
  /** The endpoint, without a trailing slash (https://dnspod.tencentcloudapi.com). */
  base: string;
  /** The service signed for ("dnspod", "teo"). */
  service: string;
  /** The API's version (X-TC-Version). */
  version: string;
  key: { secretId: string; secretKey: string };
  clock: DdnsDeps['clock'];
}

/** A poster of `action` calls with their JSON `data` through `call`, signed at the clock's second. */
export function tc3Poster(api: Tc3Api) {
  const host = new URL(api.base).host;
  return (call: JsonCall, action: string, data: Record<string, unknown>) => {
    const body = JSON.stringify(data);
    const timestamp = Math.floor(api.clock.now() / 1000);
    const c = { service: api.service, host, contentType: CONTENT_TYPE, body, timestamp };
    return call({
      method: 'POST',
      url: `${api.base}/`,
      body,
      headers: {
        'content-type': CONTENT_TYPE,
        'x-tc-action': action,
        'x-tc-version': api.version,
        'x-tc-timestamp': String(timestamp),
        authorization: tc3Authorization(api.key, c),
      },
    });
  };
}
