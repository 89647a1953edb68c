/** The charts drawn from the stats: changes per day or week (by family), uptime per day. */
import { useMemo, useState } from 'react';

import { familyColor, figureColor } from '../../../shared/chart-colours';
import type { StatsReport } from '../api/types';
import { useAppearance } from '../appearance';
import { formatDuration, formatUptime } from '../format';
import { ChartCard } from './ChartCard';
import { changesEmpty, notMonitored, type PeriodFacts, uptimeEmpty } from './empty-reasons';
import { changeBuckets, peak, uptimeBars } from './series';
import { formatPeriodStart } from './time-ticks';
import { barOptions } from './uplot-options';
import { UplotChart } from './UplotChart';
import { useThemeName } from './use-theme-name';

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

interface Props {
  report: StatsReport;
  facts: PeriodFacts;
}

export function ChangesChart({ report, facts }: Props) {
  const [appearance] = useAppearance();
  const theme = useThemeName();
  const [at, setAt] = useState<number | null>(null);
  const { unit, periods, bars, v4, v6 } = useMemo(() => changeBuckets(report), [report]);
  const stacks = useMemo(
    () => [
      { label: 'IPv4', color: familyColor(4, theme), values: v4 },
      { label: 'IPv6', color: familyColor(6, theme), values: v6 },
    ],
    [v4, v6, theme],
  );
  const options = useMemo(
    () => barOptions({ ...report, zone: appearance, bars, stacks, label: 'changes', kind: 'count' }),
    [report, appearance, bars, stacks],
  );
  const data = useMemo(() => [bars.xs, v4, v6] as [number[], number[], number[]], [bars, v4, v6]);
  const day = (i: number) => formatPeriodStart(periods[bars.index[i]!]!.start, 'day', appearance);
  const period = (i: number) => (unit === 'week' ? `Week of ${day(i)}` : day(i));
  const top = peak(bars.values);
  const most =
    top && top.value > 0 ? `; most ${unit === 'week' ? 'in the week of' : 'on'} ${day(top.index)} (${top.value})` : '';
  const { v4: f4, v6: f6 } = report.families;
  const summary = `${plural(report.changes.total, 'change')} in this period (IPv4 ${f4.changes}, IPv6 ${f6.changes})${most}.`;
  const readout = (i: number) =>
    `${period(i)}: ${plural(bars.values[i] ?? 0, 'change')}` +
    ((bars.values[i] ?? 0) > 0 ? ` (IPv4 ${v4[i]}, IPv6 ${v6[i]})` : '');
  return (
    <ChartCard
      id="changes"
      title={unit === 'week' ? 'Changes per week' : 'Changes per day'}
      empty={changesEmpty(report, facts)}
      legend={stacks.map((s) => ({ label: s.label, color: s.color }))}
      readout={at === null ? summary : readout(at)}
    >
      <UplotChart summary={summary} data={data} options={options} onCursor={setAt} testId="changes-chart" />
    </ChartCard>
  );
}

export function UptimeChart({ report, facts }: Props) {
  const [appearance] = useAppearance();
  const theme = useThemeName();
  const [at, setAt] = useState<number | null>(null);
  const bars = useMemo(() => uptimeBars(report), [report]);
  const color = figureColor('online', theme);
  const stacks = useMemo(() => [{ label: 'online', color, values: bars.values }], [bars, color]);
  const options = useMemo(
    () => barOptions({ ...report, zone: appearance, bars, stacks, label: 'online', kind: 'percent' }),
    [report, appearance, bars, stacks],
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
    if (d.percent === null) return `${when}: ${notMonitored(facts)}`;
    return `${when}: ${formatUptime(d.percent)} online over ${formatDuration(d.monitoredMs)} monitored (offline ${formatDuration(d.offlineMs)})`;
  };
  return (
    <ChartCard
      id="uptime"
      title="Uptime per day (monitored time)"
      empty={uptimeEmpty(report, facts)}
      legend={[{ label: 'Share of the monitored time online', color }]}
      readout={at === null ? summary : day(at)}
    >
      <UplotChart summary={summary} data={data} options={options} onCursor={setAt} testId="uptime-chart" />
    </ChartCard>
  );
}
