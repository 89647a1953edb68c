/** Source latency per hour: one line per source that answered, on an axis that fits the hours it has figures for. */
import { useMemo, useState } from 'react';

import { sourceColors } from '../../../shared/chart-colours';
import type { StatsReport } from '../api/types';
import { useTranslator } from '../i18n/I18n';
import { ChartCard } from './ChartCard';
import { latencyEmpty, type PeriodFacts } from './empty-reasons';
import { firstFigures, fitRange, latencySeries } from './series';
import { formatPeriodStart } from './time-ticks';
import { lineOptions } from './uplot-options';
import { UplotChart } from './UplotChart';
import { useThemeName } from './use-theme-name';
import { useZone } from './use-zone';

export function LatencyChart({ report, facts }: { report: StatsReport; facts: PeriodFacts }) {
  const appearance = useZone();
  const words = useTranslator();
  const theme = useThemeName();
  const [at, setAt] = useState<number | null>(null);
  const [hidden, setHidden] = useState<ReadonlySet<number>>(new Set());
  const latency = useMemo(() => latencySeries(report.sources), [report]);
  const colors = sourceColors(latency.names.length, theme);
  const colorsKey = colors.join();
  // The hours that have figures, not the whole period: an hour of them is not a dot at the end of a month.
  const range = useMemo(() => fitRange(latency.data[0], report.from, report.to), [latency, report]);
  // Colours by value: a new array each render must not make a new chart.
  const options = useMemo(
    () => lineOptions({ ...range, zone: appearance, names: latency.names, colors: colorsKey.split(','), unit: 'ms' }),
    [range, appearance, latency, colorsKey],
  );
  // The first figure's own time, not the axis' start (at least six hours before the end).
  const first = firstFigures(latency.data[0], report.from, facts.firstSeen);
  const when = first && formatPeriodStart(first.at, 'hour', appearance);
  const sources = latency.names.length;
  const summary = !first
    ? words.t('web.charts.latency.summary', { sources })
    : words.t(first.exact ? 'web.charts.latency.summarySince' : 'web.charts.latency.summarySinceHour', {
        sources,
        when: when!,
      });
  const readout = (i: number) =>
    `${formatPeriodStart(latency.data[0][i]!, 'hour', appearance)}: ` +
    latency.names
      .flatMap((n, s) =>
        hidden.has(s + 1) || latency.data[s + 1]![i] == null
          ? []
          : [words.t('web.charts.latency.figure', { source: n, ms: latency.data[s + 1]![i]! })],
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
      title={words.t('web.charts.latency.title')}
      empty={latencyEmpty(report, latency.names.length, facts, words)}
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
