/**
 * How old a lock or a takeover marker is, for the few cases its owner cannot be asked (a lock of
 * another host, a marker that names no taker). A file's time is another clock's stamp: a start
 * whose wall clock is ahead, or a file stamped by a clock that was ahead, must neither take a live
 * holder's lock nor wait for a time that will not come (issue 74: a marker dated an hour ahead
 * hung a start). So a file's age is only a hint, never negative (a time in the future is now), and
 * what a starter saw itself is measured on the monotonic clock. Pure; tests in lock-ages.test.ts.
 */
import type { Standing } from './owner-process';

/** A file's age from its time on the wall clock: 0 for a time in the future, never negative. */
export function ageOf(mtimeMs: number, wallNow: number): number {
  // wall-clock: a file's time is another clock's stamp, so only a wall reading compares with it; a hint, never negative
  const age = wallNow - mtimeMs;
  return Number.isFinite(age) && age > 0 ? age : 0;
}

/**
 * Whether a lock or marker may be passed over: its owner is gone from this host; never while it
 * runs here, whatever its age; otherwise (another host, no owner named) once the older of its
 * age hint and the time this starter has watched it unchanged is past `limitMs`.
 */
export function pastItsTime(standing: Standing, ageHintMs: number, watchedMs: number, limitMs: number): boolean {
  if (standing !== 'elsewhere') return standing === 'gone';
  return Math.max(ageHintMs, watchedMs) > limitMs;
}

/**
 * How long this starter has seen each file unchanged, on the monotonic clock, so a file stamped
 * in the future still ages. A file whose time changes (made again, touched) is watched anew.
 */
export class FileWatch {
  private readonly seen = new Map<string, { mtimeMs: number; since: number }>();

  constructor(private readonly monotonic: () => number) {}

  /** Monotonic ms since `name` was first seen with this time (0 at the first look). */
  watchedFor(name: string, mtimeMs: number): number {
    const now = this.monotonic();
    const s = this.seen.get(name);
    if (s?.mtimeMs === mtimeMs) return Math.max(0, now - s.since);
    this.seen.set(name, { mtimeMs, since: now });
    return 0;
  }
}
