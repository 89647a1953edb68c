/**
 * How long until the next scheduled speed test. Pure; table-tested. `sinceLastMs`: the time since
 * the last test began, on the monotonic clock (a wall step neither hurries nor holds a test).
 *
 * | enabled | everyHours | since the last test | wait                                 |
 * | ------- | ---------- | ------------------- | ------------------------------------ |
 * | no      | any        | any                 | none                                 |
 * | yes     | 0          | any                 | none (only when asked)               |
 * | yes     | N          | no test             | STARTUP_DELAY                        |
 * | yes     | N          | under N h           | what is left of N h                  |
 * | yes     | N          | N h or more         | STARTUP_DELAY (after a restart)      |
 *
 * The delay keeps a test from loading the line while the app starts and checks its address.
 */
import type { SpeedTestSettings } from '../../../shared/settings/speed';

export const STARTUP_DELAY_MS = 5 * 60_000;
export const HOUR_MS = 3_600_000;

export function speedTestWaitMs(
  s: Pick<SpeedTestSettings, 'enabled' | 'everyHours'>,
  sinceLastMs: number | null,
): number | null {
  if (!s.enabled || s.everyHours === 0) return null;
  if (sinceLastMs === null) return STARTUP_DELAY_MS;
  const left = s.everyHours * HOUR_MS - sinceLastMs;
  return left > 0 ? left : STARTUP_DELAY_MS;
}
