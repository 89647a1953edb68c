/**
 * A request bounded by a deadline as well as by its caller's signal.
 *
 * Not `AbortSignal.any([signal, AbortSignal.timeout(ms)])`: on Node 20 (nodejs/node#57736)
 * the timeout signal inside `any()` is only weakly held, so a garbage collection while the
 * request waits can drop it and the deadline never fires. A source that never answers then
 * hangs its check forever, and with it every later check. Here the timer is an ordinary
 * one that holds the controller, and it is cleared as soon as the work settles.
 */
export interface Deadline {
  /** Aborts when the parent does (with its reason), or with a TimeoutError once `ms` have passed. */
  readonly signal: AbortSignal;
  /** Aborts it now, with this reason. */
  abort(reason: unknown): void;
  /** The work settled: clears the timer and lets go of the parent. */
  clear(): void;
}

/**
 * The live deadlines under each parent signal. A parent (the engine's, alive as long as it
 * runs) gets one 'abort' listener that aborts them all, rather than one listener added and
 * removed around every request: an EventTarget listener was a visible part of a steady
 * check's CPU (bench/runner).
 */
const children = new WeakMap<AbortSignal, Set<AbortController>>();

function childrenOf(parent: AbortSignal): Set<AbortController> {
  const known = children.get(parent);
  if (known) return known;
  const live = new Set<AbortController>();
  children.set(parent, live);
  parent.addEventListener(
    'abort',
    () => {
      for (const c of live) c.abort(parent.reason);
      live.clear();
    },
    { once: true },
  );
  return live;
}

export function deadline(parent: AbortSignal, ms: number): Deadline {
  const controller = new AbortController();
  if (parent.aborted) {
    // Already over: neither a timer nor a place among the live.
    controller.abort(parent.reason);
    return { signal: controller.signal, abort: () => {}, clear: () => {} };
  }
  const live = childrenOf(parent);
  live.add(controller);
  const timer = setTimeout(() => controller.abort(new DOMException('The operation timed out.', 'TimeoutError')), ms);
  return {
    signal: controller.signal,
    abort: (reason) => controller.abort(reason),
    clear: () => {
      clearTimeout(timer);
      live.delete(controller);
    },
  };
}

export async function withDeadline<T>(
  parent: AbortSignal,
  ms: number,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const d = deadline(parent, ms);
  try {
    return await work(d.signal);
  } finally {
    d.clear();
  }
}
