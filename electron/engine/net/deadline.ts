/**
 * A request bounded by a deadline as well as by its caller's signal.
 *
 * Not `AbortSignal.any([signal, AbortSignal.timeout(ms)])`: on Node 20 (nodejs/node#57736)
 * the timeout signal inside `any()` is only weakly held, so a garbage collection while the
 * request waits can drop it and the deadline never fires. A source that never answers then
 * hangs its check forever, and with it every later check. Here the timer is an ordinary
 * one that holds the controller, and it is cleared as soon as the work settles.
 */
import { getEventListeners } from 'node:events';

export interface Deadline {
  /** Aborts when the parent does (with its reason), or with a TimeoutError once `ms` have passed. */
  readonly signal: AbortSignal;
  /** Aborts it now, with this reason; nothing once cleared. */
  abort(reason: unknown): void;
  /** The work settled: clears the timer, lets go of the parent, and gives up the signal. */
  clear(): void;
}

/**
 * The deadlines under one parent signal. A parent (the engine's, alive as long as it runs)
 * gets one 'abort' listener that aborts all its live ones, rather than one listener added
 * and removed around every request: an EventTarget listener was a visible part of a steady
 * check's CPU (bench/runner).
 *
 * A settled deadline's controller is kept for the next one under the same parent when its
 * signal never aborted and holds no listener: Node builds an AbortSignal through slow paths
 * (a prototype swap, then symbol-keyed fields), which in the runner's profile cost more than
 * the rest of the deadline together. Once cleared, a deadline gives up its signal: its
 * `abort` does nothing, and its old signal may stand for a later request.
 */
interface Kin {
  live: Set<AbortController>;
  spare: AbortController[];
}

/** More spares than a check's parallel requests would only hold memory. */
const MAX_SPARE = 4;

const kinByParent = new WeakMap<AbortSignal, Kin>();

function kinOf(parent: AbortSignal): Kin {
  const known = kinByParent.get(parent);
  if (known) return known;
  const kin: Kin = { live: new Set(), spare: [] };
  kinByParent.set(parent, kin);
  parent.addEventListener(
    'abort',
    () => {
      for (const c of kin.live) c.abort(parent.reason);
      kin.live.clear();
      kin.spare.length = 0;
    },
    { once: true },
  );
  return kin;
}

export function deadline(parent: AbortSignal, ms: number): Deadline {
  if (parent.aborted) {
    // Already over: neither a timer nor a place among the live.
    const controller = new AbortController();
    controller.abort(parent.reason);
    return { signal: controller.signal, abort: () => {}, clear: () => {} };
  }
  const kin = kinOf(parent);
  const controller = kin.spare.pop() ?? new AbortController();
  kin.live.add(controller);
  const timer = setTimeout(() => controller.abort(new DOMException('The operation timed out.', 'TimeoutError')), ms);
  let settled = false;
  return {
    signal: controller.signal,
    abort: (reason) => {
      if (!settled) controller.abort(reason);
    },
    clear: () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      kin.live.delete(controller);
      const { signal } = controller;
      if (!signal.aborted && kin.spare.length < MAX_SPARE && getEventListeners(signal, 'abort').length === 0)
        kin.spare.push(controller);
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
