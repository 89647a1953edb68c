/** The memory series (shared/memory-series.ts): a point a minute for a day, an hour before it, bounded. */
import { describe, expect, it } from 'vitest';

import type { MemorySample } from '../../shared/memory-bound';
import { COARSE_MAX, COARSE_MS, FINE_MAX, FINE_MS, MemorySeries } from '../../shared/memory-series';

const sample = (at: number, rssBytes: number): MemorySample => ({
  at,
  rssBytes,
  heapUsedBytes: 1,
  heapTotalBytes: 2,
  nativeBytes: 3,
  wasmBytes: 4,
});

describe('MemorySeries', () => {
  it.each<[string, [number, number][], number[]]>([
    // name, samples as [monotonic ms, rss], the RSS of the points kept
    ['one sample, one point', [[0, 5]], [5]],
    [
      'samples of one minute: one point, its peak',
      [
        [0, 5],
        [20_000, 9],
        [59_999, 7],
      ],
      [9],
    ],
    [
      'samples of two minutes: two points',
      [
        [59_000, 5],
        [60_000, 6],
      ],
      [5, 6],
    ],
  ])('%s', (_name, samples, kept) => {
    const s = new MemorySeries();
    samples.forEach(([mono, rss], i) => s.add(sample(i, rss), mono));
    expect(s.points().map((p) => p.rssBytes)).toEqual(kept);
    expect(s.taken()).toBe(samples.length);
  });

  it('folds minutes older than a day into hours, keeping each hour’s peak', () => {
    const s = new MemorySeries();
    // A day and two hours of minutes, RSS = the minute's number: the first two hours leave the day.
    const minutes = FINE_MAX + 120;
    for (let m = 0; m < minutes; m++) s.add(sample(m, m), m * FINE_MS);
    const points = s.points();
    expect(points).toHaveLength(2 + FINE_MAX);
    // The two hours kept as hours, each with its highest minute.
    expect(points.slice(0, 2).map((p) => p.rssBytes)).toEqual([59, 119]);
    expect(points[2]!.rssBytes).toBe(120);
    expect(points.at(-1)!.rssBytes).toBe(minutes - 1);
  });

  it('never holds more than a day of minutes and 29 days of hours', () => {
    const s = new MemorySeries();
    // 40 days, a sample every 10 minutes.
    const step = 10 * FINE_MS;
    const end = 40 * 24 * COARSE_MS;
    for (let t = 0; t < end; t += step) s.add(sample(t, t), t);
    const points = s.points();
    expect(points.length).toBeLessThanOrEqual(FINE_MAX + COARSE_MAX);
    // The oldest point left is from within the last 30 days.
    expect(points[0]!.rssBytes).toBeGreaterThanOrEqual(end - 30 * 24 * COARSE_MS - COARSE_MS);
    // Oldest first, throughout.
    expect(points.map((p) => p.at)).toEqual([...points.map((p) => p.at)].sort((a, b) => a - b));
  });
});
