/**
 * Time spans [start, end) and the little algebra uptime needs: merge overlapping ones,
 * intersect two sets, and measure what falls inside a window. Pure.
 */
export type Span = readonly [start: number, end: number];

/** Sorted, non-overlapping, non-empty spans covering the same time as `spans`. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** The time covered by both sets of spans. */
export function intersectSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  const x = mergeSpans(a);
  const y = mergeSpans(b);
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const [as, ae] = x[i]!;
    const [bs, be] = y[j]!;
    const s = Math.max(as, bs);
    const e = Math.min(ae, be);
    if (e > s) out.push([s, e]);
    if (ae < be) i += 1;
    else j += 1;
  }
  return out;
}

/** Length of the part of `spans` inside [lo, hi); `spans` must not overlap (mergeSpans). */
export function measure(spans: readonly Span[], lo: number, hi: number): number {
  return spans.reduce((sum, [s, e]) => sum + Math.max(0, Math.min(e, hi) - Math.max(s, lo)), 0);
}

/**
 * measure() for each of the consecutive windows [edges[i], edges[i + 1]), in one pass:
 * `spans` merged (sorted, disjoint), `edges` non-decreasing. A day-by-day uptime over years
 * of outages stays linear instead of days x spans.
 */
export function measureWindows(spans: readonly Span[], edges: readonly number[]): number[] {
  const out = new Array<number>(Math.max(0, edges.length - 1)).fill(0);
  let first = 0;
  for (let i = 0; i + 1 < edges.length; i++) {
    const lo = edges[i]!;
    const hi = edges[i + 1]!;
    while (first < spans.length && spans[first]![1] <= lo) first += 1;
    for (let k = first; k < spans.length && spans[k]![0] < hi; k++) {
      const [s, e] = spans[k]!;
      out[i]! += Math.max(0, Math.min(e, hi) - Math.max(s, lo));
    }
  }
  return out;
}
