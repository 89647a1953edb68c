/**
 * The one reading of an HTTP status that every call to someone else's service shares: the DDNS
 * providers (ddns/http.ts), the notification channels (notify/answers.ts), the heartbeat
 * (heartbeat/send.ts) and the online identity lookups (identity/online/answer.ts).
 * What only one service means by an answer (Telegram's "chat not found", a DDNS API that never
 * sends a 3xx, a heartbeat's `OK` body) stays in that service's or that kind's file. Pure.
 *
 *   status                         | outcome
 *   -------------------------------+-----------------------------------------------------------
 *   2xx                            | ok
 *   401, 403                       | refused: the credentials (a token, a key, a password)
 *   404, 410                       | not-found: the address is unknown (deleted or mistyped)
 *   408, 425, 429, 5xx and above   | retry, after Retry-After when it is readable (429: throttled)
 *   other 4xx (400, 413, 422...)   | failed: the request as sent is refused
 *   1xx, 3xx, anything else        | failed: not an answer these APIs give
 *
 * Retry-After is read by net/retry-after.ts (seconds or an HTTP date, from `now`); how long a
 * retry then waits is the etiquette's (net/etiquette.ts retryWait: the backoff, the server's
 * word on top, honoured up to 6 h) or the caller's own cap.
 */
import { parseRetryAfter } from './retry-after';

export type HttpOutcome =
  | { kind: 'ok' }
  | { kind: 'refused' }
  | { kind: 'not-found' }
  | { kind: 'retry'; throttled: boolean; afterMs?: number }
  | { kind: 'failed' };

export type HttpHeaders = Record<string, string | string[] | undefined>;

/** True for the statuses a later try may get past: the server's side, or its load. */
export const isRetryStatus = (status: number): boolean =>
  status === 408 || status === 425 || status === 429 || status >= 500;

export function httpOutcome(status: number, headers: HttpHeaders, now: number): HttpOutcome {
  if (status >= 200 && status <= 299) return { kind: 'ok' };
  if (status === 401 || status === 403) return { kind: 'refused' };
  if (status === 404 || status === 410) return { kind: 'not-found' };
  if (isRetryStatus(status)) {
    const afterMs = parseRetryAfter(headers['retry-after'], now);
    return { kind: 'retry', throttled: status === 429, ...(afterMs === undefined ? {} : { afterMs }) };
  }
  return { kind: 'failed' };
}
