import { describe, expect, it } from 'vitest';

import { isoDay } from '../../../../electron/engine/store/stats-query';
import { seeded } from '../../../helpers/random';

const DAY = 86_400_000;

describe('isoDay (arithmetic UTC calendar)', () => {
  it.each([
    [0, '1970-01-01'],
    [Date.UTC(2000, 1, 29), '2000-02-29'],
    [Date.UTC(2100, 1, 28, 23, 59), '2100-02-28'],
    [Date.UTC(2024, 11, 31, 23, 59, 59, 999), '2024-12-31'],
    [Date.UTC(2025, 0, 1), '2025-01-01'],
  ])('%i is %s', (t, label) => {
    expect(isoDay(t)).toBe(label);
  });

  it('agrees with Date for every day from 1970 to 2100', () => {
    const wrong: string[] = [];
    for (let t = 0; t < Date.UTC(2100, 0, 1); t += DAY) {
      const want = new Date(t + 12 * 3_600_000).toISOString().slice(0, 10);
      if (isoDay(t + 12 * 3_600_000) !== want) wrong.push(want);
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with Date in any order (the month it remembers never leaks into another)', () => {
    const { random } = seeded('isoDay in any order');
    const next = () => Math.floor(random() * 2 ** 32);
    const wrong: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      // Mostly neighbours (the same month, the month before or after), sometimes far away.
      const day = i % 10 === 0 ? next() % 60_000 : 20_000 + (next() % 90);
      const t = day * DAY + (next() % DAY);
      const want = new Date(t).toISOString().slice(0, 10);
      if (isoDay(t) !== want) wrong.push(want);
    }
    expect(wrong).toEqual([]);
  });
});
