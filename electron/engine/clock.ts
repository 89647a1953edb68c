/** Time as the engine sees it; injected so tests drive it with a fake clock. */
export interface Clock {
  /** Wall clock, epoch ms: stamps and shows; never subtracted to time something. */
  now(): number;
  /**
   * Monotonic ms from an arbitrary start (performance.now): what a duration is measured on, since
   * it never steps when the wall clock is set. Absent: performance.now (monotonicOf).
   */
  monotonic?(): number;
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

/** The clock's monotonic reading (performance.now when it has none of its own). */
export const monotonicOf = (c: Pick<Clock, 'monotonic'>): number => (c.monotonic ? c.monotonic() : performance.now());
