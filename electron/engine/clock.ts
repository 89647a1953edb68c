/** Time as the engine sees it; injected so tests drive it with a fake clock. */
export interface Clock {
  /** Wall clock, epoch ms: stamps what happened and is shown; never measures a duration. */
  now(): number;
  /**
   * Monotonic ms from an arbitrary origin: durations, expiries and rate windows (a wall clock set
   * back or forward moves none of them). Absent: the process's (performance.now), see monotonicOf.
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

/** This clock's monotonic reading: its own (a test's fake clock drives it), else the process's. */
export const monotonicOf =
  (clock: Pick<Clock, 'monotonic'>): (() => number) =>
  () =>
    clock.monotonic?.() ?? performance.now();
