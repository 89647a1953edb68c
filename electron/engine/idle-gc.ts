/**
 * A full garbage collection now and then while the monitor idles. Between checks the runner
 * allocates little, so V8 never reaches the old-space limit that would start a major GC: the
 * live heap stays the same, yet RSS climbs with garbage that the scavenges promoted and nothing
 * collects. A major GC every few minutes keeps it flat.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export const IDLE_GC_EVERY_MS = 3 * 60_000;

type Gc = () => void;

/** V8's gc(): the global one under --expose-gc, else from a fresh context once exposed. */
function collector(): Gc {
  const global = (globalThis as { gc?: Gc }).gc;
  if (typeof global === 'function') return global;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as Gc;
}

/** Collects every `everyMs`; returns the function that stops it. Never keeps the process alive. */
export function startIdleGc(everyMs = IDLE_GC_EVERY_MS, collect: Gc = collector()): () => void {
  const timer = setInterval(collect, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
