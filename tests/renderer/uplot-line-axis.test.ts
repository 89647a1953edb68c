import { describe, expect, it } from 'vitest';

import { COUNT_INCRS } from '../../renderer/src/charts/series';
import { lineOptions } from '../../renderer/src/charts/uplot-options';

describe("a line chart's value axis (the latency chart)", () => {
  it('steps in whole units (1, 2, 5, 10...), so no rounded label repeats or skips ("3 ms, 5 ms, 8 ms")', () => {
    const o = lineOptions({
      from: 0,
      to: 3_600_000,
      zone: { timeZone: 'UTC', clock: '24' },
      names: ['a'],
      colors: ['#000'],
      unit: 'ms',
    });
    const y = o.axes![1]!;
    expect(y.incrs).toEqual(COUNT_INCRS);
    for (const step of y.incrs as number[]) expect(Number.isInteger(step)).toBe(true);
    const values = y.values as (u: unknown, splits: number[]) => string[];
    expect(values(null, [0, 5, 10, 15])).toEqual(['0 ms', '5 ms', '10 ms', '15 ms']);
  });
});
