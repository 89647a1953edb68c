/** How long until the next scheduled speed test (schedule.ts's table). */
import { describe, expect, it } from 'vitest';

import { HOUR_MS, speedTestWaitMs, STARTUP_DELAY_MS } from '../../../../electron/engine/speed/schedule';

describe('speedTestWaitMs', () => {
  it.each([
    ['off', false, 6, HOUR_MS, null],
    ['no schedule', true, 0, HOUR_MS, null],
    ['never tested', true, 6, null, STARTUP_DELAY_MS],
    ['just tested', true, 6, 0, 6 * HOUR_MS],
    ['due later', true, 6, HOUR_MS, 5 * HOUR_MS],
    ['due exactly now', true, 6, 6 * HOUR_MS, STARTUP_DELAY_MS],
    ['overdue (after a restart)', true, 6, 30 * HOUR_MS, STARTUP_DELAY_MS],
    ['weekly', true, 168, HOUR_MS, 167 * HOUR_MS],
  ] as const)('%s', (_name, enabled, everyHours, sinceLastMs, expected) => {
    expect(speedTestWaitMs({ enabled, everyHours }, sinceLastMs)).toBe(expected);
  });
});
