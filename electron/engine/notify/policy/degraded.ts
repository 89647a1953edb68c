/**
 * "Detection degraded": the monitor can no longer tell the address with confidence, either
 * because checks of a family keep ending without a quorum ('uncertain') or because many
 * sources have an open circuit breaker. Offline is not degradation: while offline no
 * transition is reported (the state is still tracked and judged again once online).
 *
 * Inputs: a check with result 'uncertain' adds one to its family's streak; 'unchanged',
 * 'confirmed', 'changed' and 'disabled' reset it; 'unavailable' (nobody answered: offline
 * or no IPv6 here) leaves it. A source-health event to 'open' marks the source failing,
 * one to 'closed' clears it ('half-open' is still failing).
 *
 * Truth table (U = streak of either family >= uncertainChecks, O = open >= openSources):
 *
 *   degraded | offline | U or O | notices out              | degraded after
 *   ---------+---------+--------+--------------------------+---------------
 *   no       | no      | no     | -                        | no
 *   no       | no      | yes    | degraded (reason)        | yes
 *   yes      | no      | yes    | -                        | yes
 *   yes      | no      | no     | degraded=false (normal)  | no
 *   any      | yes     | any    | -                        | unchanged
 */
import type { CheckEvent, SourceHealthEvent } from '../../../../shared/types';
import type { DegradedNotice } from '../types';

export interface Degraded {
  uncertain: { v4: number; v6: number };
  open: string[];
  degraded: boolean;
}

export interface DegradedConfig {
  uncertainChecks: number;
  openSources: number;
}

export const emptyDegraded = (): Degraded => ({ uncertain: { v4: 0, v6: 0 }, open: [], degraded: false });

export function degradedCheck(s: Degraded, e: CheckEvent): Degraded {
  const k = e.family === 4 ? 'v4' : 'v6';
  if (e.result === 'unavailable') return s;
  const n = e.result === 'uncertain' ? s.uncertain[k] + 1 : 0;
  return { ...s, uncertain: { ...s.uncertain, [k]: n } };
}

export function degradedSource(s: Degraded, e: SourceHealthEvent): Degraded {
  const rest = s.open.filter((id) => id !== e.sourceId);
  return { ...s, open: e.to === 'closed' ? rest : [...rest, e.sourceId] };
}

function reasonFor(s: Degraded, cfg: DegradedConfig): string | null {
  const parts: string[] = [];
  for (const [k, label] of [
    ['v4', 'IPv4'],
    ['v6', 'IPv6'],
  ] as const) {
    if (s.uncertain[k] >= cfg.uncertainChecks) parts.push(`no quorum in the last ${s.uncertain[k]} ${label} checks`);
  }
  if (s.open.length >= cfg.openSources) parts.push(`${s.open.length} sources failing (${s.open.join(', ')})`);
  return parts.length ? parts.join('; ') : null;
}

/** Judges the state after an input and reports a transition, if any. */
export function degradedJudge(
  s: Degraded,
  at: number,
  offline: boolean,
  cfg: DegradedConfig,
): { state: Degraded; out: DegradedNotice[] } {
  if (offline) return { state: s, out: [] };
  const reason = reasonFor(s, cfg);
  const now = reason !== null;
  if (now === s.degraded) return { state: s, out: [] };
  const notice: DegradedNotice = {
    kind: 'degraded',
    key: `degraded:${now ? 'on' : 'off'}@${at}`,
    at,
    degraded: now,
    reason: reason ?? 'sources answer and agree again',
  };
  return { state: { ...s, degraded: now }, out: [notice] };
}
