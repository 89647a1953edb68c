/** How the dashboard's insight reads: uptime tiles, the kinds of recent checks and their summary. Pure. */
import type { Insight } from '../api/types';
import { formatUptime } from '../format';

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

type Uptime = Insight['uptime'][number];

export interface UptimeTile {
  /** "99.50 %", or a dash when nothing was monitored. */
  value: string;
  /** The window: "last 24 h". */
  window: string;
  /** The time the figure covers, and the part offline: "over the 12 minutes monitored · offline 39 s". */
  covers: string;
}

const UNITS: [ms: number, one: string, many: string][] = [
  [86_400_000, 'day', 'days'],
  [3_600_000, 'hour', 'hours'],
  [60_000, 'minute', 'minutes'],
  [1000, 'second', 'seconds'],
];

/** A length of time in one whole unit, rounded down: "12 minutes", "29 days", "1 hour". */
export function timeWords(ms: number): string {
  // Hours up to two days ("36 hours" says more than "1 day"), days beyond.
  const [unit, one, many] = UNITS.find(([u], i) => ms >= (i === 0 ? 2 * u : u)) ?? UNITS[UNITS.length - 1]!;
  const n = Math.floor(ms / unit);
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * An uptime tile: the figure, its window and the time it covers. The figure is over monitored
 * time only, so it names that time: a fresh install's "100 %" is over minutes, not a year.
 */
export function uptimeTile(u: Uptime, format: (ms: number) => string): UptimeTile {
  const window = `last ${u.label}`;
  if (u.percent === null || u.monitoredMs <= 0) return { value: '—', window, covers: 'not monitored in this time' };
  const offline = u.offlineMs > 0 ? ` · offline ${format(u.offlineMs)}` : '';
  return { value: formatUptime(u.percent), window, covers: `over the ${timeWords(u.monitoredMs)} monitored${offline}` };
}
