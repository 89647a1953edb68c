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

export function deadline(parent: AbortSignal, ms: number): Deadline {
  const controller = new AbortController();
  const abort = (reason: unknown) => controller.abort(reason);
  if (parent.aborted) {
    abort(parent.reason);
    return { signal: controller.signal, abort, clear: () => {} };
  }
  const onParentAbort = () => abort(parent.reason);
  parent.addEventListener('abort', onParentAbort, { once: true });
  const timer = setTimeout(() => abort(new DOMException('The operation timed out.', 'TimeoutError')), ms);
  return {
    signal: controller.signal,
    abort,
    clear: () => {
      clearTimeout(timer);
      parent.removeEventListener('abort', onParentAbort);
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

/**
 * `work`, or a rejection with the signal's reason as soon as it aborts. For steps that cannot
 * be cancelled, only left: a name lookup, or undici's connect, which notices an abort only
 * once its socket is open.
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
