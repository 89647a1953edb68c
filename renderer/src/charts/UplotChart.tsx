/** One uPlot chart that follows its container's width, in the theme's colours, reporting what the cursor is on. */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

import type { ChartOptions } from './uplot-options';
import { useThemeName } from './use-theme-name';

interface Props {
  /** What the chart shows, in words (its accessible name). */
  summary: string;
  data: uPlot.AlignedData;
  /** Built together with `data` (bars read their spans from it): a new pair makes a new chart. */
  options: ChartOptions;
  height?: number;
  /** The index under the cursor, null when it leaves. */
  onCursor?: (index: number | null) => void;
  /** Series (1-based, as uPlot counts) the user switched off in the legend. */
  hidden?: ReadonlySet<number>;
  testId?: string;
}

/** Whether this document can give a canvas a 2D context (uPlot draws on one). */
const canDraw = () => document.createElement('canvas').getContext('2d') !== null;

const FONT = '12px system-ui, -apple-system, "Segoe UI", sans-serif';

export function UplotChart({ summary, data, options, height = 220, onCursor, hidden, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const cursor = useRef(onCursor);
  cursor.current = onCursor;
  const theme = useThemeName();
  useEffect(() => {
    const el = box.current!;
    // A browser that gives no 2D canvas (one that blocks canvas, or a DOM without one) draws no
    // chart: each chart's card holds its figures as a table and in words besides.
    if (!canDraw()) return;
    // Axis text and grid in the theme's colours (a canvas does not follow CSS).
    const css = getComputedStyle(document.documentElement);
    const text = css.getPropertyValue('--text').trim() || '#17202b';
    const grid = css.getPropertyValue('--border').trim() || '#d5dae0';
    const axes = (options.axes ?? [{}, {}]).map((a) => ({
      stroke: text,
      font: FONT,
      labelFont: FONT,
      grid: { stroke: grid, width: 1 },
      ticks: { stroke: grid, width: 1 },
      ...a,
    }));
    const width = () => Math.max(el.clientWidth, 260);
    let last: number | null = null;
    const u = new uPlot(
      {
        ...options,
        axes,
        width: width(),
        height,
        hooks: {
          // The x range drawn, on the element: what the axis really spans, for tests and tools.
          setScale: [
            (self, scale) => {
              if (scale !== 'x') return;
              el.dataset.xMin = String(self.scales.x!.min);
              el.dataset.xMax = String(self.scales.x!.max);
            },
          ],
          setCursor: [
            (self) => {
              const idx = self.cursor.idx ?? null;
              if (idx !== last) cursor.current?.((last = idx));
            },
          ],
        },
      },
      data,
      el,
    );
    plot.current = u;
    const ro = new ResizeObserver(() => u.setSize({ width: width(), height }));
    ro.observe(el);
    return () => {
      ro.disconnect();
      u.destroy();
      plot.current = null;
    };
  }, [options, data, height, theme]);
  useEffect(() => {
    const u = plot.current;
    if (!u) return;
    for (let i = 1; i < u.series.length; i++) {
      const show = !hidden?.has(i);
      if (u.series[i]!.show !== show) u.setSeries(i, { show });
    }
  }, [hidden, options, data, theme]);
  return <div ref={box} className="chart" role="img" aria-label={summary} data-testid={testId} />;
}
