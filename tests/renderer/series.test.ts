import { describe, expect, it } from 'vitest';

import { latencySeries } from '../../renderer/src/charts/series';

const hour = (h: number, ms: number | null) => ({
  hour: h * 3_600_000,
  ok: 1,
  fail: 0,
  meanLatencyMs: ms,
  maxLatencyMs: ms,
});
const source = (name: string, hours: ReturnType<typeof hour>[]) => ({
  source: name,
  ok: 1,
  fail: 0,
  successRate: 1,
  meanLatencyMs: 1,
  maxLatencyMs: 1,
  hours,
});

describe('latencySeries', () => {
  it('aligns every source on the hours any of them has, with gaps as null', () => {
    const { names, data } = latencySeries([source('a', [hour(2, 20), hour(1, 10)]), source('b', [hour(3, 30)])]);
    expect(names).toEqual(['a', 'b']);
    expect(Array.from(data[0])).toEqual([3600, 7200, 10800]);
    expect(data[1]).toEqual([10, 20, null]);
    expect(data[2]).toEqual([null, null, 30]);
  });

  it('is empty without sources', () => {
    expect(latencySeries([]).data).toEqual([[]]);
  });
});
