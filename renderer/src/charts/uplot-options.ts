/**
 * uPlot options for the charts: a time axis bounded by the period with our own ticks
 * (time-ticks.ts, in the user's zone; x in epoch ms, so uPlot's time scale and its seconds are
 * never involved), bars that span their period, whole-number count axes, and no uPlot legend
 * (ChartCard draws one in HTML, with a readout instead of uPlot's "Time: --").
 */
import uPlot from 'uplot';

import { type Bars, COUNT_INCRS, countTop } from './series';
import { axisTicks, type Zone } from './time-ticks';

export type ChartOptions = Omit<uPlot.Options, 'width' | 'height'>;

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
        // uPlot centres every label: one that would stick out past the right end is left out.
        const ticks = axisTicks(from, to, zone, u.bbox.width / uPlot.pxRatio).filter((t) => t.align !== 'end');
        for (const t of ticks) labels.set(t.at, t.label);
        return ticks.map((t) => t.at);
      },
      values: (u, splits) => {
        const out = splits.map((s) => labels.get(s) ?? '');
        // The labels drawn, on the chart's element: a canvas has no text for tests and tools to read.
        u.root.dataset.xTicks = out.filter(Boolean).join('|');
        return out;
      },
    },
  };
}

/** A y axis as wide as its longest label (12 px type, about 7 px a character) and the tick beside it. */
const fitLabels: uPlot.Axis.Size = (_u, values) =>
  Math.ceil(Math.max(2, ...(values ?? []).map((v) => String(v).length)) * 7.2 + 16);

/** One part of a stacked bar: a series drawn on top of those before it. */
export interface Stack {
  label: string;
  color: string;
  values: readonly (number | null)[];
}

/** Draws each bar of `stacks[k]` over [starts[i], ends[i]] of the x scale, on top of stacks 0..k-1 (a gap between neighbours). */
function barPaths(bars: Bars, stacks: readonly Stack[], k: number): uPlot.Series.PathBuilder {
  return (u) => {
    const fill = new Path2D();
    bars.starts.forEach((start, i) => {
      const v = stacks[k]!.values[i];
      if (v === null || v === undefined || v <= 0) return;
      const below = stacks.slice(0, k).reduce((sum, s) => sum + (s.values[i] ?? 0), 0);
      const x0 = u.valToPos(start, 'x', true);
      const x1 = u.valToPos(bars.ends[i]!, 'x', true);
      const gap = Math.min((x1 - x0) * 0.2, 4 * uPlot.pxRatio);
      const base = u.valToPos(below, 'y', true);
      const y = u.valToPos(below + v, 'y', true);
      fill.rect(x0 + gap / 2, y, Math.max(uPlot.pxRatio, x1 - x0 - gap), base - y);
    });
    return { fill, stroke: fill };
  };
}

const QUIET_CURSOR: uPlot.Cursor = { drag: { x: false, y: false }, points: { show: false } };

export interface BarChart extends Frame {
  /** Where the bars are; `values` their full height (the sum of the stacks). */
  bars: Bars;
  /** The series stacked in each bar, bottom first; one for a plain bar chart. */
  stacks: readonly Stack[];
  kind: 'count' | 'percent';
}

export function barOptions(c: BarChart): ChartOptions {
  const x = timeX(c);
  // No axis title: the card's title and legend say what is counted, and a phone needs the width.
  const y: uPlot.Axis =
    c.kind === 'count'
      ? { incrs: COUNT_INCRS, values: (_u, splits) => splits.map((s) => String(Math.round(s))), size: fitLabels }
      : { incrs: [25], values: (_u, splits) => splits.map((s) => `${s} %`), size: fitLabels };
  // The top from the bars' full heights: uPlot's own max is of one series, not of a stack.
  const top = countTop(Math.max(0, ...c.bars.values.map((v) => v ?? 0)));
  return {
    legend: { show: false },
    cursor: QUIET_CURSOR,
    scales: {
      ...x.scales,
      y: { range: c.kind === 'count' ? () => [0, top] : () => [0, 100] },
    },
    axes: [x.axis, y],
    series: [
      {},
      ...c.stacks.map((s, k) => ({
        label: s.label,
        stroke: s.color,
        fill: s.color,
        width: 0,
        paths: barPaths(c.bars, c.stacks, k),
        points: { show: false },
      })),
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
    // Whole steps (1, 2, 5, 10...): uPlot's 2.5 would read "3 ms, 5 ms, 8 ms" once rounded.
    axes: [
      x.axis,
      { incrs: COUNT_INCRS, values: (_u, splits) => splits.map((s) => `${Math.round(s)} ${c.unit}`), size: fitLabels },
    ],
    series: [
      {},
      // Hairlines: a wider stroke costs chromium several times as long over a year of hours (the ui bench).
      ...c.names.map((n, i) => ({ label: n, stroke: c.colors[i], width: 1 })),
    ],
  };
}
