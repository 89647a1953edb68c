/**
 * Lists that are each in their own true order (the history's events by sequence, the live
 * events as they came), merged into one without reordering any of them: at each step the head
 * that `first` puts first is taken, the earlier list on a tie. Times only decide where two lists
 * meet, so a wall clock set back cannot put a list's newer item below its older one. Pure.
 */
export function mergeInOrder<T>(
  lists: readonly (readonly T[])[],
  first: (a: T, b: T) => number,
  limit = Infinity,
): T[] {
  const at = lists.map(() => 0);
  const out: T[] = [];
  while (out.length < limit) {
    let pick = -1;
    for (let l = 0; l < lists.length; l += 1) {
      const head = lists[l]![at[l]!];
      if (head === undefined) continue;
      if (pick < 0 || first(head, lists[pick]![at[pick]!]!) < 0) pick = l;
    }
    if (pick < 0) break;
    out.push(lists[pick]![at[pick]!]!);
    at[pick]! += 1;
  }
  return out;
}

/** Newest first by time where lists meet: `first` for lists of stamped items kept newest first. */
export const newestAtFirst = (a: { at: number }, b: { at: number }): number => b.at - a.at;
