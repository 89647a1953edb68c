/** Time as the engine sees it; injected so tests drive it with a fake clock. */
export interface Clock {
  /** Wall clock, epoch ms: stamps and shows. */
  now(): number;
  /**
   * Monotonic ms from an arbitrary start (performance.now): durations, deadlines and expiries,
   * which a wall clock set back or forward must not move.
   */
  monotonic(): number;
  setTimeout(fn: () => void, ms: number): Timer;
  clearTimeout(timer: Timer): void;
}

export type Timer = { readonly __timer: unique symbol } | ReturnType<typeof setTimeout>;

export const systemClock: Clock = {
  now: () => Date.now(),
  monotonic: () => performance.now(),
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    t.unref?.();
    return t;
  },
  clearTimeout: (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
};
