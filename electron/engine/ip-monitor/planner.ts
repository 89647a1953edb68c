/**
 * Which sources to ask, in which order. Pure.
 *
 * Steady state asks the cheapest healthy source (DNS/STUN before HTTPS), rotating fairly
 * within the cheapest tier. A suspected change then asks sources of providers (and kinds)
 * not yet heard from, cheapest first.
 */
import type { SourceKind } from '../../../shared/types';

export interface Candidate {
  id: string;
  provider: string;
  kind: SourceKind;
  cost: number;
}

/**
 * Orders available sources by cost, rotating each cost tier by `turn` so that repeated
 * steady-state checks spread over the tier instead of always hitting one service.
 */
export function orderByCost<T extends Candidate>(sources: readonly T[], turn: number): T[] {
  // A stable sort keeps the given order within a tier; then each tier is read from its turn.
  const byCost = [...sources].sort((a, b) => a.cost - b.cost);
  const out: T[] = [];
  for (let start = 0, end = 0; start < byCost.length; start = end) {
    while (end < byCost.length && byCost[end]!.cost === byCost[start]!.cost) end++;
    const n = end - start;
    const k = ((turn % n) + n) % n;
    for (let i = 0; i < n; i++) out.push(byCost[start + ((i + k) % n)]!);
  }
  return out;
}

/**
 * Picks up to `count` not-yet-asked sources for confirmation: first providers not asked at
 * all (a kind not yet used first), then other sources of providers that failed, never a
 * provider whose answer is already counted.
 */
export function pickConfirmers<T extends Candidate>(
  ordered: readonly T[],
  asked: { ids: ReadonlySet<string>; providers: ReadonlySet<string>; kinds: ReadonlySet<SourceKind> },
  answeredProviders: ReadonlySet<string>,
  count: number,
): T[] {
  const fresh = ordered.filter((s) => !asked.ids.has(s.id) && !answeredProviders.has(s.provider));
  const picked: T[] = [];
  const chosen = new Set<string>();
  const take = (pred: (s: T) => boolean) => {
    for (const s of fresh) {
      if (picked.length >= count) return;
      if (chosen.has(s.provider) || !pred(s)) continue;
      picked.push(s);
      chosen.add(s.provider);
    }
  };
  take((s) => !asked.providers.has(s.provider) && !asked.kinds.has(s.kind));
  take((s) => !asked.providers.has(s.provider));
  take(() => true);
  return picked;
}

export interface Progress {
  /** Requests settled so far (answered or failed). */
  settled: number;
  /** Accepted answers among them. */
  answers: number;
  /** Error codes of the failed ones. */
  failureCodes: readonly string[];
  quorum: number;
  /** Distinct providers behind the leading address. */
  leaderProviders: number;
}

/**
 * How many requests a check wants in flight and not yet outrun by a hedge. Before anything
 * settles, one: it stands for the steady check, and a hedge replaces it rather than fanning
 * out. Then enough to reach the quorum, except that a family that looks unreachable (every
 * failure "unreachable", no answer) gets one more probe and then none.
 */
export function requestsWanted(p: Progress): number {
  if (p.settled === 0) return 1;
  const unreachable = p.failureCodes.filter((c) => c === 'unreachable').length;
  if (!p.answers && unreachable > 0 && unreachable === p.failureCodes.length) return unreachable >= 2 ? 0 : 1;
  return Math.max(1, p.quorum - p.leaderProviders);
}
