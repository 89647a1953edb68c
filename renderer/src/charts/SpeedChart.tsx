/** Download and upload speed of each speed test in the period, one line each; the readout adds latency and jitter. */
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';

import { figureColor } from '../../../shared/chart-colours';
import type { SpeedTestResult } from '../../../shared/contract/speed';
import { useEngine } from '../api/engine';
import { useStatus } from '../api/queries';
import { useAppearance } from '../appearance';
import { formatTime } from '../format';
import { speedFigures } from '../pages/speed-view';
import { ChartCard } from './ChartCard';
import { speedEmpty } from './empty-reasons';
import { lineOptions } from './uplot-options';
import { UplotChart } from './UplotChart';
import { useThemeName } from './use-theme-name';

const NAMES = ['Download', 'Upload'];

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
  const [appearance] = useAppearance();
  const theme = useThemeName();
  const [at, setAt] = useState<number | null>(null);
  const query = useQuery({
    queryKey: ['speed-tests', from, to],
    queryFn: () => client.getSpeedTests({ from, to, limit: 1000 }),
  });
  const series = useMemo(() => speedSeries(query.data?.items ?? []), [query.data]);
  const colorsKey = [figureColor('download', theme), figureColor('upload', theme)].join();
  const options = useMemo(
    () => lineOptions({ from, to, zone: appearance, names: NAMES, colors: colorsKey.split(','), unit: 'Mbps' }),
    [from, to, appearance, colorsKey],
  );
  const speed = useStatus().data?.speedTest;
  if (query.isPending || query.isError) return null;
  const measured = series.tests.filter((t) => t.error === null);
  const next = speed?.nextAt ? `at ${formatTime(speed.nextAt, appearance)}` : null;
  const empty = speedEmpty(series.tests, speed, next);
  const summary = `Download and upload speed of ${measured.length} speed test${measured.length === 1 ? '' : 's'} in this period (90th percentile of each test's transfers).`;
  const t = at === null ? undefined : series.tests[at];
  const readout = t ? `${formatTime(t.at, appearance)}: ${t.error ? `failed (${t.error})` : speedFigures(t)}` : summary;
  const colors = colorsKey.split(',');
  return (
    <ChartCard
      id="speed"
      title="Speed tests"
      empty={empty}
      legend={NAMES.map((label, i) => ({ label, color: colors[i]! }))}
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
