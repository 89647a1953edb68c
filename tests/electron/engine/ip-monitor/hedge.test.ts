/** The hedge delay (electron/engine/ip-monitor/hedge.ts): when a slow source gets company. */
import { describe, expect, it } from 'vitest';

import { hedgeDelayMs } from '../../../../electron/engine/ip-monitor/hedge';

describe('hedgeDelayMs', () => {
  it.each<[median: number | null, timeout: number, delay: number, why: string]>([
    [null, 4000, 500, 'no history: the default'],
    [null, 600, 450, 'no history, short timeout: the cap'],
    [10, 4000, 300, 'fast source: the floor, not 30 ms'],
    [100, 4000, 300, '3 medians = the floor'],
    [150, 4000, 450, '3 medians'],
    [400, 4000, 1200, '3 medians, slow but usual'],
    [2000, 4000, 3000, 'capped at 3/4 of the timeout'],
    [100, 500, 300, 'floor under the cap'],
    [100, 300, 225, 'a cap below the floor wins: never past the timeout'],
    [0, 4000, 300, 'a zero median still waits the floor'],
    [33.3, 4000, 300, 'fractional median'],
    [133.3, 4000, 400, 'rounded to whole ms'],
    [100, 1, 1, 'never zero: a hedge always gives the source a moment'],
  ])('median %s, timeout %i -> %i ms (%s)', (median, timeout, delay) => {
    expect(hedgeDelayMs(median, timeout)).toBe(delay);
  });

  it('is never more than the timeout and grows with the median', () => {
    let last = 0;
    for (let m = 0; m <= 5000; m += 50) {
      const d = hedgeDelayMs(m, 4000);
      expect(d).toBeLessThan(4000);
      expect(d).toBeGreaterThanOrEqual(last);
      last = d;
    }
  });
});
