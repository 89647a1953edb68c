/**
 * The share of time IPv6 worked (issue 77): the time covered by IPv6 address runs (from when an
 * address was first seen to when it was last confirmed) inside a period, over the time the
 * monitor ran in it (the uptime's monitored time). Computed once here: the API and the page say
 * the same figure. Pure.
 *
 *   monitored time | IPv6 runs in the period        | share
 *   ---------------+--------------------------------+---------------------------------
 *   0              | any                            | null (nothing was watched)
 *   > 0            | none                           | 0
 *   > 0            | some, overlapping or not       | covered time / monitored, at most 100, rounded down to 0.1
 */
export interface Span {
  firstSeen: number;
  lastSeen: number;
}

export function ipv6SharePercent(runs: readonly Span[], from: number, to: number, monitoredMs: number): number | null {
  if (monitoredMs <= 0) return null;
  const clipped = runs
    .map((r) => [Math.max(r.firstSeen, from), Math.min(r.lastSeen, to)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let covered = 0;
  let end = -Infinity;
  for (const [a, b] of clipped) {
    const start = Math.max(a, end);
    if (b > start) covered += b - start;
    end = Math.max(end, b);
  }
  return Math.min(100, Math.floor((covered / monitoredMs) * 1000) / 10);
}
