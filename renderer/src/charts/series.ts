/**
 * Stats into what the charts draw: bars for periods (days, weeks) clipped to the chosen period,
 * lines per source, the y-axis top for counts, and each chart's one-line summary. Times stay
 * in epoch ms everywhere (the axes are ours, not uPlot's time scale). Pure.
 */
import type { StatsReport } from '../api/types';

const DAY = 86_400_000;

/** Bars over time: bar i spans [starts[i], ends[i]] (its period's part inside the chosen one), at height values[i]. */
export interface Bars {
  /** Middle of each bar: where the cursor finds it. */
  xs: number[];
  starts: number[];
  ends: number[];
  values: (number | null)[];
  /** Which period each bar is (its index in the list given). */
  index: number[];
}

/**
 * Periods from their `start` to the next one's (the last: `sizeMs` on; a day in a zone is 23 or
 * 25 hours across a clock change), clipped to [from, to]; periods wholly outside are left out.
 */
export function periodBars<T extends { start: number }>(
  periods: readonly T[],
  sizeMs: number,
  from: number,
  to: number,
  value: (p: T) => number | null,
): Bars {
  const bars: Bars = { xs: [], starts: [], ends: [], values: [], index: [] };
  periods.forEach((p, i) => {
    const start = Math.max(p.start, from);
    const end = Math.min(periods[i + 1]?.start ?? p.start + sizeMs, to);
    if (end <= start) return;
    bars.xs.push((start + end) / 2);
    bars.starts.push(start);
    bars.ends.push(end);
    bars.values.push(value(p));
    bars.index.push(i);
  });
  return bars;
}

export interface ChangeBuckets {
  unit: 'day' | 'week';
  periods: StatsReport['changes']['perDay'];
  /** Both families: where each bar is and how tall. */
  bars: Bars;
  /** Each bar split by family (stacked: IPv4 at the bottom). */
  v4: number[];
  v6: number[];
}

/** Changes per day for periods up to a month, per week beyond: a few dozen bars either way, split by family. */
export function changeBuckets(report: StatsReport): ChangeBuckets {
  const weekly = report.to - report.from > 31 * DAY;
  const periods = weekly ? report.changes.perWeek : report.changes.perDay;
  const sizeMs = weekly ? 7 * DAY : DAY;
  const bars = periodBars(periods, sizeMs, report.from, report.to, (p) => p.count);
  return {
    unit: weekly ? 'week' : 'day',
    periods,
    bars,
    v4: bars.index.map((i) => periods[i]!.v4),
    v6: bars.index.map((i) => periods[i]!.v6),
  };
}

export const uptimeBars = (report: StatsReport): Bars =>
  periodBars(report.uptime.perDay, DAY, report.from, report.to, (d) => d.percent);

/**
 * Top of a count axis: whole numbers with a little room above the highest bar (1 when all
 * are 0), so a bar never touches the frame and no tick falls between two counts.
 */
export function countTop(max: number): number {
  if (!(max > 0)) return 1;
  if (max <= 4) return Math.ceil(max) + 1;
  return Math.ceil(max * 1.15);
}

/** Tick steps a count axis may use: whole numbers only. */
export const COUNT_INCRS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000];

export interface LatencySeries {
  names: string[];
  /** x (hour start, epoch ms), then one column per source (null where it has no figure that hour). */
  data: [number[], ...(number | null)[][]];
}

/**
 * One x per hour any source has a figure for, one series per source that has any; sources
 * that only failed in the period draw nothing, so they are left out (and out of the legend).
 */
export function latencySeries(sources: StatsReport['sources']): LatencySeries {
  const withFigures = sources.filter((s) => s.hours.some((h) => h.meanLatencyMs !== null));
  const hours = new Set<number>();
  for (const s of withFigures) for (const h of s.hours) if (h.meanLatencyMs !== null) hours.add(h.hour);
  const xs = [...hours].sort((a, b) => a - b);
  const index = new Map(xs.map((x, i) => [x, i]));
  const columns = withFigures.map((s) => {
    const col = new Array<number | null>(xs.length).fill(null);
    for (const h of s.hours) if (h.meanLatencyMs !== null) col[index.get(h.hour)!] = h.meanLatencyMs;
    return col;
  });
  return { names: withFigures.map((s) => s.source), data: [xs, ...columns] };
}

/** A latency chart shows at least this much time: one hour of figures is a short line, not a dot. */
export const MIN_LINE_SPAN = 6 * 3_600_000;

/** The address timeline shows at least this much time: minutes of history are a span to see, not a hairline. */
export const MIN_TIMELINE_SPAN = 2 * 3_600_000;

/**
 * The x range of a chart: from its first figure (or the period's start) to the period's end,
 * at least `minSpan` long, never outside the period. An hour of figures is not drawn on a
 * 30-day axis, nor a fresh install's minutes on a day's.
 */
export function fitRange(
  xs: readonly number[],
  from: number,
  to: number,
  minSpan = MIN_LINE_SPAN,
): { from: number; to: number } {
  if (xs.length === 0) return { from, to };
  let lo = Math.min(Math.max(from, xs[0]!), to);
  if (to - lo < minSpan) lo = Math.max(from, to - minSpan);
  return { from: lo, to };
}

/**
 * When the first figure of an hourly chart was taken, for its caption ("since ... (the first
 * figures)"). An hourly figure knows only its hour, so the history's first sighting (the first
 * check that found an address) names the minute when it falls inside that hour: a fresh
 * install's first check. Null when the figures begin with the period (no "since" to say).
 *
 * | first hour with figures | first sighting          | answer                        |
 * |-------------------------|-------------------------|-------------------------------|
 * | none                    | any                     | null                          |
 * | any                     | inside that hour        | the first sighting, exact     |
 * | any                     | elsewhere, or none      | the hour's start, not exact   |
 * | answer at or before from| any                     | null                          |
 */
export function firstFigures(
  xs: readonly number[],
  from: number,
  firstSeen: number | null,
): { at: number; exact: boolean } | null {
  const hour = xs[0];
  if (hour === undefined) return null;
  const exact = firstSeen !== null && firstSeen >= hour && firstSeen < hour + 3_600_000;
  const at = exact ? firstSeen : hour;
  return at > from ? { at, exact } : null;
}

/** Where most bars are: the highest value and its index (null without any). */
export function peak(values: readonly (number | null)[]): { index: number; value: number } | null {
  let best: { index: number; value: number } | null = null;
  values.forEach((v, index) => {
    if (v !== null && (best === null || v > best.value)) best = { index, value: v };
  });
  return best;
}
