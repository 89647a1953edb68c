/**
 * A full garbage collection now and then while the monitor idles. Between checks the runner
 * allocates little, so V8 never reaches the old-space limit that would start a major GC: the
 * live heap stays the same, yet RSS climbs with garbage that the scavenges promoted and nothing
 * collects. A major GC keeps it flat.
 *
 * It costs tens of milliseconds of CPU (most on V8's helper threads), which at a blind 3-minute
 * interval was more than half of what the runner may spend in an hour. So it looks every few
 * minutes (one read of V8's heap statistics) and collects only once the heap and the memory
 * outside it (buffers) have grown by IDLE_GC_GROWTH_BYTES above the lowest reading since the
 * last collection: a small step, so RSS stays flat to within it, and rarely (with 60 s checks,
 * about once an hour). The lowest reading, not the first: the first comes at start-up, with
 * its garbage still on the heap, and V8's own collections then took the heap well below it,
 * so growth measured from there never reached the step (bench/README.md, issue 39).
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export const IDLE_GC_LOOK_MS = 3 * 60_000;
export const IDLE_GC_GROWTH_BYTES = 2 * 1024 * 1024;

type Gc = () => void;

/** V8's gc(): the global one under --expose-gc, else from a fresh context once exposed. */
function collector(): Gc {
  const global = (globalThis as { gc?: Gc }).gc;
  if (typeof global === 'function') return global;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as Gc;
}

/** What a collection can give back: V8's heap in use and the memory its objects hold outside it. */
function heapBytes(): number {
  const s = getHeapStatistics();
  return s.used_heap_size + s.external_memory;
}

export interface IdleGcOptions {
  lookMs?: number;
  growthBytes?: number;
  collect?: Gc;
  /** The bytes a collection may give back (heapBytes by default). */
  measure?: () => number;
}

/** Whether the heap has grown enough above its lowest reading since the last collection to collect again. */
export const shouldCollect = (now: number, lowest: number, growthBytes: number): boolean => now - lowest >= growthBytes;

/** Looks every `lookMs`, collects on growth; returns the function that stops it. Never keeps the process alive. */
export function startIdleGc(opts: IdleGcOptions = {}): () => void {
  const { lookMs = IDLE_GC_LOOK_MS, growthBytes = IDLE_GC_GROWTH_BYTES, measure = heapBytes } = opts;
  const collect = opts.collect ?? collector();
  let lowest = measure();
  const timer = setInterval(() => {
    const now = measure();
    lowest = Math.min(lowest, now);
    if (!shouldCollect(now, lowest, growthBytes)) return;
    collect();
    lowest = measure();
  }, lookMs);
  timer.unref();
  return () => clearInterval(timer);
}
