/**
 * Per-user rate limit of the expensive commands (/check, /export): one use per `windowMs`
 * per user and kind. Pure apart from the map it keeps; the clock is passed in.
 */
export type LimitedKind = 'check' | 'export';

export class RateLimiter {
  private last = new Map<string, number>();

  constructor(private windowMs: (kind: LimitedKind) => number) {}

  /** Takes one use now; when too soon, the whole seconds to wait. */
  take(kind: LimitedKind, userId: string, now: number): { ok: true } | { ok: false; retryInSec: number } {
    const key = `${kind}:${userId}`;
    const window = this.windowMs(kind);
    const prev = this.last.get(key);
    if (prev !== undefined && now - prev < window)
      return { ok: false, retryInSec: Math.ceil((prev + window - now) / 1000) };
    this.last.set(key, now);
    // Forget old entries so the map does not grow with every user ever seen.
    if (this.last.size > 1000) for (const [k, at] of this.last) if (now - at >= window) this.last.delete(k);
    return { ok: true };
  }
}
