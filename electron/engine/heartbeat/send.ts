/**
 * One heartbeat request on the shared client (net/client.ts), as the channels send theirs, under the
 * etiquette every call to another service follows (net/etiquette.ts): given up after 15 s, and
 * its answer's body read up to 64 KB (a longer one is a failure in words). Whether a ping was
 * taken is the service's reading of the answer (its file's `read`); a ping the service asks to
 * retry (net/http-outcome.ts: 408, 425, 429, 5xx) carries its Retry-After, for the pinger's backoff.
 */
import { sharedClient } from '../net/client';
import { BodyTooLargeError, boundedRequest } from '../net/etiquette';
import { httpOutcome } from '../net/http-outcome';
import { describeError } from '../notify/http';
import type { PingAnswer, PingRequest } from './types';

/** Never rejects: a failure is an answer with its reason. `now` reads an HTTP-date Retry-After. */
export async function sendPing(
  req: PingRequest,
  read: (status: number, body: string) => PingAnswer,
  userAgent: string,
  abort: AbortSignal,
  now: () => number = Date.now,
): Promise<PingAnswer> {
  try {
    const res = await boundedRequest(abort, (signal) =>
      sharedClient().send({
        url: req.url,
        method: req.method,
        headers: { 'user-agent': userAgent, ...(req.body ? { 'content-type': 'text/plain; charset=utf-8' } : {}) },
        ...(req.body ? { body: req.body } : {}),
        signal,
      }),
    );
    const answer = read(res.status, res.body);
    if (answer.ok) return answer;
    // A busy or failing service's Retry-After, read the one way every call reads it.
    const outcome = httpOutcome(res.status, res.headers, now());
    return outcome.kind === 'retry' && outcome.afterMs !== undefined
      ? { ...answer, retryAfterMs: outcome.afterMs }
      : answer;
  } catch (err) {
    if (err instanceof BodyTooLargeError) return { ok: false, error: err.message };
    const timedOut = err instanceof Error && err.name === 'TimeoutError';
    return { ok: false, error: timedOut ? 'timed out' : describeError(err, abort) };
  }
}
