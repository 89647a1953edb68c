/**
 * A request bounded by a deadline as well as by its caller's signal.
 *
 * Not `AbortSignal.any([signal, AbortSignal.timeout(ms)])`: on Node 20 (nodejs/node#57736)
 * the timeout signal inside `any()` is only weakly held, so a garbage collection while the
 * request waits can drop it and the deadline never fires. A source that never answers then
 * hangs its check forever, and with it every later check. Here the timer is an ordinary
 * one that holds the controller, and it is cleared as soon as the work settles.
 */
export async function withDeadline<T>(
  parent: AbortSignal,
  ms: number,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(parent.reason);
  if (parent.aborted) onAbort();
  else parent.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(new DOMException('The operation timed out.', 'TimeoutError')), ms);
  try {
    return await work(controller.signal);
  } finally {
    clearTimeout(timer);
    parent.removeEventListener('abort', onAbort);
  }
}
