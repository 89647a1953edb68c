/**
 * Insight and a forecast from the address history (issue 42), pure: how long an address is held
 * (median and spread), the hours and weekdays changes happen at, a lease period estimate, and the
 * next change with a confidence, or no forecast when the history is too short or has no pattern.
 * docs/forecast.md explains the figures.
 *
 * A *hold* is the time from one change to the next: the first address of the history and the one
 * held now are left out (their start or end is unknown). A change seen only after the monitor was
 * off for a while (its run began more than MAX_GAP_MS after the previous one was last seen) has no
 * exact time: it counts, but is left out of the histograms and of the holds it bounds.
 *
 * The verdict's words (`reason`) are drawn from the figures by forecastReason, in a language: the
 * API's are English, the bot and the dashboard word the same figures in their reader's.
 */
import { formatNumber } from './i18n/format';
import type { MessageId, Translator } from './i18n/translator';

/** One run of an address as the history keeps it; oldest first. */
export interface HeldRun {
  firstSeen: number;
  lastSeen: number;
}

export const FORECAST_RULES = {
  /** Holds measured before a forecast is made. */
  minHolds: 3,
  /** A change seen later than this after the previous address was last seen has no exact time. */
  maxGapMs: 2 * 3_600_000,
  /** The window around the expected change: this share of the usual hold, and at least minWindowMs. */
  windowShare: 0.1,
  minWindowMs: 3_600_000,
  /** Past holds that must fall in the window for a pattern (and a forecast) to be seen. */
  patternShare: 0.6,
  /** Changes in a 3-hour stretch of the day (circular) for the day to have a usual hour. */
  hourShare: 0.6,
} as const;

export interface HoldStats {
  count: number;
  medianMs: number;
  q1Ms: number;
  q3Ms: number;
  /** The spread: q3 - q1, half of the holds lie in it. */
  iqrMs: number;
  minMs: number;
  maxMs: number;
}

export type ForecastVerdict = 'forecast' | 'too-short' | 'no-pattern';

export interface FamilyForecast {
  family: 4 | 6;
  verdict: ForecastVerdict;
  /** The verdict in words, with its figures (forecastReason, English in the API). */
  reason: string;
  /**
   * The pattern share: of the past holds, the share that lasted within the window around the usual
   * hold (0..1), which the verdict is drawn from; null while the history is too short.
   */
  patternShare: number | null;
  /** Changes in the history read (timed or not). */
  changes: number;
  /** Changes without an exact time (seen after a gap in monitoring): not in the histograms. */
  untimed: number;
  holds: HoldStats | null;
  /** The address held now: since when (its first sighting), null before the first. */
  current: { since: number; heldMs: number } | null;
  /** Changes per hour of the day (0-23) and per weekday (0 = Monday), in `timeZone`. */
  hours: number[];
  weekdays: number[];
  /** The hour changes cluster around (±1 h), when 60% or more of them do. */
  usualHour: { hour: number; share: number } | null;
  /** The usual hold, when holds cluster around it: the likely lease or forced-reconnect period. */
  period: { ms: number; windowMs: number; share: number } | null;
  /**
   * The next change: from..to is the window, `confidence` the share of past holds whose length fell
   * within the same window (0..1). `overdue`: the address is already held longer than the usual
   * hold, and the window is the next one if the cycle goes on.
   */
  next: { at: number; from: number; to: number; confidence: number; overdue: boolean } | null;
}

/** Linear-interpolated quantile of sorted numbers (q in 0..1). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function holdStats(holds: readonly number[]): HoldStats | null {
  if (holds.length === 0) return null;
  const s = [...holds].sort((a, b) => a - b);
  const q1Ms = Math.round(quantile(s, 0.25));
  const q3Ms = Math.round(quantile(s, 0.75));
  return {
    count: s.length,
    medianMs: Math.round(quantile(s, 0.5)),
    q1Ms,
    q3Ms,
    iqrMs: q3Ms - q1Ms,
    minMs: s[0]!,
    maxMs: s[s.length - 1]!,
  };
}

export interface Change {
  at: number;
  /** The earliest it can have happened: when the previous address was last seen. */
  earliest: number;
  timed: boolean;
}

