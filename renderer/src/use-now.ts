import { useSyncExternalStore } from 'react';

/**
 * One clock per refresh period, shared by every component that asks for it: two lines on the same
 * page that say "3 s ago" of the same moment read the same time, never one a tick behind the other
 * (each with its own timer, the Checks card and a source row disagreed by seconds).
 */
interface Clock {
  now: number;
  listeners: Set<() => void>;
  timer: ReturnType<typeof setInterval> | null;
}

const clocks = new Map<number, Clock>();

function clockOf(everyMs: number): Clock {
  let c = clocks.get(everyMs);
  if (!c) {
    c = { now: Date.now(), listeners: new Set(), timer: null };
    clocks.set(everyMs, c);
  }
  return c;
}

function subscribe(everyMs: number, listener: () => void): () => void {
  const c = clockOf(everyMs);
  c.listeners.add(listener);
  if (c.timer === null) {
    // A clock read while nothing ticked it may be old: fresh from the first subscriber on.
    c.now = Date.now();
    c.timer = setInterval(() => {
      c.now = Date.now();
      for (const l of c.listeners) l();
    }, everyMs);
  }
  return () => {
    c.listeners.delete(listener);
    if (c.listeners.size > 0) return;
    if (c.timer !== null) clearInterval(c.timer);
    clocks.delete(everyMs);
  };
}

/** One subscribe function per period: React subscribes again whenever it is given a new one. */
const subscribers = new Map<number, (listener: () => void) => () => void>();

/** The current time, refreshed every `everyMs`, for "held for" and "next check in"; the same for every caller of one period. */
export function useNow(everyMs = 1000): number {
  let sub = subscribers.get(everyMs);
  if (!sub) {
    sub = (listener) => subscribe(everyMs, listener);
    subscribers.set(everyMs, sub);
  }
  return useSyncExternalStore(sub, () => clockOf(everyMs).now);
}
