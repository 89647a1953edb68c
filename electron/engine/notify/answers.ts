/**
 * What a service's HTTP answer means for the notice and for the channel: the status read the one
 * way every call to a service reads it (net/http-outcome.ts), then what that means here. Pure.
 *
 *   answer                                   | kind          | the queue
 *   -----------------------------------------+---------------+-------------------------------------------
 *   2xx                                      | ok            | sent
 *   408, 425, 429, 5xx, network, timeout     | transient     | retried with the etiquette's backoff
 *                                            |               | (backoff.ts); Retry-After honoured up to 6 h
 *   400, 413, 422 (about this payload)       | rejected      | this notice is set aside with the reason;
 *                                            |               | the next one goes; `notify list/resend`
 *   401, 403, 404, 410, other 4xx, 3xx       | misconfigured | the channel pauses with the queue intact
 *                                            |               | until its settings change or a test passes
 *
 * A channel may refine this with what only it knows (Discord's "Unknown Webhook", Telegram's
 * "chat not found" or "migrate_to_chat_id").
 */
import { httpOutcome } from '../net/http-outcome';
import type { SendResult } from './types';

export type AnswerKind = 'ok' | 'transient' | 'rejected' | 'misconfigured';

export function answerKind(status: number): AnswerKind {
  const { kind } = httpOutcome(status, {}, 0);
  if (kind === 'ok') return 'ok';
  if (kind === 'retry') return 'transient';
  // The channels' own rule: these three are about this notice's payload, not the channel.
  if (status === 400 || status === 413 || status === 422) return 'rejected';
  return 'misconfigured';
}

/** What to fix, for a misconfigured channel's status. */
export function misconfiguredHint(status: number): string {
  const { kind } = httpOutcome(status, {}, 0);
  if (kind === 'refused') return 'the service refused our credentials: check the token or URL';
  if (kind === 'not-found') return 'the service does not know this URL: it was deleted or mistyped';
  if (status >= 300 && status < 400) return 'the URL redirects: use the final URL';
  return 'check the channel settings';
}

export function resultFor(status: number, error: string, retryAfterMs?: number): SendResult {
  const kind = answerKind(status);
  if (kind === 'ok') return { ok: true };
  if (kind === 'transient')
    return {
      ok: false,
      kind,
      error,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      ...(status === 429 ? { throttled: true as const } : {}),
    };
  if (kind === 'rejected') return { ok: false, kind, error };
  return { ok: false, kind, error: `${error} (${misconfiguredHint(status)})` };
}
