/**
 * A full garbage collection now and then while the monitor idles. Between checks the runner
 * allocates little, so V8 never reaches the old-space limit that would start a major GC: the
 * heap snapshots of a 10-minute soak held the same live objects (+0.2 MB), yet RSS climbed
 * 10-35 MB an hour, all of it garbage promoted by the scavenges and never collected. A major
 * GC of this ~20 MB heap costs 20-45 ms of CPU (its marking threads included); every few
 * minutes it keeps RSS flat.
 *
 * It runs midway between two checks, never next to one (quiet-timer.ts): a collection that
 * started as a check was due would hold the check up.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import type { CheckTiming } from './monitor/engine';
import { startQuietTimer } from './quiet-timer';

export const IDLE_GC_EVERY_MS = 3 * 60_000;
/** The first one comes once start-up (modules, first check, the bot's login) has left its garbage. */
export const IDLE_GC_FIRST_MS = 30_000;

type Gc = () => void;

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

/** Starts the periodic collection, midway between checks (quietDelayMs); returns the function that stops it. Never keeps the process alive. */
export function startIdleGc(opts: IdleGcOptions = {}): () => void {
  const { everyMs = IDLE_GC_EVERY_MS, firstMs = IDLE_GC_FIRST_MS } = opts;
  const timer = startQuietTimer({
    everyMs,
    firstMs,
    run: opts.collect ?? collector(),
    ...(opts.timing ? { timing: opts.timing } : {}),
    ...(opts.now ? { now: opts.now } : {}),
  });
  return () => timer.stop();
}
