/**
 * The HTTP side of the web API providers (Cloudflare, dyndns2, DuckDNS, deSEC): one request
 * function under the etiquette's limits (net/etiquette.ts: 15 s, 64 KB; on the shared client of
 * net/client.ts), and the reading of an HTTP status that every provider shares. A provider reads
 * a 2xx body its own way.
 *
 *   answer                       | outcome (net/http-outcome.ts reads the status; the 1xx and 3xx rule is the providers')
 *   -----------------------------+------------------------------------------------------------
 *   2xx                          | the answer, for the provider to read
 *   401, 403                     | stop: the credentials are refused (a person must act)
 *   408                          | retry (the server gave up waiting for us)
 *   425                          | retry (the server asks to be asked again later)
 *   429                          | retry, after Retry-After when given (net/etiquette.ts caps it at 6 h)
 *   5xx                          | retry, after Retry-After when given
 *   other 4xx (400, 404...)      | stop: the request as set is refused (a person must fix the record),
 *                                | unless the provider says it passes (Route 53's 400 Throttling): retry
 *   other (1xx, 3xx)             | retry: not an answer the APIs give
 *   no answer, timeout, > 64 KB  | retry, said in shared/words/error.ts's words
 *
 * How long a retry waits is the etiquette's (plan.ts): the backoff, with the provider's
 * Retry-After on top. Nothing here stops a record for what can heal by itself.
 *
 * Why an answer was refused is a sentence: what the status means, then the provider's own
 * message when its file can read one from the body (Cloudflare's `errors[].message`, deSEC's
 * `detail`), then the status and its name in brackets. A body is never shown as it came.
 */
import { STATUS_CODES } from 'node:http';

import type { Reason } from '../../../shared/reason';
import type { DdnsOutcome } from '../../../shared/settings/ddns';
import { sharedClient } from '../net/client';
import { SourceError } from '../net/errors';
import { BodyTooLargeError, boundedRequest } from '../net/etiquette';
import { httpOutcome } from '../net/http-outcome';
import { parseRetryAfter } from '../net/retry-after';
import { why } from './why';

export interface DdnsHttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: string;
  signal: AbortSignal;
  /** The local address the request leaves from (ddns/leave-from.ts), over `family`; none: the system's choice. */
  localAddress?: string;
  family?: 4 | 6;
}

export interface DdnsHttpAnswer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

export type DdnsHttp = (req: DdnsHttpRequest) => Promise<DdnsHttpAnswer>;

/** The User-Agent dyndns2 asks for ("company - device - version"), sent to every provider. */
export const USER_AGENT = 'IPWatch - ipwatch - 0.1';

/** The providers' requests, each bounded in time and body (tests shorten the time limit). */
export function createDdnsHttp(limits: { timeoutMs?: number; maxBytes?: number } = {}): DdnsHttp {
  return (req) =>
    boundedRequest(
      req.signal,
      (signal) =>
        sharedClient().send({
          url: req.url,
          method: req.method,
          headers: { 'user-agent': USER_AGENT, ...req.headers },
          ...(req.body === undefined ? {} : { body: req.body }),
          ...(req.localAddress ? { localAddress: req.localAddress } : {}),
          ...(req.family ? { family: req.family } : {}),
          signal,
        }),
      limits,
    );
}

export const ddnsHttp: DdnsHttp = createDdnsHttp();

/**
 * Why a request had no answer: the raw error as the engine met it (a code beside Node's text when
 * the text does not name it), said in words by each reader (shared/words/error.ts: never a bare
 * error code), about the provider's host when the error names no place.
 */
function noAnswer(err: unknown, req: DdnsHttpRequest): string {
  if (err instanceof BodyTooLargeError) return err.message;
  // Said in words already (the way out chosen cannot be used: net/local-address.ts), with no OS code.
  if (err instanceof SourceError) return err.message;
  if (err instanceof Error && err.name === 'TimeoutError') return 'timed out';
  if (req.signal.aborted) return 'cancelled';
  const codeOf = (e: unknown) => (e as { code?: unknown } | null)?.code;
  const code = codeOf(err) ?? codeOf(err instanceof Error ? err.cause : undefined);
  const text = err instanceof Error ? err.message : String(err);
  return typeof code === 'string' && !text.includes(code) ? `${text} (${code})` : text;
}

