/**
 * The runner's memory over time (issue 77), beside the memory figure: RSS and the bound as lines
 * (the series getMemory serves: a point a minute for a day, an hour before), a readout of every
 * part under the cursor, and the last samples as a table for a screen reader or a copy. In the app,
 * where Electron tells of its other processes (pages, the GPU, helpers), their memory together is a
 * third line and a column by type; headless nothing is said of them. The lines
 * take the page's text and "bad" colours, not the palette: the palette's runs are each a meaning
 * (shared/chart-colours.ts), and another run would move every address's colour.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';

import type { MemoryAnswer } from '../../../shared/contract/memory';
import type { MemorySample } from '../../../shared/memory-bound';
import { bytesText } from '../../../shared/process-memory';
import { appProcessesText, memorySummaryText } from '../../../shared/words/memory';
import { useEngine } from '../api/engine';
import { useFormat } from '../i18n/use-format';
import { ChartCard } from './ChartCard';
import { lineOptions } from './uplot-options';
import { UplotChart } from './UplotChart';
import { useThemeName } from './use-theme-name';
import { useZone } from './use-zone';

const MB = 1024 * 1024;
/** Rows of the table: the newest samples, enough to read the trend without a wall of figures. */
export const MEMORY_TABLE_ROWS = 12;

/** Whether any point holds the app's other processes (Electron told them): their line is drawn only then. */
export const hasAppProcesses = (points: readonly MemorySample[]): boolean => points.some((p) => p.app !== undefined);

/**
 * uPlot's columns: time, RSS and the bound, in MB (the axis's unit), and the app's other processes
 * together when any point has them (a gap where a point has not).
 */
export function memoryColumns(a: Pick<MemoryAnswer, 'points' | 'bound'>): [number[], ...(number | null)[][]] {
  const bound = a.bound ? a.bound.bytes / MB : null;
  const lines = [a.points.map((p) => p.rssBytes / MB), a.points.map(() => bound)];
  const app = hasAppProcesses(a.points) ? [a.points.map((p) => (p.app ? p.app.totalBytes / MB : null))] : [];
  return [a.points.map((p) => p.at), ...lines, ...app];
}

/**
 * The page's text and "bad" colours in `theme`, as the chart's axes read theirs (a canvas does not
 * follow CSS): the CSS variables follow the theme, so a new theme reads them again.
 */
function lineColours(theme: string): [string, string, string] {
  const dark = theme === 'dark';
  const css = getComputedStyle(document.documentElement);
  return [
    css.getPropertyValue('--text').trim() || (dark ? '#e6ebf0' : '#17202b'),
    css.getPropertyValue('--bad').trim() || (dark ? '#fca5a5' : '#991b1b'),
    css.getPropertyValue('--muted').trim() || (dark ? '#9aa5b1' : '#4f5b67'),
  ];
}

export function MemoryChart() {
  const { client } = useEngine();
  const f = useFormat();
  const { words } = f;
  const zone = useZone();
  const theme = useThemeName();
  const [at, setAt] = useState<number | null>(null);
  const query = useQuery({ queryKey: ['memory'], queryFn: () => client.getMemory(), refetchInterval: 60_000 });
  const answer = query.data;
  const app = hasAppProcesses(answer?.points ?? []);
  const names = [
    words.t('web.checks.memoryChart.rss'),
    words.t('web.checks.memoryChart.bound'),
    ...(app ? [words.t('web.checks.memoryChart.app')] : []),
  ];
  const namesKey = names.join('\n');
  const colours = useMemo(() => lineColours(theme), [theme]);
  const from = answer?.points[0]?.at ?? 0;
  const to = answer?.points.at(-1)?.at ?? 0;
  const options = useMemo(() => {
    const lines = namesKey.split('\n');
    return lineOptions({ from, to, zone, names: lines, colors: colours.slice(0, lines.length), unit: 'MB' });
  }, [from, to, zone, namesKey, colours]);
  const data = useMemo(() => (answer ? memoryColumns(answer) : null), [answer]);
  if (!answer || !data) return null;
  const points = answer.points;
  const empty = points.length < 2 ? words.t('web.checks.memoryChart.empty', { seconds: answer.sampleSec }) : null;
  // The one summary the bot's /status and `ipwatch status` say too (shared/words/memory.ts).
  const summary = memorySummaryText(answer, words, (ms) => f.duration(ms));
  const under = at === null ? undefined : points[at];
  const readout = under ? pointText(under, f) : summary;
  return (
    <ChartCard
      id="memory"
      title={words.t('web.checks.memoryChart.title')}
      empty={empty}
      legend={names.map((label, i) => ({ label, color: colours[i]! }))}
      readout={readout}
    >
      {answer.above && <p className="state warn">{words.t('memory.above')}</p>}
      <UplotChart summary={summary} data={data} options={options} height={200} onCursor={setAt} testId="memory-chart" />
      <MemoryTable points={points} f={f} app={app} />
    </ChartCard>
  );
}

function pointText(p: MemorySample, f: ReturnType<typeof useFormat>): string {
  const size = (n: number) => bytesText(n, f.words.language);
  const point = f.words.t('web.checks.memoryChart.point', {
    time: f.time(p.at),
    rss: size(p.rssBytes),
    heap: size(p.heapUsedBytes),
    native: size(p.nativeBytes),
    wasm: size(p.wasmBytes),
  });
  return p.app ? f.words.t('web.checks.memoryChart.pointApp', { point, app: appProcessesText(p.app, f.words) }) : point;
}

/** The newest samples as a table, folded: what the chart draws, for a reader who cannot see it. */
function MemoryTable({
  points,
  f,
  app,
}: {
  points: readonly MemorySample[];
  f: ReturnType<typeof useFormat>;
  /** A column for the app's other processes: some point has them. */
  app: boolean;
}) {
  const { t } = f.words;
  const rows = points.slice(-MEMORY_TABLE_ROWS).reverse();
  const size = (n: number) => bytesText(n, f.words.language);
  return (
    <details className="memory-table">
      <summary>{t('web.checks.memoryChart.table', { count: rows.length })}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('web.checks.memoryChart.col.time')}</th>
            <th scope="col">{t('web.checks.memoryChart.col.rss')}</th>
            <th scope="col">{t('web.checks.memoryChart.col.heap')}</th>
            <th scope="col">{t('web.checks.memoryChart.col.native')}</th>
            <th scope="col">{t('web.checks.memoryChart.col.wasm')}</th>
            {app && <th scope="col">{t('web.checks.memoryChart.col.app')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.at}>
              <th scope="row">{f.time(p.at)}</th>
              <td>{size(p.rssBytes)}</td>
              <td>{size(p.heapUsedBytes)}</td>
              <td>{size(p.nativeBytes)}</td>
              <td>{size(p.wasmBytes)}</td>
              {app && <td>{p.app ? appProcessesText(p.app, f.words) : t('web.checks.memoryChart.appUnknown')}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
