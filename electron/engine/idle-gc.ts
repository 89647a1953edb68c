/**
 * A full garbage collection now and then while the monitor idles. Between checks the runner
 * allocates little, so V8 never reaches the old-space limit that would start a major GC: the
 * heap snapshots of a 10-minute soak held the same live objects (+0.2 MB), yet RSS climbed
 * 10-35 MB an hour, all of it garbage promoted by the scavenges and never collected. A major
 * GC of this ~20 MB heap costs 20-45 ms of CPU (its marking threads included); every few
 * minutes it keeps RSS flat.
 *
 * It runs midway between two checks, never next to one: a collection that started as a check
 * was due would hold the check up. (The period and the check interval both start with the
 * monitor, so a plain timer would land just before a check every time.)
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import type { CheckTiming } from './monitor/engine';

export const IDLE_GC_EVERY_MS = 3 * 60_000;
/** The first one comes once start-up (modules, first check, the bot's login) has left its garbage. */
export const IDLE_GC_FIRST_MS = 30_000;
/** Kept clear of a check on either side. */
export const QUIET_MARGIN_MS = 2_000;
/** While a check runs, ask again this much later. */
export const CHECKING_RETRY_MS = 1_000;

type Gc = () => void;

/**
 * How long a due collection waits to fall midway between the last check and the next; 0 runs
 * it now. Pure.
 *
 * | state                                  | wait                                          |
 * |----------------------------------------|-----------------------------------------------|
 * | not monitoring (stopped, paused)       | 0: no check to stay clear of                  |
 * | a check runs, or none is scheduled yet | CHECKING_RETRY_MS, then ask again             |
 * | before the middle of the gap           | until the middle                              |
 * | past it, the next check > margin away  | 0                                             |
 * | past it, the next check is near        | until the margin after it is due, ask again   |
 */
export function quietDelayMs(now: number, t: CheckTiming): number {
  if (!t.running) return 0;
  if (t.checking || t.nextCheckAt === null) return CHECKING_RETRY_MS;
  const from = Math.min(t.lastCheckAt ?? now, now);
  const middle = from + (t.nextCheckAt - from) / 2;
  if (now < middle) return Math.ceil(middle - now);
  if (t.nextCheckAt - now >= QUIET_MARGIN_MS) return 0;
  return Math.max(0, t.nextCheckAt - now) + QUIET_MARGIN_MS;
}

/** V8's gc(): the global one under --expose-gc, else from a fresh context once exposed. */
function collector(): Gc {
  const global = (globalThis as { gc?: Gc }).gc;
  if (typeof global === 'function') return global;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as Gc;
}

export interface IdleGcOptions {
  everyMs?: number;
  firstMs?: number;
  /** The monitor's check timing; without it, a collection runs as soon as it is due. */
  timing?: () => CheckTiming;
  now?: () => number;
  /** The collection itself: V8's major GC unless given. */
  collect?: () => void;
}

/** Starts the periodic collection; returns the function that stops it. Never keeps the process alive. */
export function startIdleGc(opts: IdleGcOptions = {}): () => void {
  const { everyMs = IDLE_GC_EVERY_MS, firstMs = IDLE_GC_FIRST_MS, timing, now = Date.now } = opts;
  const gc = opts.collect ?? collector();
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const arm = (ms: number, fn: () => void) => {
    if (stopped) return;
    timer = setTimeout(fn, ms);
    timer.unref();
  };
  const due = () => {
    const wait = timing ? quietDelayMs(now(), timing()) : 0;
    if (wait > 0) return arm(wait, due);
    gc();
    arm(everyMs, due);
  };
  arm(firstMs, due);
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
