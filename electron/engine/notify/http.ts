/**
 * The one HTTP POST every webhook-like channel uses. How an answer maps to a SendResult is
 * answers.ts's table (transient, rejected, misconfigured); a channel may refine it with what
 * only that service says (`refine`). It goes out on the channels' client (net/client.ts).
 * The answer's body is read to the etiquette's 64 KB at most (net/etiquette.ts) and cut there:
 * the status has already said whether the notice was taken, and a longer body is not read. The
 * time limit is the outbox's (the channel's delivery timeout, 15 s by default).
 */
import { sharedClient } from '../net/client';
import { httpOutcome } from '../net/http-outcome';
import { resultFor } from './answers';
import type { ChannelHttp, SendResult } from './types';

export interface PostRequest {
  url: string;
  /** POST unless said otherwise; a GET sends no body (give ''). */
  method?: 'POST' | 'PUT' | 'GET';
  body: string;
  contentType?: string;
  headers?: Record<string, string>;
  signal: AbortSignal;
  /** The channels' HTTP client; the shared one of net/client.ts when not given. */
  client?: ChannelHttp | undefined;
  /** Epoch ms now, to read an HTTP-date Retry-After. */
  now: number;
  /** Reads a service-specific retry delay (ms) from an error body, e.g. Telegram's retry_after. */
  retryAfterFromBody?: (body: string) => number | undefined;
  /** The channel's own reading of an answer; undefined leaves it to the common table. */
  refine?: (answer: HttpAnswer) => SendResult | undefined;
}

export interface HttpAnswer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
  /** `HTTP 404: <body snippet>`, for errors. */
  error: string;
}

const snippet = (s: string) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 200 ? `${t.slice(0, 200)}...` : t;
};

/** Describes a thrown network error in one line. */
export function describeError(err: unknown, signal?: AbortSignal): string {
  if (signal?.aborted) {
    const r: unknown = signal.reason;
    return r instanceof Error && r.name === 'TimeoutError' ? 'timed out' : 'aborted';
  }
  if (err instanceof Error) {
    const cause = err.cause instanceof Error ? err.cause.message : '';
    const code = (err as { code?: unknown }).code;
    const base = cause && !err.message.includes(cause) ? `${err.message}: ${cause}` : err.message;
    return typeof code === 'string' && !base.includes(code) ? `${base} (${code})` : base;
  }
  return String(err);
}

export async function postHttp(req: PostRequest): Promise<SendResult> {
  let status: number;
  let text: string;
  let headers: Record<string, string | string[] | undefined>;
  try {
    const res = await (req.client ?? sharedClient()).request({
      url: req.url,
      method: req.method ?? 'POST',
      ...(req.method === 'GET' ? {} : { body: req.body }),
      headers: {
        ...(req.method === 'GET' ? {} : { 'content-type': req.contentType ?? 'application/json' }),
        'user-agent': 'IPWatch',
        ...req.headers,
      },
      signal: req.signal,
      over: 'cut',
    });
    status = res.status;
    headers = res.headers;
    text = res.body;
  } catch (err) {
    return { ok: false, kind: 'transient', error: describeError(err, req.signal) };
  }
  const error = `HTTP ${status}${text ? `: ${snippet(text)}` : ''}`;
  const refined = req.refine?.({ status, body: text, headers, error });
  if (refined) return refined;
  const outcome = httpOutcome(status, headers, req.now);
  const retryAfterMs = (outcome.kind === 'retry' ? outcome.afterMs : undefined) ?? req.retryAfterFromBody?.(text);
  return resultFor(status, error, retryAfterMs);
}
