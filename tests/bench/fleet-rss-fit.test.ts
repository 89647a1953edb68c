import { describe, expect, it } from 'vitest';

import { fitRssPerSite, t95 } from '../../bench/fleet/rss-fit';

describe('fitRssPerSite', () => {
  it.each([
    {
      what: 'a perfect line: 20 KB a site over 100 MB, no spread',
      levels: [
        { sites: 0, readingsKB: [102_400] },
        { sites: 1000, readingsKB: [122_400] },
        { sites: 2000, readingsKB: [142_400] },
      ],
      slopeKB: 20,
      seKB: 0,
      r2: 1,
    },
    {
      what: "each level's median, not its mean: a reading during a collection does not move the level",
      levels: [
        { sites: 0, readingsKB: [99_000, 100_000, 130_000] },
        { sites: 1000, readingsKB: [80_000, 110_000, 110_100] },
        { sites: 2000, readingsKB: [120_000, 119_000, 190_000] },
      ],
      slopeKB: 10,
      seKB: 0,
      r2: 1,
    },
    {
      // Medians 1,000 + 0, 30, 20, 50 thousand KB at 0 to 3 thousand sites: slope 14 KB a site, residuals
      // -4, 12, -12, 4 thousand KB (320e6 KB² over 2 degrees of freedom), sites spread 5e6 sites².
      what: 'a scattered fit: the slope of least squares, its standard error and R²',
      levels: [
        { sites: 0, readingsKB: [1000] },
        { sites: 1000, readingsKB: [31_000] },
        { sites: 2000, readingsKB: [21_000] },
        { sites: 3000, readingsKB: [51_000] },
      ],
      slopeKB: 14,
      seKB: Math.sqrt(320e6 / 2 / 5e6),
      r2: 1 - 320 / 1300,
    },
    {
      what: 'RSS that falls as sites come (a collection freed more): a negative slope, shown as it is',
      levels: [
        { sites: 0, readingsKB: [140_000] },
        { sites: 1000, readingsKB: [120_000] },
        { sites: 2000, readingsKB: [100_000] },
      ],
      slopeKB: -20,
      seKB: 0,
      r2: 1,
    },
    {
      what: 'flat: 0 KB a site, a perfect (flat) line',
      levels: [
        { sites: 0, readingsKB: [100_000] },
        { sites: 2000, readingsKB: [100_000] },
        { sites: 1000, readingsKB: [100_000] },
      ],
      slopeKB: 0,
      seKB: 0,
      r2: 1,
    },
  ])('$what', ({ levels, slopeKB, seKB, r2 }) => {
    const fit = fitRssPerSite(levels);
    expect(fit.slopeKB).toBeCloseTo(slopeKB, 9);
    expect(fit.seKB).toBeCloseTo(seKB, 9);
    expect(fit.r2).toBeCloseTo(r2, 9);
    expect(fit.upperKB).toBeCloseTo(slopeKB + t95(levels.length - 2) * seKB, 9);
    expect(fit.levels.map((l) => l.sites)).toEqual(levels.map((l) => l.sites));
  });

  it('bounds the scattered fit at 14 + 2.920 x 5.657 KB a site (t for 2 degrees of freedom)', () => {
    const fit = fitRssPerSite([1000, 31_000, 21_000, 51_000].map((kb, i) => ({ sites: i * 1000, readingsKB: [kb] })));
    expect(fit.upperKB).toBeCloseTo(14 + 2.92 * Math.sqrt(32), 9);
  });

  it.each([
    { df: 0, t: NaN },
    { df: 1, t: 6.314 },
    { df: 4, t: 2.132 },
    { df: 10, t: 1.812 },
    { df: 30, t: 1.645 },
  ])('t95($df) is $t', ({ df, t }) => {
    expect(t95(df)).toBe(t);
  });

  it('keeps each level with its median and range', () => {
    const fit = fitRssPerSite([
      { sites: 0, readingsKB: [3, 1, 2, 10] },
      { sites: 10, readingsKB: [20] },
    ]);
    expect(fit.levels).toEqual([
      { sites: 0, medianKB: 2.5, minKB: 1, maxKB: 10 },
      { sites: 10, medianKB: 20, minKB: 20, maxKB: 20 },
    ]);
    expect(fit.slopeKB).toBeCloseTo(1.75, 9);
    expect(fit.seKB).toBeNaN(); // two levels: a line through two points has no spread
    expect(fit.upperKB).toBeNaN(); // so no bound: the check misses
  });

  it.each([
    { what: 'one level', levels: [{ sites: 1000, readingsKB: [1] }], error: /at least two levels/ },
    {
      what: 'two levels of the same count',
      levels: [
        { sites: 1000, readingsKB: [1] },
        { sites: 1000, readingsKB: [2] },
      ],
      error: /at least two levels/,
    },
    {
      what: 'a level with no reading',
      levels: [
        { sites: 0, readingsKB: [] },
        { sites: 1000, readingsKB: [2] },
      ],
      error: /no RSS reading/,
    },
  ])('refuses $what', ({ levels, error }) => {
    expect(() => fitRssPerSite(levels)).toThrow(error);
  });
});
