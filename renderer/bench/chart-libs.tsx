/**
 * Browser side of the chart benchmark (bench/ui/charts.ts): draws the Charts page's "source
 * latency per hour" from one StatsReport with uPlot (what the page uses, through the page's own
 * series code), echarts and recharts, and times each from data to a painted frame with
 * performance marks. Bundled by esbuild and loaded into chromium; not part of the app.
 */
import * as echarts from 'echarts';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import uPlot from 'uplot';

import type { StatsReport } from '../src/api/types';
import { PALETTE } from '../src/charts/palette';
import { latencySeries } from '../src/charts/series';

type Lib = 'uplot' | 'echarts' | 'recharts';
const W = 1100;
const H = 300;

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));

function box(): HTMLDivElement {
  document.body.replaceChildren();
  const el = document.createElement('div');
  el.style.width = `${W}px`;
  el.style.height = `${H}px`;
  document.body.append(el);
  return el;
}

function drawUplot(el: HTMLElement, sources: StatsReport['sources']): void {
  const { names, data } = latencySeries(sources);
  new uPlot(
    {
      width: W,
      height: H,
      scales: { x: { time: true } },
      axes: [{}, { label: 'ms' }],
      series: [{}, ...names.map((n, i) => ({ label: n, stroke: PALETTE[i % PALETTE.length] }))],
    },
    data,
    el,
  );
}

function drawEcharts(el: HTMLElement, sources: StatsReport['sources']): void {
  const chart = echarts.init(el, undefined, { renderer: 'canvas', width: W, height: H });
  chart.setOption({
    animation: false,
    xAxis: { type: 'time' },
    yAxis: { type: 'value', name: 'ms' },
    legend: {},
    series: sources.map((s, i) => ({
      type: 'line',
      name: s.source,
      showSymbol: false,
      sampling: 'lttb',
      lineStyle: { width: 1, color: PALETTE[i % PALETTE.length] },
      data: s.hours.map((h) => [h.hour, h.meanLatencyMs]),
    })),
  });
}

function drawRecharts(el: HTMLElement, sources: StatsReport['sources']): void {
  const { names, data } = latencySeries(sources);
  const rows = Array.from(data[0], (x, i) => {
    const row: Record<string, number | null> = { x };
    names.forEach((n, j) => (row[n] = (data[j + 1] as (number | null)[])[i] ?? null));
    return row;
  });
  flushSync(() =>
    createRoot(el).render(
      <LineChart width={W} height={H} data={rows}>
        <CartesianGrid />
        <XAxis dataKey="x" />
        <YAxis />
        {names.map((n, i) => (
          <Line key={n} dataKey={n} dot={false} isAnimationActive={false} stroke={PALETTE[i % PALETTE.length]} />
        ))}
      </LineChart>,
    ),
  );
}

const DRAW: Record<Lib, (el: HTMLElement, s: StatsReport['sources']) => void> = {
  uplot: drawUplot,
  echarts: drawEcharts,
  recharts: drawRecharts,
};

/** Draws once; resolves with ms from the data to the next painted frame. */
async function run(lib: Lib, sources: StatsReport['sources'], n: number): Promise<number> {
  const el = box();
  await frame();
  performance.mark(`${lib}-${n}-start`);
  DRAW[lib](el, sources);
  await frame();
  performance.mark(`${lib}-${n}-end`);
  return performance.measure(`${lib}-${n}`, `${lib}-${n}-start`, `${lib}-${n}-end`).duration;
}

(window as unknown as { runChart: typeof run }).runChart = run;
