/**
 * Per-user rate limit of the expensive commands (/check, /export, /path now): one use per
 * `windowMs` per user and kind. Pure apart from the map it keeps; the clock is passed in.
 */
export type LimitedKind = 'check' | 'export' | 'path';

/**
 * Users (per kind) whose last use is kept. A window is a minute or so and a server's members
 * rarely ask within one; 1,000 is a busy server's worth, about 100 KB. Past it, uses whose window
 * has passed are forgotten, then the oldest use: that user may ask again a little early.
 */
export const MAX_LIMITED_USERS = 1000;

export class RateLimiter {
  private last = new Map<string, number>();

  /** Uses kept now (at most MAX_LIMITED_USERS). */
  get size(): number {
    return this.last.size;
  }

  constructor(private windowMs: (kind: LimitedKind) => number) {}

  /** Takes one use now; when too soon, the whole seconds to wait. */
  take(kind: LimitedKind, userId: string, now: number): { ok: true } | { ok: false; retryInSec: number } {
    const key = `${kind}:${userId}`;
    const window = this.windowMs(kind);
    const prev = this.last.get(key);
    if (prev !== undefined && now - prev < window)
      return { ok: false, retryInSec: Math.ceil((prev + window - now) / 1000) };
    this.last.delete(key); // last in the map's order: the newest use
    this.last.set(key, now);
    // Forget old entries so the map does not grow with every user ever seen.
    if (this.last.size > MAX_LIMITED_USERS) {
      for (const [k, at] of this.last) if (now - at >= window) this.last.delete(k);
      while (this.last.size > MAX_LIMITED_USERS) this.last.delete(this.last.keys().next().value!);
    }
    return { ok: true };
  }
}
