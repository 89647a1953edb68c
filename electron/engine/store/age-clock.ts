/**
 * The time a table's stamped rows age against when they are pruned: the wall clock, but never
 * ahead of the table's newest stamp at open (or the wall clock then, if earlier or none) plus the
 * monotonic time since. A wall clock stepped forward (a stale clock set by NTP, an admin) so
 * cannot make rows look old and drop them early; a clock set back only keeps them longer.
 * One helper for every table that prunes by a stamp: the audit log (audit-bounds.ts) and the
 * outbox (outbox.ts).
 */
import type { Clock } from '../clock';

/** `newest`: the newest wall stamp the table held at open, or null when it held none. */
export function ageClock(newest: number | null, clock: Pick<Clock, 'now' | 'monotonic'>): () => number {
  const wall = clock.now();
  // wall-clock: rows are aged by their wall stamps; this guard is what keeps it from running ahead
  const base = newest === null ? wall : Math.min(wall, newest);
  const mono0 = clock.monotonic();
  // wall-clock: the wall reading, never ahead of the stamp at open plus the monotonic time since
  return () => Math.min(clock.now(), base + Math.max(0, clock.monotonic() - mono0));
}
