/** The charts drawn from the stats: changes per day or week (by family), uptime per day. */
import { useMemo, useState } from 'react';

import { familyColor, figureColor } from '../../../shared/chart-colours';
import type { StatsReport } from '../api/types';
import { formatDuration, formatUptime } from '../format';
import { useTranslator } from '../i18n/I18n';
import { ChartCard } from './ChartCard';
import { changesEmpty, notMonitored, type PeriodFacts, uptimeEmpty } from './empty-reasons';
import { changeBuckets, peak, uptimeBars } from './series';
import { formatPeriodStart } from './time-ticks';
import { barOptions } from './uplot-options';
import { UplotChart } from './UplotChart';
import { useThemeName } from './use-theme-name';
import { useZone } from './use-zone';

interface Props {
  report: StatsReport;
  facts: PeriodFacts;
}

export function ChangesChart({ report, facts }: Props) {
  const appearance = useZone();
  const words = useTranslator();
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
    () => barOptions({ ...report, zone: appearance, bars, stacks, kind: 'count' }),
    [report, appearance, bars, stacks],
  );
  const data = useMemo(() => [bars.xs, v4, v6] as [number[], number[], number[]], [bars, v4, v6]);
  const day = (i: number) => formatPeriodStart(periods[bars.index[i]!]!.start, 'day', appearance);
  const period = (i: number) => (unit === 'week' ? words.t('web.charts.changes.weekOf', { day: day(i) }) : day(i));
  const top = peak(bars.values);
  const { v4: f4, v6: f6 } = report.families;
  const counts = { total: report.changes.total, v4: f4.changes, v6: f6.changes };
  const summary =
    top && top.value > 0
      ? words.t(unit === 'week' ? 'web.charts.changes.summaryWeek' : 'web.charts.changes.summaryDay', {
          ...counts,
          day: day(top.index),
          most: top.value,
        })
      : words.t('web.charts.changes.summary', counts);
  const readout = (i: number) =>
    (bars.values[i] ?? 0) > 0
      ? words.t('web.charts.changes.readout', { period: period(i), count: bars.values[i] ?? 0, v4: v4[i]!, v6: v6[i]! })
      : words.t('web.charts.changes.readoutNone', { period: period(i) });
  return (
    <ChartCard
      id="changes"
      title={words.t(unit === 'week' ? 'web.charts.changes.titleWeek' : 'web.charts.changes.titleDay')}
      empty={changesEmpty(report, facts, words)}
      legend={stacks.map((s) => ({ label: s.label, color: s.color }))}
      readout={at === null ? summary : readout(at)}
    >
      <UplotChart summary={summary} data={data} options={options} onCursor={setAt} testId="changes-chart" />
    </ChartCard>
  );
}

export function UptimeChart({ report, facts }: Props) {
  const appearance = useZone();
  const words = useTranslator();
  const theme = useThemeName();
  const [at, setAt] = useState<number | null>(null);
  const bars = useMemo(() => uptimeBars(report), [report]);
  const color = figureColor('online', theme);
  const stacks = useMemo(() => [{ label: 'online', color, values: bars.values }], [bars, color]);
  const options = useMemo(
    () => barOptions({ ...report, zone: appearance, bars, stacks, kind: 'percent' }),
    [report, appearance, bars, stacks],
  );
  const data = useMemo(() => [bars.xs, bars.values] as [number[], (number | null)[]], [bars]);
  const { percent, monitoredMs } = report.uptime;
  const d = (ms: number) => formatDuration(ms, 2, words);
  const summary =
    percent === null
      ? words.t('web.charts.uptime.none')
      : words.t('web.charts.uptime.summary', { uptime: formatUptime(percent, words), monitored: d(monitoredMs) });
  const day = (i: number) => {
    const p = report.uptime.perDay[bars.index[i]!];
    if (!p) return summary;
    const when = formatPeriodStart(p.start, 'day', appearance);
    if (p.percent === null) return words.t('web.charts.uptime.dayNone', { day: when, why: notMonitored(facts, words) });
    return words.t('web.charts.uptime.day', {
      day: when,
      uptime: formatUptime(p.percent, words),
      monitored: d(p.monitoredMs),
      offline: d(p.offlineMs),
    });
  };
  return (
    <ChartCard
      id="uptime"
      title={words.t('web.charts.uptime.title')}
      empty={uptimeEmpty(report, facts, words)}
      legend={[{ label: words.t('web.charts.uptime.legend'), color }]}
      readout={at === null ? summary : day(at)}
    >
      <UplotChart summary={summary} data={data} options={options} onCursor={setAt} testId="uptime-chart" />
    </ChartCard>
  );
}
