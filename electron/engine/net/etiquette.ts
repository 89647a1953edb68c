/**
 * The etiquette of every call IPWatch makes to someone else's service: the dynamic DNS providers,
 * the heartbeat, the online identity lookups and the notification channels' HTTP. One time limit
 * per request, one bound per answer's body, and one schedule of waits after failures in a row,
 * so a provider that is down sees a few requests an hour from us, never one a minute.
 *
 * `retryWait(failures, random, retryAfterMs, schedule)`: the wait before the next try. Pure. Every
 * retry in the house asks it (the DDNS updates and API reads, the heartbeat, the identity lookups,
 * the notification channels' outbox); a caller whose user sets the first wait and the cap (the
 * channels' `retry.initialSec` and `maxSec`) passes them as `schedule`, and the cap of 1 h and the
 * Retry-After cap of 6 h hold whatever it passes.
 *
 *   failures in a row | Retry-After         | wait (random r in [0, 1))
 *   ------------------+---------------------+------------------------------------------------
 *   1                 | none                | 30 s × (1 + 0.2 r): 30 s to 36 s
 *   2                 | none                | 60 s × (1 + 0.2 r): 60 s to 72 s
 *   n                 | none                | min(1 h, 30 s × 2^(n-1) × (1 + 0.2 r))
 *   8 and more        | none                | 1 h (the cap)
 *   n                 | R, up to 6 h        | max(the wait above, R): the server's word, never cut
 *   n                 | R, over 6 h         | 6 h (a longer one is honoured only that far)
 *   0 or less         | any                 | as for 1
 *
 * With a `schedule`, 30 s reads `firstWaitMs` and 1 h reads min(1 h, `maxWaitMs`).
 *
 * The jitter is only ever added, so a wait is never shorter than the one before it (each step
 * doubles, and 1.2 < 2), and clients that failed together drift apart. Retry-After comes on
 * top: it can lengthen a wait, never shorten it.
 */
import { untilAborted, withDeadline } from './deadline';

export const ETIQUETTE = {
  /** The first wait after a failure. */
  firstWaitMs: 30_000,
  /** The longest wait of the backoff itself. */
  maxWaitMs: 60 * 60_000,
  /** Up to this fraction of a wait is added at random. */
  jitter: 0.2,
  /** The longest Retry-After honoured (a longer one is honoured this far). */
  maxRetryAfterMs: 6 * 60 * 60_000,
  /** One request, from its start to the end of its answer's body. */
  requestTimeoutMs: 15_000,
  /** One answer's body. */
  maxBodyBytes: 64 * 1024,
} as const;

/** The first wait and the cap of a backoff; the etiquette's own unless a user set them. */
export interface RetrySchedule {
  firstWaitMs: number;
  maxWaitMs: number;
}

export function retryWait(
  failures: number,
  random: number,
  retryAfterMs?: number,
  schedule: RetrySchedule = ETIQUETTE,
): number {
  const n = Math.max(1, Math.floor(failures));
  const r = Math.min(1, Math.max(0, random));
  const cap = Math.min(ETIQUETTE.maxWaitMs, schedule.maxWaitMs);
  // 2^(n-1) is capped before it multiplies, so a long run of failures never overflows.
  const step = schedule.firstWaitMs * 2 ** Math.min(n - 1, 20);
  const backoff = Math.round(Math.min(cap, step * (1 + ETIQUETTE.jitter * r)));
  if (retryAfterMs === undefined || !(retryAfterMs > 0)) return backoff;
  return Math.max(backoff, Math.min(retryAfterMs, ETIQUETTE.maxRetryAfterMs));
}

/** "the answer is over 64 KB": an answer this long is not one the service documents. */
export class BodyTooLargeError extends Error {
  readonly code = 'EBODYTOOLARGE';
  constructor(readonly maxBytes: number) {
    const size = maxBytes >= 1024 ? `${Math.round(maxBytes / 1024)} KB` : `${maxBytes} bytes`;
    super(`the answer is over ${size}, longer than any this service gives`);
    this.name = 'BodyTooLargeError';
  }
}

type Body = AsyncIterable<Buffer | Uint8Array> & { destroy(): unknown };

/**
 * Reads a body up to `maxBytes`. Past it, the connection is dropped and, with `over: 'error'`,
 * a BodyTooLargeError is thrown; with `over: 'cut'`, what fitted is returned (an echo source,
 * or a channel whose status already said everything).
 */
export async function readBody(
  body: Body,
  maxBytes: number = ETIQUETTE.maxBodyBytes,
  over: 'error' | 'cut' = 'error',
): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    chunks.push(Buffer.from(chunk));
    size += chunk.length;
    if (size > maxBytes) {
      body.destroy();
      if (over === 'error') throw new BodyTooLargeError(maxBytes);
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8');
}

export interface BoundedAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One request under the etiquette's limits: given up (a TimeoutError, from net/deadline) after
 * `timeoutMs` whatever step it is in (a lookup or a connect that hangs included: untilAborted),
 * its body read with readBody. `send` makes the request with the signal it is given.
 */
export function boundedRequest(
  parent: AbortSignal,
  send: (signal: AbortSignal) => Promise<{ status: number; headers: BoundedAnswer['headers']; body: Body }>,
  limits: { timeoutMs?: number; maxBytes?: number; over?: 'error' | 'cut' } = {},
): Promise<BoundedAnswer> {
  return withDeadline(parent, limits.timeoutMs ?? ETIQUETTE.requestTimeoutMs, (signal) =>
    untilAborted(
      (async () => {
        const res = await send(signal);
        const body = await readBody(res.body, limits.maxBytes ?? ETIQUETTE.maxBodyBytes, limits.over ?? 'error');
        return { status: res.status, headers: res.headers, body };
      })(),
      signal,
    ),
  );
}
