/** mergeInOrder: lists each in their own order merged without reordering any, by time where they meet. */
import { describe, expect, it } from 'vitest';

import { mergeInOrder, newestAtFirst } from '../../shared/merge-in-order';

const times = (items: { at: number }[]) => items.map((i) => i.at);

describe('mergeInOrder', () => {
  it.each<[string, number[][], number, number[]]>([
    ['nothing', [[], []], Infinity, []],
    ['one list kept as it is, even against its stamps', [[5, 9, 1]], Infinity, [5, 9, 1]],
    [
      'two lists in time order: by time',
      [
        [9, 5, 1],
        [8, 4],
      ],
      Infinity,
      [9, 8, 5, 4, 1],
    ],
    ['equal times: the earlier list first', [[5], [5]], Infinity, [5, 5]],
    [
      'a list stamped back (a clock set back) keeps its order',
      [
        [3, 10],
        [7, 2],
      ],
      Infinity,
      [7, 3, 10, 2],
    ],
    [
      'at most `limit`',
      [
        [9, 5, 1],
        [8, 4],
      ],
      3,
      [9, 8, 5],
    ],
  ])('%s', (_name, lists, limit, want) => {
    const tagged = lists.map((l, list) => l.map((t) => ({ at: t, list })));
    const merged = mergeInOrder(tagged, newestAtFirst, limit);
    expect(times(merged)).toEqual(want);
    // No list's own order changes: each list's items come out as a prefix of it, in its order.
    tagged.forEach((l, i) => {
      const out = merged.filter((m) => m.list === i);
      expect(out).toEqual(l.slice(0, out.length));
    });
  });
});
