import { describe, expect, it } from 'vitest';

import { measure, measureWindows, type Span } from '../../shared/spans';

describe('measureWindows', () => {
  it.each([
    ['no spans', [], [0, 10, 20], [0, 0]],
    ['no windows', [[0, 5]], [3], []],
    ['a span inside one window', [[2, 4]], [0, 10, 20], [2, 0]],
    ['a span across three windows', [[5, 25]], [0, 10, 20, 30], [5, 10, 5]],
    [
      'spans before and after every window',
      [
        [-10, -5],
        [40, 50],
      ],
      [0, 10, 20],
      [0, 0],
    ],
    [
      'several spans in one window',
      [
        [1, 2],
        [3, 5],
        [9, 12],
      ],
      [0, 10, 20],
      [4, 2],
    ],
    ['empty windows (clamped edges)', [[0, 100]], [10, 10, 20, 20], [0, 10, 0]],
  ] as [string, Span[], number[], number[]][])('%s', (_name, spans, edges, expected) => {
    expect(measureWindows(spans, edges)).toEqual(expected);
  });

  it('agrees with measure() window by window', () => {
    const spans: Span[] = [];
    for (let s = 0; s < 10_000; s += 37) spans.push([s, s + (s % 23)]);
    const edges = Array.from({ length: 101 }, (_, i) => i * 97 - 50);
    const each = edges.slice(0, -1).map((lo, i) => measure(spans, lo, edges[i + 1]!));
    expect(measureWindows(spans, edges)).toEqual(each);
  });
});
