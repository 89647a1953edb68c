/**
 * The address run still held (issue 77). A run's stamps go from the check that first saw the address
 * to the last check that confirmed it, so the run the monitor holds now ends at the latest check,
 * minutes ago, and a runner seconds old has a run of ~0 ms. Every figure over time held (the IPv6
 * share, the map's unknown time) counts that run to now instead, while the monitor still holds it.
 * Pure.
 *
 *   monitor running, not paused | family watched | latest check          | held now
 *   ----------------------------+----------------+-----------------------+------------------------
 *   no                          | any            | any                   | no
 *   yes                         | no             | any                   | no
 *   yes                         | yes            | none yet              | no (nothing confirmed)
 *   yes                         | yes            | confirmed an address  | yes: the run since `since`
 *   yes                         | yes            | uncertain/unavailable | no (it may be gone)
 */
import type { CheckResult, EngineStatus, Family } from './types';

/** The run the monitor holds now: its family and when it started (the run's firstSeen). */
export interface HeldRun {
  family: Family;
  since: number;
}

const CONFIRMED: ReadonlySet<CheckResult> = new Set(['unchanged', 'confirmed', 'changed']);

/** The runs held now, from the engine's status (see the table at the top). */
export function heldRuns(status: Pick<EngineStatus, 'running' | 'pausedSince' | 'families'>): HeldRun[] {
  if (!status.running || status.pausedSince !== null) return [];
  return Object.values(status.families).flatMap((f): HeldRun[] =>
    f.enabled && f.ip !== null && f.since !== null && f.lastCheck !== null && CONFIRMED.has(f.lastCheck.result)
      ? [{ family: f.family, since: f.since }]
      : [],
  );
}

/**
 * `runs` with each held run (same family, firstSeen at its `since`) lasting until `now`; the others
 * as they are. A caller still clips to its period and to the monitored time.
 */
export function untilNow<R extends { family: Family; firstSeen: number; lastSeen: number }>(
  runs: readonly R[],
  held: readonly HeldRun[],
  now: number,
): R[] {
  return runs.map((r) =>
    held.some((h) => h.family === r.family && h.since === r.firstSeen) && now > r.lastSeen
      ? { ...r, lastSeen: now }
      : r,
  );
}
