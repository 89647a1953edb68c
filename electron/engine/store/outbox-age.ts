/**
 * How long a notice has waited in the outbox, on the monotonic clock: what its retries and its
 * expiry are measured by (notify/outbox.ts). The wall times of a row (created_at, next_at,
 * done_at) only stamp and show; a wall clock stepped back or forward moves none of this.
 *
 * A row keeps its age as "elapsed since a stamp": `waited_ms`, the age at its last write, with the
 * monotonic reading of that write and the run (one open of the store) that read it. In the same
 * run the age is waited_ms plus the monotonic time since. A monotonic reading means nothing to
 * another process, so a row stamped by an earlier run ages from this run's open instead, plus the
 * wall time between its stamp and the open, never negative and at most RESTART_GAP_MAX_MS:
 *
 *   wall from the row's stamp to this open | counted as the time the app was stopped
 *   ---------------------------------------+----------------------------------------------
 *   negative (the clock was set back)      | 0
 *   0 .. 6 h                               | all of it
 *   over 6 h (a long stop, or a step)      | 6 h
 *
 * Why count it at all: a retry that came due while the app was stopped is due at start, as the
 * service expects, not its whole wait again. Why bounded, and by 6 h: the wall difference across a
 * stop cannot be told from a step, and 6 h is the longest wait a retry can have (the etiquette's
 * cap on Retry-After, net/etiquette.ts), so every wait that was running ends at start, while a
 * clock stepped a year forward while stopped adds at most that to a notice's age. Age never
 * expires a notice on its own (a try decides it, see notify/outbox.ts), so the bound costs nothing.
 */
import { HOUR_MS } from './context';

export const RESTART_GAP_MAX_MS = 6 * HOUR_MS;

/** A row's stamp: its age at its last write, and when (wall, and monotonic in which run) that was. */
export interface AgeStamp {
  waitedMs: number;
  stampedAt: number;
  stampMono: number;
  stampRun: string;
}

/** This run: its id, the clocks at the store's open, and the monotonic reading now. */
export interface AgeAnchor {
  run: string;
  openWall: number;
  openMono: number;
  mono: number;
}

/** Pure: the time the wall clock says the app was stopped, as counted (the table at the top). */
export const restartGap = (wallMs: number): number => Math.min(RESTART_GAP_MAX_MS, Math.max(0, wallMs));

/** Pure: a row's age now, in monotonic ms. */
export function ageOf(s: AgeStamp, a: AgeAnchor): number {
  if (s.stampRun === a.run) return s.waitedMs + Math.max(0, a.mono - s.stampMono);
  return s.waitedMs + restartGap(a.openWall - s.stampedAt) + Math.max(0, a.mono - a.openMono);
}