/** The provider's address without its path and query (a DuckDNS token rides in the query): where the words place a failure. */
const originOf = (url: string): string => {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
};

/**
 * A provider's own message in an answer's body (its error words), or what IPWatch knows it to
 * mean (a reason: dyndns2's return codes), or null when the body has none it can read.
 */
export type ProviderMessage = (body: string) => string | Reason | null;

/** Whether a 4xx answer is one the provider documents as passing by itself (AWS: 400 Throttling). */
export type ProviderPasses = (answer: DdnsHttpAnswer) => boolean;

/** What a status that is not 2xx means, said of the provider: the `meaning` of reason.ddns.http ("refused the credentials"). */
function statusMeaning(status: number): string {
  if (status === 401 || status === 403) return 'credentials';
  if (status === 408) return 'timeout';
  if (status === 425) return 'tooEarly';
  if (status === 429) return 'rateLimited';
  if (status >= 500) return 'server';
  if (status >= 400) return 'request';
  return 'other';
}

/** "HTTP 403 Forbidden": the status with its standard name, for the brackets after the words. */
const statusName = (status: number) => `HTTP ${status}${STATUS_CODES[status] ? ` ${STATUS_CODES[status]}` : ''}`;

/**
 * The outcome an HTTP status other than 2xx means (the table above), with why in words:
 * "Cloudflare home.example.org A refused the credentials: Authentication error (HTTP 403 Forbidden)".
 * `message` is the provider's own words from the body, if any. Pure.
 */
export function statusOutcome(
  answer: DdnsHttpAnswer,
  label: string,
  now: number,
  message: string | Reason | null = null,
  passes = false,
): DdnsOutcome {
  const { status } = answer;
  const values = { label, meaning: passes ? 'rateLimited' : statusMeaning(status), statusName: statusName(status) };
  const { text: reason, code } = !message
    ? why('reason.ddns.http', values)
    : typeof message === 'string'
      ? why('reason.ddns.httpSaid', { ...values, said: message })
      : why('reason.ddns.httpSaidInner', values, message);
  const outcome = httpOutcome(status, answer.headers, now);
  if (outcome.kind === 'retry') return { kind: 'retry', reason, code, ...afterOf(outcome.afterMs) };
  // The providers' own rule: a 1xx or 3xx is not an answer their APIs give, so it may pass; and a
  // refusal the provider documents as one that passes (a rate limit said with a 400) waits too.
  if (status < 400 || passes)
    return { kind: 'retry', reason, code, ...afterOf(parseRetryAfter(answer.headers['retry-after'], now)) };
  return { kind: 'stop', reason, code };
}

const afterOf = (afterMs: number | undefined) => (afterMs === undefined ? {} : { afterMs });

/** A provider's message cut to one short line: words, never a page. */
export const oneLine = (s: string) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 160 ? `${t.slice(0, 160)}…` : t;
};

/**
 * One provider's HTTP exchanges: a failed request is a `retry`, a status that is not 2xx its
 * outcome (with the provider's `message` read from the body), a 2xx the answer.
 */
export function providerHttp(
  http: DdnsHttp,
  now: () => number,
  label: string,
  message?: ProviderMessage,
  passes?: ProviderPasses,
) {
  return async (req: DdnsHttpRequest): Promise<DdnsHttpAnswer | DdnsOutcome> => {
    let answer: DdnsHttpAnswer;
    try {
      answer = await http(req);
    } catch (err) {
      const { text, code } = why('reason.ddns.noAnswer', {
        label,
        errorLine: noAnswer(err, req),
        url: originOf(req.url),
      });
      return { kind: 'retry', reason: text, code };
    }
    if (answer.status >= 200 && answer.status < 300) return answer;
    let said: string | Reason | null = null;
    try {
      said = answer.body && message ? message(answer.body) : null;
    } catch {
      // A body the provider's reader cannot take is said by its status alone.
    }
    const words = typeof said === 'string' ? (said ? oneLine(said) : null) : said;
    return statusOutcome(answer, label, now(), words, answer.status >= 400 && (passes?.(answer) ?? false));
  };
}

export const isOutcome = (a: DdnsHttpAnswer | DdnsOutcome): a is DdnsOutcome => 'kind' in a;
