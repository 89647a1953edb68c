/** When the next scheduled speed test is due (schedule.ts's table). */
import { describe, expect, it } from 'vitest';

import { HOUR_MS, nextSpeedTestAt, STARTUP_DELAY_MS } from '../../../../electron/engine/speed/schedule';

const now = Date.UTC(2026, 5, 1, 12);

describe('nextSpeedTestAt', () => {
  it.each([
    ['off', false, 6, now - HOUR_MS, null],
    ['no schedule', true, 0, now - HOUR_MS, null],
    ['never tested', true, 6, null, now + STARTUP_DELAY_MS],
    ['due later', true, 6, now - HOUR_MS, now + 5 * HOUR_MS],
    ['due exactly now', true, 6, now - 6 * HOUR_MS, now + STARTUP_DELAY_MS],
    ['overdue (after a restart)', true, 6, now - 30 * HOUR_MS, now + STARTUP_DELAY_MS],
    ['weekly', true, 168, now - HOUR_MS, now + 167 * HOUR_MS],
  ] as const)('%s', (_name, enabled, everyHours, lastAt, expected) => {
    expect(nextSpeedTestAt({ enabled, everyHours }, lastAt, now)).toBe(expected);
  });
});
