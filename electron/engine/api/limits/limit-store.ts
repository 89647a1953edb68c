/**
 * The counters of the limit on failures (auth-hook.ts) for @fastify/rate-limit, through its store
 * interface (its README's "Custom stores"), kept as its LocalStore keeps them but timed on the
 * engine's monotonic clock (issue 73): the library's own store reads the wall clock, so a clock set
 * back an hour kept an address waiting an hour. One counter a source (per-source.ts), at most
 * `cache` of them; past it the one counted longest ago is forgotten (which only forgives).
 */
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';

interface Counter {
  current: number;
  /** Monotonic ms the window began. */
  start: number;
}

type Answer = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** What the store needs beyond the library's interface: `read` backs `{ increment: false }`. */
type Store = FastifyRateLimitStore & { read(key: string, cb: Answer, timeWindow: number): void };

/** A store class for the plugin's `store` option: counters of at most `cache` keys on `now` (monotonic ms). */
export function monotonicLimitStore(now: () => number, cache: number): FastifyRateLimitStoreCtor {
  const make = (): Store => {
    const counters = new Map<string, Counter>();
    return {
      incr(key, cb, timeWindow) {
        const t = now();
        const was = counters.get(key);
        const c = was && was.start + timeWindow > t ? was : { current: 0, start: t };
        c.current += 1;
        // Map order is the order of last count: the first key is the one counted longest ago.
        counters.delete(key);
        counters.set(key, c);
        while (counters.size > cache) counters.delete(counters.keys().next().value!);
        cb(null, { current: c.current, ttl: timeWindow - (t - c.start) });
      },
      read(key, cb, timeWindow) {
        const t = now();
        const c = counters.get(key);
        if (!c || c.start + timeWindow <= t) return cb(null, { current: 0, ttl: 0 });
        cb(null, { current: c.current, ttl: timeWindow - (t - c.start) });
      },
      // Each limiter made from the plugin (createRateLimit) keeps counters of its own, as LocalStore's child does.
      child: () => make(),
    };
  };
  return function MonotonicLimitStore() {
    return make();
  } as unknown as FastifyRateLimitStoreCtor;
}