/** The changes between runs (oldest first), each with whether its time is known. */
export function changesOf(runs: readonly HeldRun[], maxGapMs: number = FORECAST_RULES.maxGapMs): Change[] {
  const out: Change[] = [];
  for (let i = 1; i < runs.length; i++) {
    const at = runs[i]!.firstSeen;
    const earliest = Math.min(at, runs[i - 1]!.lastSeen);
    out.push({ at, earliest, timed: at - earliest <= maxGapMs });
  }
  return out;
}

/**
 * Holds between consecutive changes whose times are both known. A change stamped before the one
 * it follows (the wall clock was set back between them) leaves that hold unknown: it is skipped.
 */
export function holdsOf(changes: readonly Change[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < changes.length; i++) {
    const held = changes[i]!.at - changes[i - 1]!.at;
    if (changes[i]!.timed && changes[i - 1]!.timed && held >= 0) out.push(held);
  }
  return out;
}

const zoneParts = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Hour (0-23) and weekday (0 = Monday) of an instant in an IANA time zone. */
export function hourAndWeekday(at: number, timeZone: string): [number, number] {
  let f = zoneParts.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23', weekday: 'short' });
    zoneParts.set(timeZone, f);
  }
  const parts = f.formatToParts(at);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0) % 24;
  const weekday = WEEKDAYS.indexOf(parts.find((p) => p.type === 'weekday')?.value ?? 'Mon');
  return [hour, Math.max(0, weekday)];
}

/** Changes per hour of the day and per weekday. */
export function histograms(times: readonly number[], timeZone: string): { hours: number[]; weekdays: number[] } {
  const hours = Array<number>(24).fill(0);
  const weekdays = Array<number>(7).fill(0);
  for (const t of times) {
    const [h, d] = hourAndWeekday(t, timeZone);
    hours[h]! += 1;
    weekdays[d]! += 1;
  }
  return { hours, weekdays };
}

/** The hour whose 3-hour neighbourhood (circular) holds the most changes, when it holds `minShare` of them. */
export function usualHour(hours: readonly number[], minShare: number = FORECAST_RULES.hourShare) {
  const total = hours.reduce((s, n) => s + n, 0);
  if (total < FORECAST_RULES.minHolds) return null;
  let best = { hour: 0, count: -1 };
  for (let h = 0; h < 24; h++) {
    const count = hours[(h + 23) % 24]! + hours[h]! + hours[(h + 1) % 24]!;
    if (count > best.count || (count === best.count && hours[h]! > hours[best.hour]!)) best = { hour: h, count };
  }
  const share = best.count / total;
  return share >= minShare ? { hour: best.hour, share } : null;
}

/** The window around a usual hold: its share of it, and at least minWindowMs. */
const windowOf = (medianMs: number): number =>
  Math.max(FORECAST_RULES.minWindowMs, Math.round(medianMs * FORECAST_RULES.windowShare));

/** The window around the usual hold, and the share of past holds that fell within it. */
export function periodOf(holds: readonly number[], stats: HoldStats) {
  const windowMs = windowOf(stats.medianMs);
  const within = holds.filter((h) => Math.abs(h - stats.medianMs) <= windowMs).length;
  return { ms: stats.medianMs, windowMs, share: holds.length ? within / holds.length : 0 };
}

const UNITS: [number, MessageId][] = [
  [86_400_000, 'forecast.unit.day'],
  [3_600_000, 'forecast.unit.hour'],
  [60_000, 'forecast.unit.minute'],
  [1000, 'forecast.unit.second'],
];

/** `14d`, `1d 3h`, `25min` ("14 Tg.", "1 hr 3 jam"): the two largest units, for short texts (the badge, reasons). */
export function shortDuration(ms: number, words: Translator): string {
  let rest = Math.max(0, Math.round(ms / 1000) * 1000);
  const parts: [number, MessageId][] = [];
  for (const [size, unit] of UNITS) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0 || parts.length > 0) parts.push([n, unit]);
    if (parts.length === 2) break;
  }
  const shown = parts.filter(([n]) => n > 0);
  return shown.length
    ? shown.map(([n, unit]) => words.t(unit, { n })).join(' ')
    : words.t('forecast.unit.second', { n: 0 });
}

