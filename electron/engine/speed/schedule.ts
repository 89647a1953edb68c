/**
 * When the next scheduled speed test is due. Pure; table-tested.
 *
 * | enabled | everyHours | last test        | next                                   |
 * | ------- | ---------- | ---------------- | -------------------------------------- |
 * | no      | any        | any              | none                                   |
 * | yes     | 0          | any              | none (only when asked)                 |
 * | yes     | N          | none             | now + STARTUP_DELAY                    |
 * | yes     | N          | at, due later    | at + N h                               |
 * | yes     | N          | at, due already  | now + STARTUP_DELAY (after a restart)  |
 *
 * The delay keeps a test from loading the line while the app starts and checks its address.
 */
import type { SpeedTestSettings } from '../../../shared/settings/speed';

export const STARTUP_DELAY_MS = 5 * 60_000;
export const HOUR_MS = 3_600_000;

export function nextSpeedTestAt(
  s: Pick<SpeedTestSettings, 'enabled' | 'everyHours'>,
  lastAt: number | null,
  now: number,
): number | null {
  if (!s.enabled || s.everyHours === 0) return null;
  if (lastAt === null) return now + STARTUP_DELAY_MS;
  const due = lastAt + s.everyHours * HOUR_MS;
  return due > now ? due : now + STARTUP_DELAY_MS;
}
