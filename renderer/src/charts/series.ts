/** Turns stats into the column arrays uPlot draws (x in seconds). Pure, so the bench and tests use it. */
import type uPlot from 'uplot';

import type { PeriodCount, StatsReport } from '../api/types';

type AlignedData = uPlot.AlignedData;

/** One x per hour any source has, one series per source (null where it has no figure that hour). */
export function latencySeries(sources: StatsReport['sources']): { names: string[]; data: AlignedData } {
  const hours = new Set<number>();
  for (const s of sources) for (const h of s.hours) hours.add(h.hour);
  const xs = Float64Array.from(hours).sort();
  const index = new Map<number, number>();
  xs.forEach((x, i) => index.set(x, i));
  const series = sources.map((s) => {
    const col: (number | null)[] = new Array<number | null>(xs.length).fill(null);
    for (const h of s.hours) col[index.get(h.hour)!] = h.meanLatencyMs;
    return col;
  });
  return { names: sources.map((s) => s.source), data: [Array.from(xs, (x) => x / 1000), ...series] };
}

export function countSeries(periods: PeriodCount[]): AlignedData {
  return [periods.map((p) => p.start / 1000), periods.map((p) => p.count)];
}

export function uptimeSeries(days: StatsReport['uptime']['perDay']): AlignedData {
  return [days.map((d) => d.start / 1000), days.map((d) => d.percent)];
}