/**
 * The verdict in words, from the figures alone, so every reader says it in their language:
 *
 *   verdict    | words
 *   -----------+-------------------------------------------------------------------------
 *   too-short  | too short a history: <holds> address holds measured, 3 needed
 *   no-pattern | no pattern: only <share>% of <holds> holds lasted within ±<window> of the usual <median>
 *   forecast   | <share>% of <holds> holds lasted within ±<window> of the usual <period>[; overdue]
 */
export function forecastReason(
  f: Pick<FamilyForecast, 'verdict' | 'holds' | 'patternShare' | 'next'>,
  words: Translator,
): string {
  // Never grouped: "1000 holds", as the reason always read.
  const count = formatNumber(f.holds?.count ?? 0, words.language, { useGrouping: false });
  if (f.verdict === 'too-short' || !f.holds)
    return words.t('forecast.reason.tooShort', { count, needed: FORECAST_RULES.minHolds });
  const values = {
    share: Math.round((f.patternShare ?? 0) * 100),
    count,
    window: shortDuration(windowOf(f.holds.medianMs), words),
    usual: shortDuration(f.holds.medianMs, words),
  };
  if (f.verdict === 'no-pattern') return words.t('forecast.reason.noPattern', values);
  const reason = words.t('forecast.reason.pattern', values);
  return f.next?.overdue ? words.t('forecast.reason.overdue', { reason }) : reason;
}

/**
 * The forecast of one family from its runs (oldest first) at `now`. `timeZone` (IANA) is the
 * zone the hour and weekday histograms are counted in; `words` the language of its `reason`.
 */
export function forecastFamily(
  family: 4 | 6,
  runs: readonly HeldRun[],
  now: number,
  timeZone: string,
  words: Translator,
): FamilyForecast {
  const figures = forecastFigures(family, runs, now, timeZone);
  return { ...figures, reason: forecastReason(figures, words) };
}

/** The forecast's figures: everything but its words. */
function forecastFigures(
  family: 4 | 6,
  runs: readonly HeldRun[],
  now: number,
  timeZone: string,
): Omit<FamilyForecast, 'reason'> {
  const changes = changesOf(runs);
  const timed = changes.filter((c) => c.timed);
  const holds = holdsOf(changes);
  const stats = holdStats(holds);
  const last = runs[runs.length - 1];
  const { hours, weekdays } = histograms(
    timed.map((c) => c.at),
    timeZone,
  );
  const base = {
    family,
    changes: changes.length,
    untimed: changes.length - timed.length,
    holds: stats,
    current: last ? { since: last.firstSeen, heldMs: Math.max(0, now - last.firstSeen) } : null,
    hours,
    weekdays,
    usualHour: usualHour(hours),
  };
  if (!stats || stats.count < FORECAST_RULES.minHolds)
    return { ...base, verdict: 'too-short', patternShare: null, period: null, next: null };
  const period = periodOf(holds, stats);
  if (period.share < FORECAST_RULES.patternShare)
    return { ...base, verdict: 'no-pattern', patternShare: period.share, period: null, next: null };
  const next = nextChange(changes[changes.length - 1]!, period, now);
  return { ...base, verdict: 'forecast', patternShare: period.share, period, next };
}

/** The window after the last change, stepped on by whole periods until it is not over by `now`. */
function nextChange(last: Change, period: { ms: number; windowMs: number; share: number }, now: number) {
  let k = 1;
  while (last.at + k * period.ms + period.windowMs < now) k++;
  const at = last.at + k * period.ms;
  return {
    at,
    from: Math.max(now, last.earliest + k * period.ms - period.windowMs),
    to: at + period.windowMs,
    confidence: period.share,
    overdue: k > 1,
  };
}
