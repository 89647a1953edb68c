/**
 * How the dashboard's insight reads: the kinds of recent checks and their summary. Pure. The
 * uptime tiles' figures and words are shared/uptime.ts's, as the CLI and the bot read them.
 */
import type { Insight } from '../api/types';

type Result = Insight['checks']['v4'][number]['result'];

/** What a check's mark on the strip shows. */
export type BeatKind = 'ok' | 'changed' | 'uncertain' | 'failed' | 'off';

export const BEAT_OF: Record<Result, BeatKind> = {
  unchanged: 'ok',
  confirmed: 'ok',
  changed: 'changed',
  uncertain: 'uncertain',
  unavailable: 'failed',
  disabled: 'off',
};

/** A check's result in words, for its tooltip. */
export const RESULT_WORDS: Record<Result, string> = {
  unchanged: 'ok, address unchanged',
  confirmed: 'ok, address confirmed',
  changed: 'address changed',
  uncertain: 'uncertain: the sources disagreed',
  unavailable: 'failed: no source answered',
  disabled: 'switched off',
};

export const BEAT_WORDS: Record<BeatKind, string> = {
  ok: 'ok',
  changed: 'changed',
  uncertain: 'uncertain',
  failed: 'failed',
  off: 'off',
};

/** "48 ok, 1 changed, 1 failed" over a family's recent checks, in strip order of kinds. */
export function checksSummary(checks: readonly { result: Result }[]): string {
  if (checks.length === 0) return 'no checks yet';
  const counts = new Map<BeatKind, number>();
  for (const c of checks) counts.set(BEAT_OF[c.result], (counts.get(BEAT_OF[c.result]) ?? 0) + 1);
  return (Object.keys(BEAT_WORDS) as BeatKind[])
    .filter((k) => counts.has(k))
    .map((k) => `${counts.get(k)} ${BEAT_WORDS[k]}`)
    .join(', ');
}
