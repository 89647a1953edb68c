/** Time spans for the import merge: subtraction, and runs kept in start order for overlap look-ups. */

export type Span = [number, number];

/** [c, d] minus the open spans (a, b); a single instant is lost only strictly inside one. */
export function subtractSpans(span: Span, blockers: Span[]): Span[] {
  let out: Span[] = [span];
  for (const [a, b] of blockers) {
    const next: Span[] = [];
    for (const [c, d] of out) {
      if (c === d) {
        if (!(a < c && c < b)) next.push([c, d]);
      } else if (a >= b || b <= c || a >= d) {
        next.push([c, d]);
      } else {
        if (c < a) next.push([c, a]);
        if (b < d) next.push([b, d]);
      }
    }
    out = next;
  }
  return out;
}

interface Timed {
  firstSeen: number;
  lastSeen: number;
}

/** First index in a start-ordered list whose start is after `t` (or at/after it, with `inclusive`). */
export function searchStart(list: readonly { firstSeen: number }[], t: number, inclusive = false): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = (list[mid] as { firstSeen: number }).firstSeen;
    if (s < t || (!inclusive && s === t)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Runs in start order. A look-up walks back from the query's end only as far as the longest run
 * could reach, so merging a long history stays near n log n instead of n squared.
 */
export class SpanIndex<T extends Timed> {
  readonly items: T[] = [];
  private longest = 0;

  add(x: T): void {
    this.items.splice(searchStart(this.items, x.firstSeen), 0, x);
    this.longest = Math.max(this.longest, x.lastSeen - x.firstSeen);
  }

  remove(x: T): void {
    for (let i = searchStart(this.items, x.firstSeen, true); i < this.items.length; i += 1) {
      if (this.items[i] === x) {
        this.items.splice(i, 1);
        return;
      }
    }
  }

  /** Changes a run's times, keeping the order. */
  update(x: T, firstSeen: number, lastSeen: number): void {
    this.remove(x);
    x.firstSeen = firstSeen;
    x.lastSeen = lastSeen;
    this.add(x);
  }

  /** The runs that overlap or touch [from, to]. */
  overlapping(from: number, to: number): T[] {
    const out: T[] = [];
    for (let i = searchStart(this.items, to) - 1; i >= 0; i -= 1) {
      const x = this.items[i] as T;
      if (x.firstSeen < from - this.longest) break;
      if (x.lastSeen >= from) out.push(x);
    }
    return out.reverse();
  }
}
