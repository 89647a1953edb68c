import { describe, expect, it } from 'vitest';

import {
  growthFrom,
  heapFigures,
  type HeapSample,
  rssOf,
  type Sample,
  slopePerHour,
  soakFigures,
} from '../../bench/runner/soak';

const line = (from: number, to: number, step: number, rss: (min: number) => number): Sample[] =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => from + i * step).map((min) => ({
    min,
    rssMB: rss(min),
  }));

describe('soak slopePerHour', () => {
  it.each([
    { name: 'flat', samples: line(0, 10, 0.5, () => 80), perHour: 0 },
    { name: '1 MB per 10 minutes', samples: line(0, 10, 0.5, (m) => 80 + m / 10), perHour: 6 },
    { name: 'falling', samples: line(0, 10, 1, (m) => 90 - m), perHour: -60 },
  ])('$name: $perHour MB/hour', ({ samples, perHour }) => {
    expect(slopePerHour(samples, rssOf)).toBeCloseTo(perHour, 6);
  });

  it.each([
    { name: 'no samples', samples: [] },
    { name: 'one sample', samples: [{ min: 3, rssMB: 80 }] },
    {
      name: 'one time',
      samples: [
        { min: 3, rssMB: 80 },
        { min: 3, rssMB: 81 },
      ],
    },
  ])('$name: NaN, so the growth check misses', ({ samples }) => {
    expect(slopePerHour(samples, rssOf)).toBeNaN();
  });
});

describe('soak figures', () => {
  it('reads 1 minute, the end, the last minute, the peak, and grows only from its first minute on', () => {
    // A startup bump to 120 MB in the warm-up, then flat at 85 with a 95 MB sample at the end.
    const samples = [...line(0, 1.5, 0.5, (m) => (m < 1 ? 120 : 88)), ...line(2, 10, 0.5, () => 85)];
    samples[samples.length - 1] = { min: 10, rssMB: 95 };
    const f = soakFigures(samples, 126, 2);
    expect(f.rssAt1MinMB).toBe(88);
    expect(f.rssEndMB).toBe(95);
    // Samples at 9, 9.5 and 10 minutes.
    expect(f.rssSteadyMB).toBe(88.3);
    expect(f.peakMB).toBe(126);
    expect(f.samplesInGrowth).toBe(17);
    expect(f.growthMBPerHour).toBeGreaterThan(0);
    expect(soakFigures(samples.slice(0, -1), 0, 2).growthMBPerHour).toBe(0);
  });

  it('reads the anonymous part apart: node binary pages flat, the heaps growing 2 MB an hour from hour 1 to hour 3', () => {
    // Settling from 40 to 50 MB in the first hour (not growth), then a leak of 2 MB an hour under 45 MB of file pages.
    const anon = (m: number) => (m < 60 ? 40 + m / 6 : 50 + (m - 60) / 30);
    const samples = line(0, 180, 1, (m) => 45 + anon(m)).map((s) => ({ ...s, anonMB: anon(s.min) }));
    const f = soakFigures(samples, 0, growthFrom(180));
    expect(f.growthMBPerHour).toBeCloseTo(2, 6);
    expect(f.anonGrowthMBPerHour).toBeCloseTo(2, 6);
    expect(f.anonEndMB).toBe(54);
    expect(f.samplesInGrowth).toBe(121);
    // The same soak read from minute 2 counts the settling as growth: about twice the leak.
    expect(soakFigures(samples, 0, 2).growthMBPerHour).toBeGreaterThan(3.5);
  });

  it('samples without the anonymous part (an older soak) give NaN for it, not 0', () => {
    const f = soakFigures(
      line(0, 10, 1, () => 80),
      80,
      2,
    );
    expect(f.anonGrowthMBPerHour).toBeNaN();
    expect(f.anonEndMB).toBeNaN();
    expect(f.growthMBPerHour).toBe(0);
  });

  it('a soak shorter than a minute has no 1-minute figure', () => {
    expect(
      soakFigures(
        line(0, 0.5, 0.1, () => 80),
        80,
        0.25,
      ).rssAt1MinMB,
    ).toBeNaN();
  });
});

describe('soak growthFrom', () => {
  it.each([
    { minutes: 180, from: 60 },
    { minutes: 240, from: 60 },
    { minutes: 150, from: 60 },
    { minutes: 100, from: 40 },
    { minutes: 30, from: 12 },
  ])('a $minutes-minute soak grows from minute $from', ({ minutes, from }) => {
    expect(growthFrom(minutes)).toBeCloseTo(from, 9);
  });
});

describe('soak heap figures', () => {
  const heap = (min: number, heapUsedMB: number, externalMB = 20): HeapSample => ({ min, heapUsedMB, externalMB });

  it('reads 1 minute, the end and the peak, and the slopes after warm-up only', () => {
    // Start-up garbage up to 40 MB, then a heap growing by 1 MB per 10 minutes and a flat wasm memory.
    const samples = [heap(0.5, 40), heap(1, 30), heap(1.5, 25), ...[2, 4, 6, 8, 10].map((m) => heap(m, 14 + m / 10))];
    const f = heapFigures(samples, 2);
    expect(f.heapUsedAt1MinMB).toBe(30);
    expect(f.heapUsedEndMB).toBe(15);
    expect(f.heapUsedPeakMB).toBe(40);
    expect(f.heapGrowthMBPerHour).toBeCloseTo(6, 6);
    expect(f.externalEndMB).toBe(20);
    expect(f.externalGrowthMBPerHour).toBe(0);
    // An older runner reports no parts of the memory outside the heap.
    expect(f.arrayBuffersEndMB).toBeNaN();
    expect(f.wasmEndMB).toBeNaN();
  });

  it('the last sample gives the parts outside the heap when the runner reports them', () => {
    const f = heapFigures([heap(5, 20), { ...heap(10, 20, 26), arrayBuffersMB: 1.5, wasmMB: 21.1 }], 2);
    expect(f.arrayBuffersEndMB).toBe(1.5);
    expect(f.wasmEndMB).toBe(21.1);
  });

  it('no samples: every figure NaN, none invented', () => {
    const f = heapFigures([], 2);
    expect(Object.values(f).every((v) => Number.isNaN(v))).toBe(true);
  });
});
