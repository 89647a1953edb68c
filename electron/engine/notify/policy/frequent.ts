/**
 * "Flaky connection": at least N confirmed changes of one family within T. Every raw change
 * counts (a flap is two). The warning is sent once and re-armed when the count in the
 * window has dropped below N again.
 *
 * Truth table (n = changes within the window, including this one):
 *
 *   alerted | n       | notices out                | alerted after
 *   --------+---------+----------------------------+--------------
 *   no      | n < N   | -                          | no
 *   no      | n >= N  | frequent-changes (n, T)    | yes
 *   yes     | n >= N  | -                          | yes
 *   yes     | n < N   | -                          | no (re-armed)
 */
import type { Family } from '../../../../shared/types';
import type { FrequentNotice } from '../types';

export interface Frequent {
  /** Times of recent changes, oldest first, only those inside the window. */
  times: number[];
  alerted: boolean;
}

export const emptyFrequent = (): Frequent => ({ times: [], alerted: false });

export function frequentChange(
  state: Frequent,
  family: Family,
  at: number,
  cfg: { count: number; windowMs: number },
): { state: Frequent; out: FrequentNotice[] } {
  const times = [...state.times.filter((t) => t > at - cfg.windowMs), at];
  const n = times.length;
  if (n < cfg.count) return { state: { times, alerted: false }, out: [] };
  if (state.alerted) return { state: { times, alerted: true }, out: [] };
  const notice: FrequentNotice = {
    kind: 'frequent-changes',
    key: `frequent:v${family}@${at}`,
    at,
    family,
    count: n,
    windowSec: Math.round(cfg.windowMs / 1000),
  };
  return { state: { times, alerted: true }, out: [notice] };
}
