import { describe, expect, it } from 'vitest';

import {
  addCounts,
  type CountsBySource,
  decodeCounts,
  encodeCounts,
  firstDayOfMonth,
  monthOfDay,
  type SourceCounts,
  splitDays,
} from '../../../../electron/engine/store/source-counts';

const c = (ok: number, fail: number, latencySum: number, latencyMax: number): SourceCounts => ({
  ok,
  fail,
  latencySum,
  latencyMax,
});

describe('packed source counters', () => {
  it.each([
    ['nothing', new Map(), []],
    ['one small source', new Map([[1, c(3, 0, 300, 120)]]), [1, 3, 0, 0xac, 0x02, 120]],
    ['a counter of two bytes', new Map([[2, c(128, 1, 0, 0)]]), [2, 0x80, 0x01, 1, 0, 0]],
    [
      'sources in id order',
      new Map([
        [9, c(0, 1, 0, 0)],
        [4, c(1, 0, 5, 5)],
      ]),
      [4, 1, 0, 5, 5, 9, 0, 1, 0, 0],
    ],
  ] as [string, CountsBySource, number[]][])('%s', (_name, counts, bytes) => {
    expect([...encodeCounts(counts)]).toEqual(bytes);
    expect(decodeCounts(Uint8Array.from(bytes))).toEqual(new Map([...counts].sort((a, b) => a[0] - b[0])));
  });

  it('round-trips counters up to 2^53 - 1 exactly', () => {
    const big = new Map([[300, c(2 ** 31, 2 ** 32 + 7, Number.MAX_SAFE_INTEGER, 86_400_000)]]);
    expect(decodeCounts(encodeCounts(big))).toEqual(big);
  });

  it('refuses counters it cannot store', () => {
    expect(() => encodeCounts(new Map([[1, c(-1, 0, 0, 0)]]))).toThrow(/out of range/);
    expect(() => encodeCounts(new Map([[1, c(1.5, 0, 0, 0)]]))).toThrow(/out of range/);
  });

  it.each([
    ['cut in a varint', [1, 0x80]],
    ['cut between fields', [1, 2, 3]],
    ['a varint too long', [1, ...Array(9).fill(0xff), 1, 0, 0, 0]],
  ])('a damaged blob (%s) is an error that says so', (_name, bytes) => {
    expect(() => decodeCounts(Uint8Array.from(bytes))).toThrow(/damaged source statistics/);
  });

  it('adds into existing counters: sums add, the max stays the max', () => {
    const into: CountsBySource = new Map([[1, c(2, 1, 200, 150)]]);
    addCounts(into, 1, c(1, 0, 90, 90));
    addCounts(into, 2, c(0, 3, 0, 0));
    expect(into).toEqual(
      new Map([
        [1, c(3, 1, 290, 150)],
        [2, c(0, 3, 0, 0)],
      ]),
    );
    // decodeCounts adds into a given map the same way.
    decodeCounts(encodeCounts(new Map([[1, c(1, 0, 500, 500)]])), into);
    expect(into.get(1)).toEqual(c(4, 1, 790, 500));
  });
});

describe('adding up days by months', () => {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  const month = (y: number, m: number) => y * 12 + (m - 1);

  it.each([
    ['2024-01-01', 2024, 1],
    ['2024-02-29', 2024, 2],
    ['2024-12-31', 2024, 12],
    ['1970-01-01', 1970, 1],
  ] as const)('%s is in month %i-%i, which starts on its 1st', (iso, y, m) => {
    expect(monthOfDay(day(iso))).toBe(month(y, m));
    expect(firstDayOfMonth(month(y, m))).toBe(day(`${iso.slice(0, 8)}01`));
  });

  it.each([
    ['whole months only', '2024-01-01', '2024-03-31', [month(2024, 1), month(2024, 3)], []],
    [
      'edges on both sides',
      '2023-12-15',
      '2024-03-10',
      [month(2024, 1), month(2024, 2)],
      [
        ['2023-12-15', '2023-12-31'],
        ['2024-03-01', '2024-03-10'],
      ],
    ],
    ['inside one month', '2024-02-03', '2024-02-20', null, [['2024-02-03', '2024-02-20']]],
    ['a whole month minus its last day', '2024-02-01', '2024-02-28', null, [['2024-02-01', '2024-02-28']]],
    ['one whole leap February', '2024-02-01', '2024-02-29', [month(2024, 2), month(2024, 2)], []],
    ['a single day', '2024-05-05', '2024-05-05', null, [['2024-05-05', '2024-05-05']]],
  ] as const)('%s', (_name, from, to, months, days) => {
    expect(splitDays(day(from), day(to))).toEqual({
      months: months ? [...months] : null,
      days: days.map(([a, b]) => [day(a), day(b)]),
    });
  });

  it('an empty range needs nothing', () => {
    expect(splitDays(10, 9)).toEqual({ months: null, days: [] });
  });
});
