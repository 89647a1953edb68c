/** Download and upload speed of each speed test in the period, one line each; the readout adds latency and jitter. */
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';

import { figureColor } from '../../../shared/chart-colours';
import type { SpeedTestResult } from '../../../shared/contract/speed';
import { speedError } from '../../../shared/words/speed';
import { useEngine } from '../api/engine';
import { useStatus } from '../api/queries';
import { formatTime } from '../format';
import { useTranslator } from '../i18n/I18n';
import { speedFigures } from '../pages/speed-view';
import { ChartCard } from './ChartCard';
import { speedEmpty } from './empty-reasons';
import { lineOptions } from './uplot-options';
import { UplotChart } from './UplotChart';
import { useThemeName } from './use-theme-name';
import { useZone } from './use-zone';

/** Oldest first (uPlot's x ascends); a failed test is a gap in both lines. */
export function speedSeries(tests: readonly SpeedTestResult[]): {
  tests: SpeedTestResult[];
  data: [number[], (number | null)[], (number | null)[]];
} {
  const sorted = [...tests].sort((a, b) => a.at - b.at);
  return {
    tests: sorted,
    data: [sorted.map((t) => t.at), sorted.map((t) => t.downloadMbps), sorted.map((t) => t.uploadMbps)],
  };
}

export function SpeedChart({ from, to }: { from: number; to: number }) {
  const { client } = useEngine();
  const appearance = useZone();
  const words = useTranslator();
  const names = [words.t('web.charts.speed.download'), words.t('web.charts.speed.upload')];
  const namesKey = names.join('\n');
  const theme = useThemeName();
  const [at, setAt] = useState<number | null>(null);
  const query = useQuery({
    queryKey: ['speed-tests', from, to],
    queryFn: () => client.getSpeedTests({ from, to, limit: 1000 }),
  });
  const series = useMemo(() => speedSeries(query.data?.items ?? []), [query.data]);
  const colorsKey = [figureColor('download', theme), figureColor('upload', theme)].join();
  const options = useMemo(
    () =>
      lineOptions({
        from,
        to,
        zone: appearance,
        names: namesKey.split('\n'),
        colors: colorsKey.split(','),
        unit: 'Mbps',
      }),
    [from, to, appearance, colorsKey, namesKey],
  );
  const speed = useStatus().data?.speedTest;
  if (query.isPending || query.isError) return null;
  const measured = series.tests.filter((t) => t.error === null);
  const next = speed?.nextAt
    ? words.t('web.charts.speed.at', { time: formatTime(speed.nextAt, appearance, appearance.language) })
    : null;
  const empty = speedEmpty(series.tests, speed, next, words);
  const summary = words.t('web.charts.speed.summary', { count: measured.length });
  const t = at === null ? undefined : series.tests[at];
  const readout = t
    ? t.error
      ? words.t('web.charts.speed.failed', {
          time: formatTime(t.at, appearance, appearance.language),
          error: speedError(t, words),
        })
      : `${formatTime(t.at, appearance, appearance.language)}: ${speedFigures(t, words)}`
    : summary;
  const colors = colorsKey.split(',');
  return (
    <ChartCard
      id="speed"
      title={words.t('web.charts.speed.title')}
      empty={empty}
      legend={names.map((label, i) => ({ label, color: colors[i]! }))}
      readout={readout}
    >
      <UplotChart
        summary={summary}
        data={series.data}
        options={options}
        height={240}
        onCursor={setAt}
        testId="speed-chart"
      />
    </ChartCard>
  );
}
