/**
 * A provider's documented rate limit, as its stand-in keeps it: at most `limit` requests per
 * window of `windowS` seconds (counted per stand-in, the provider's per-key bucket); the one past
 * it is answered with the provider's own 429 body and a Retry-After of the seconds left in the
 * window (RFC 9110 section 10.2.3). The window is counted on the monotonic clock.
 */
import type { Reply } from '../ddns-http';

export interface RateLimit {
  /** The provider's 429 when the bucket is spent, else null (the request is counted). */
  take(): Reply | null;
}

export function rateLimit(limit: number, windowS: number, body: string): RateLimit {
  let start = performance.now();
  let used = 0;
  return {
    take() {
      const now = performance.now();
      if (now - start >= windowS * 1000) {
        start = now;
        used = 0;
      }
      if (used < limit) {
        used++;
        return null;
      }
      const left = Math.max(1, Math.ceil((start + windowS * 1000 - now) / 1000));
      return { status: 429, body, headers: { 'retry-after': String(left), 'content-type': 'application/json' } };
    },
  };
}
