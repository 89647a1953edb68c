/**
 * Recurring quiet windows' starts: a cron pattern read in a time zone by croner (kept, and the
 * one the field uses for this), so daylight-saving days are its rules, not ours: a start in the
 * hour a spring day skips moves to the first minute after it, a start in the hour an autumn day
 * repeats happens once, at its first time. Pure: no clock; the caller gives the instant.
 */
import { Cron } from 'croner';

/** Patterns read lately: a window is asked about at every notice. */
const read = new Map<string, Cron>();
const READ_KEPT = 50;

/** Where croner reads the pattern: a named zone, or this machine's when empty. */
function cronOf(pattern: string, timezone: string): Cron {
  const key = `${timezone}\n${pattern}`;
  let c = read.get(key);
  if (!c) {
    c = new Cron(pattern, { paused: true, ...(timezone ? { timezone } : {}) });
    if (read.size >= READ_KEPT) read.delete(read.keys().next().value!);
    read.set(key, c);
  }
  return c;
}

/** True when croner reads `pattern` (five or six fields, or a nickname such as @daily) and it starts at least once more. */
export function isCronPattern(pattern: string, timezone = ''): boolean {
  try {
    return cronOf(pattern, timezone).nextRun(new Date(0)) !== null;
  } catch {
    return false;
  }
}

/** The first start strictly after `after` (epoch ms), or null when the pattern never starts again (or cannot be read). */
export function nextCronStart(pattern: string, timezone: string, after: number): number | null {
  try {
    return cronOf(pattern, timezone).nextRun(new Date(after))?.getTime() ?? null;
  } catch {
    return null;
  }
}
