/**
 * What both providers share: an answer's status judged the documented way (net/http-outcome.ts,
 * the one reading every call to a service shares), a JSON body read without trusting it, and
 * "AS15169" read as a number. Pure.
 *
 *   answer                        | outcome
 *   ------------------------------+-------------------------------------------------------------
 *   2xx, at most 64 KB            | null: the provider reads it
 *   2xx, over 64 KB               | failed, in words (the etiquette's body bound)
 *   401, 403                      | stop: the token is refused
 *   429                           | later, after Retry-After, or an hour without one (a daily or
 *                                 | monthly quota is not hammered)
 *   408, 425, 5xx                 | later, after Retry-After when given
 *   404, 410, other               | failed: this question only
 *
 * How long `later` waits is the enricher's, by the etiquette (net/etiquette.ts): the backoff, with
 * `afterMs` on top.
 */
import { ETIQUETTE } from '../../net/etiquette';
import { httpOutcome } from '../../net/http-outcome';
import type { HttpResponse } from '../../net/types';
import type { AskOutcome } from './types';

/** Over a limit with no Retry-After: an hour, so a daily or monthly quota is not hammered. */
export const DEFAULT_LATER_MS = 60 * 60_000;

/** What a provider asks the HTTP client for: one byte past the bound, so an answer past it is seen. */
export const ASK_MAX_BYTES = ETIQUETTE.maxBodyBytes + 1;

/** null for a 2xx answer within the bound; else the outcome it means (the table above). */
export function judgeStatus(res: HttpResponse, now: number, what: string): AskOutcome | null {
  const outcome = httpOutcome(res.status, res.headers, now);
  if (outcome.kind === 'ok') {
    if (Buffer.byteLength(res.body) <= ETIQUETTE.maxBodyBytes) return null;
    return { kind: 'failed', reason: `${what} answered more than ${ETIQUETTE.maxBodyBytes / 1024} KB` };
  }
  const said = errorMessage(res.body);
  const detail = `${what} answered HTTP ${res.status}${said ? `: ${said}` : ''}`;
  if (outcome.kind === 'refused') return { kind: 'stop', reason: detail };
  if (outcome.kind !== 'retry') return { kind: 'failed', reason: detail };
  // Over a quota with no Retry-After: an hour, so a daily or monthly one is not hammered.
  const afterMs = outcome.afterMs ?? (outcome.throttled ? DEFAULT_LATER_MS : undefined);
  return { kind: 'later', reason: detail, ...(afterMs === undefined ? {} : { afterMs }) };
}

/** A JSON object body, or null (not JSON, or not an object). */
export function jsonObject(body: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(body);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The error text of a JSON error body (`error` as a string or `{ title, message }`), cut short. */
function errorMessage(body: string): string {
  const o = jsonObject(body);
  const e = o?.error;
  const text =
    typeof e === 'string'
      ? e
      : typeof e === 'object' && e !== null
        ? [(e as { title?: unknown }).title, (e as { message?: unknown }).message]
            .filter((x): x is string => typeof x === 'string')
            .join(': ')
        : '';
  return text.replace(/\s+/g, ' ').slice(0, 160);
}

/** "AS15169" (or "15169") as 15169; null for anything else. */
export function asNumber(v: unknown): number | null {
  const m = typeof v === 'string' ? /^(?:AS)?(\d{1,10})$/i.exec(v.trim()) : null;
  const n = m ? Number(m[1]) : typeof v === 'number' ? v : NaN;
  return Number.isInteger(n) && n > 0 && n <= 4_294_967_295 ? n : null;
}

/** A non-empty string, trimmed and cut to a sane length; else null. */
export function text(v: unknown, max = 200): string | null {
  return typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : null;
}

/** A two-letter country code in capitals; else null. */
export function countryCode(v: unknown): string | null {
  return typeof v === 'string' && /^[A-Za-z]{2}$/.test(v.trim()) ? v.trim().toUpperCase() : null;
}
