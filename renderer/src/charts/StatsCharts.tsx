/** The charts drawn from the stats: changes per day or week, uptime per day, source latency per hour. */
import { useMemo, useState } from 'react';

import type { StatsReport } from '../api/types';
import { useAppearance } from '../appearance';
import { formatDuration, formatUptime } from '../format';
import { ChartCard } from './ChartCard';
import { seriesColor } from './palette';
import { changeBuckets, hasBars, latencySeries, peak, uptimeBars } from './series';
import { formatPeriodStart } from './time-ticks';
import { barOptions, lineOptions } from './uplot-options';
import { UplotChart } from './UplotChart';
import { useThemeName } from './use-theme-name';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function ChangesChart({ report }: { report: StatsReport }) {
  const [appearance] = useAppearance();
  const theme = useThemeName();
  const [at, setAt] = useState<number | null>(null);
  const { unit, periods, bars } = useMemo(() => changeBuckets(report), [report]);
  const color = seriesColor(0, theme);
  const options = useMemo(
    () => barOptions({ ...report, zone: appearance, bars, label: 'changes', color, kind: 'count' }),
    [report, appearance, bars, color],
  );
  const data = useMemo(() => [bars.xs, bars.values] as [number[], (number | null)[]], [bars]);
  const day = (i: number) => formatPeriodStart(periods[bars.index[i]!]!.start, 'day', appearance);
  const period = (i: number) => (unit === 'week' ? `Week of ${day(i)}` : day(i));
  const top = peak(bars.values);
  const most =
    top && top.value > 0 ? `; most ${unit === 'week' ? 'in the week of' : 'on'} ${day(top.index)} (${top.value})` : '';
  const summary = `${plural(report.changes.total, 'change')} in this period${most}.`;
  return (
    <ChartCard
      id="changes"
      title={unit === 'week' ? 'Changes per week' : 'Changes per day'}
      empty={hasBars(bars, true) ? null : 'No changes in this period.'}
      legend={[{ label: 'Address changes, IPv4 and IPv6', color }]}
      readout={at === null ? summary : `${period(at)}: ${plural(bars.values[at] ?? 0, 'change')}`}
    >
      <UplotChart summary={summary} data={data} options={options} onCursor={setAt} testId="changes-chart" />
    </ChartCard>
  );
}

export function UptimeChart({ report }: { report: StatsReport }) {
  const [appearance] = useAppearance();
  const theme = useThemeName();
  const [at, setAt] = useState<number | null>(null);
  const bars = useMemo(() => uptimeBars(report), [report]);
  const color = seriesColor(2, theme);
  const options = useMemo(
    () => barOptions({ ...report, zone: appearance, bars, label: 'online', color, kind: 'percent' }),
    [report, appearance, bars, color],
  );
  const data = useMemo(() => [bars.xs, bars.values] as [number[], (number | null)[]], [bars]);
  const { percent, monitoredMs } = report.uptime;
  const summary =
    percent === null
      ? 'Nothing monitored.'
      : `${formatUptime(percent)} online over ${formatDuration(monitoredMs)} of monitored time.`;
  const day = (i: number) => {
    const d = report.uptime.perDay[bars.index[i]!];
    if (!d) return summary;
    const when = formatPeriodStart(d.start, 'day', appearance);
    if (d.percent === null) return `${when}: not monitored`;
    return `${when}: ${formatUptime(d.percent)} online over ${formatDuration(d.monitoredMs)} monitored (offline ${formatDuration(d.offlineMs)})`;
  };
  return (
    <ChartCard
      id="uptime"
      title="Uptime per day (monitored time)"
      empty={hasBars(bars, false) ? null : 'Nothing monitored in this period yet.'}
      legend={[{ label: 'Share of the monitored time online', color }]}
      readout={at === null ? summary : day(at)}
    >
      <UplotChart summary={summary} data={data} options={options} onCursor={setAt} testId="uptime-chart" />
    </ChartCard>
  );
}

export function LatencyChart({ report }: { report: StatsReport }) {
  const [appearance] = useAppearance();
  const theme = useThemeName();
  const [at, setAt] = useState<number | null>(null);
  const [hidden, setHidden] = useState<ReadonlySet<number>>(new Set());
  const latency = useMemo(() => latencySeries(report.sources), [report]);
  const colors = latency.names.map((_n, i) => seriesColor(i, theme));
  const colorsKey = colors.join();
  // Colours by value: a new array each render must not make a new chart.
  const options = useMemo(
    () => lineOptions({ ...report, zone: appearance, names: latency.names, colors: colorsKey.split(','), unit: 'ms' }),
    [report, appearance, latency, colorsKey],
  );
  const summary = `Mean answer time per hour of ${plural(latency.names.length, 'source')}; switch one off in the legend.`;
  const readout = (i: number) =>
    `${formatPeriodStart(latency.data[0][i]!, 'hour', appearance)}: ` +
    latency.names
      .flatMap((n, s) =>
        hidden.has(s + 1) || latency.data[s + 1]![i] == null ? [] : [`${n} ${latency.data[s + 1]![i]} ms`],
      )
      .join(' · ');
  const toggle = (s: number) =>
    setHidden((h) => {
      const next = new Set(h);
      if (!next.delete(s)) next.add(s);
      return next;
    });
  return (
    <ChartCard
      id="latency"
      title="Source latency per hour"
      empty={latency.names.length ? null : 'No hourly source figures in this period.'}
      legend={latency.names.map((label, i) => ({ label, color: colors[i]!, shown: !hidden.has(i + 1) }))}
      onToggle={toggle}
      readout={at === null ? summary : readout(at)}
    >
      <UplotChart
        summary={summary}
        data={latency.data}
        options={options}
        height={280}
        onCursor={setAt}
        hidden={hidden}
        testId="latency-chart"
      />
    </ChartCard>
  );
}
