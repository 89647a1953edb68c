/**
 * uPlot options for the charts: a time axis bounded by the period with our own ticks
 * (time-ticks.ts, in the user's zone; x in epoch ms, so uPlot's time scale and its seconds are
 * never involved), bars that span their period, whole-number count axes, and no uPlot legend
 * (ChartCard draws one in HTML, with a readout instead of uPlot's "Time: --").
 */
import uPlot from 'uplot';

import { type Bars, COUNT_INCRS, countTop } from './series';
import { timeTicks, type Zone } from './time-ticks';

export type ChartOptions = Omit<uPlot.Options, 'width' | 'height'>;

/** Roughly how wide a date label is, with room around it. */
const LABEL_PX = 64;

export interface Frame {
  from: number;
  to: number;
  zone: Zone;
}

/** The x scale fixed to the period, and its axis with our ticks. */
function timeX({ from, to, zone }: Frame): Pick<ChartOptions, 'scales'> & { axis: uPlot.Axis } {
  const labels = new Map<number, string>();
  return {
    scales: { x: { time: false, range: () => [from, to] } },
    axis: {
      splits: (u) => {
        labels.clear();
        const ticks = timeTicks(from, to, zone, Math.floor(u.bbox.width / uPlot.pxRatio / LABEL_PX));
        for (const t of ticks) labels.set(t.at, t.label);
        return ticks.map((t) => t.at);
      },
      values: (_u, splits) => splits.map((s) => labels.get(s) ?? ''),
    },
  };
}

/** Draws each bar over [starts[i], ends[i]] of the x scale (a gap between neighbours). */
function barPaths(bars: Bars): uPlot.Series.PathBuilder {
  return (u) => {
    const fill = new Path2D();
    const base = u.valToPos(0, 'y', true);
    bars.values.forEach((v, i) => {
      if (v === null) return;
      const x0 = u.valToPos(bars.starts[i]!, 'x', true);
      const x1 = u.valToPos(bars.ends[i]!, 'x', true);
      const gap = Math.min((x1 - x0) * 0.2, 4 * uPlot.pxRatio);
      const y = u.valToPos(v, 'y', true);
      fill.rect(x0 + gap / 2, y, Math.max(uPlot.pxRatio, x1 - x0 - gap), base - y);
    });
    return { fill, stroke: fill };
  };
}

const QUIET_CURSOR: uPlot.Cursor = { drag: { x: false, y: false }, points: { show: false } };

export interface BarChart extends Frame {
  bars: Bars;
  label: string;
  color: string;
  kind: 'count' | 'percent';
}

export function barOptions(c: BarChart): ChartOptions {
  const x = timeX(c);
  const y: uPlot.Axis =
    c.kind === 'count'
      ? { incrs: COUNT_INCRS, values: (_u, splits) => splits.map((s) => String(Math.round(s))), label: c.label }
      : { incrs: [25], values: (_u, splits) => splits.map((s) => `${s} %`), label: c.label };
  return {
    legend: { show: false },
    cursor: QUIET_CURSOR,
    scales: {
      ...x.scales,
      y: { range: c.kind === 'count' ? (_u, _min, max) => [0, countTop(max)] : () => [0, 100] },
    },
    axes: [x.axis, y],
    series: [
      {},
      { label: c.label, stroke: c.color, fill: c.color, width: 0, paths: barPaths(c.bars), points: { show: false } },
    ],
  };
}

export interface LineChart extends Frame {
  names: string[];
  colors: string[];
  unit: string;
}

export function lineOptions(c: LineChart): ChartOptions {
  const x = timeX(c);
  return {
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    scales: { ...x.scales, y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] } },
    axes: [x.axis, { label: c.unit, values: (_u, splits) => splits.map((s) => String(Math.round(s))) }],
    series: [
      {},
      // Hairlines: a wider stroke costs chromium several times as long over a year of hours (the ui bench).
      ...c.names.map((n, i) => ({ label: n, stroke: c.colors[i], width: 1 })),
    ],
  };
}
