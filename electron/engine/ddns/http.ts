/**
 * The HTTP side of the web API providers (Cloudflare, dyndns2, DuckDNS, deSEC): one request
 * function (undici, loaded at the first request), and the reading of an HTTP status that every
 * provider shares: 401/403 stop (the credentials are refused), 429 waits as Retry-After says
 * until it is past its limit, 5xx and no answer retry. A provider reads a 2xx body its own way.
 */
import type { DdnsOutcome } from '../../../shared/ddns-settings';
import { parseRetryAfter } from '../net/retry-after';
import { loadUndici } from '../net/undici';

export interface DdnsHttpRequest {
  method: 'GET' | 'PATCH';
  url: string;
  headers?: Record<string, string>;
  body?: string;
  signal: AbortSignal;
}

export interface DdnsHttpAnswer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

export type DdnsHttp = (req: DdnsHttpRequest) => Promise<DdnsHttpAnswer>;

/** The User-Agent dyndns2 asks for ("company - device - version"), sent to every provider. */
export const USER_AGENT = 'IPWatch - ipwatch - 0.1';

export const undiciHttp: DdnsHttp = async (req) => {
  const { request } = await loadUndici();
  const res = await request(req.url, {
    method: req.method,
    headers: { 'user-agent': USER_AGENT, ...req.headers },
    ...(req.body === undefined ? {} : { body: req.body }),
    signal: req.signal,
  });
  return { status: res.statusCode, headers: res.headers, body: await res.body.text() };
};

/** A Retry-After longer than this, or this many 429s in a row, is past the limit: stop. */
export const MAX_RETRY_AFTER_MS = 60 * 60_000;
export const MAX_429_IN_A_ROW = 3;
const DEFAULT_429_WAIT_MS = 5 * 60_000;
const SERVER_ERROR_WAIT_MS = 60_000;

const snippet = (s: string) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 160 ? `${t.slice(0, 160)}...` : t;
};

/**
 * One provider's HTTP exchanges: a failed request is a `retry`, and a status that is not 2xx its
 * outcome (the answer itself when 2xx). Counts 429s in a row, to stop once they pass the limit.
 */
export function providerHttp(http: DdnsHttp, now: () => number, label: string) {
  let tooMany = 0;
  return async (req: DdnsHttpRequest): Promise<DdnsHttpAnswer | DdnsOutcome> => {
    let answer: DdnsHttpAnswer;
    try {
      answer = await http(req);
    } catch (err) {
      return { kind: 'retry', reason: `${label}: no answer (${err instanceof Error ? err.message : String(err)})` };
    }
    const { status } = answer;
    const said = `${label}: HTTP ${status}${answer.body ? ` ${snippet(answer.body)}` : ''}`;
    if (status !== 429) tooMany = 0;
    if (status >= 200 && status < 300) return answer;
    if (status === 401 || status === 403) return { kind: 'stop', reason: `${said} (the credentials are refused)` };
    if (status === 429) {
      tooMany++;
      const afterMs = parseRetryAfter(answer.headers['retry-after'], now()) ?? DEFAULT_429_WAIT_MS;
      if (afterMs > MAX_RETRY_AFTER_MS || tooMany >= MAX_429_IN_A_ROW) {
        return {
          kind: 'stop',
          reason: `${said} (rate-limited ${tooMany} times in a row, asked to wait ${Math.round(afterMs / 1000)} s)`,
        };
      }
      return { kind: 'retry', reason: `${said} (rate-limited)`, afterMs };
    }
    if (status >= 500) return { kind: 'retry', reason: said, afterMs: SERVER_ERROR_WAIT_MS };
    return { kind: 'stop', reason: said };
  };
}

export const isOutcome = (a: DdnsHttpAnswer | DdnsOutcome): a is DdnsOutcome => 'kind' in a;
