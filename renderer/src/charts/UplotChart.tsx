/** One uPlot chart that follows its container's width and redraws when its data changes. */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

import { useAppearance } from '../appearance';

interface Props {
  title: string;
  data: uPlot.AlignedData;
  /** Everything but size and title. */
  options: Omit<uPlot.Options, 'width' | 'height' | 'title'>;
  height?: number;
}

export function UplotChart({ title, data, options, height = 220 }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const [appearance] = useAppearance();
  useEffect(() => {
    const el = box.current!;
    // Axis text and grid in the theme's colours (a canvas does not follow CSS).
    const css = getComputedStyle(document.documentElement);
    const text = css.getPropertyValue('--text').trim() || '#17202b';
    const grid = css.getPropertyValue('--border').trim() || '#d5dae0';
    const axes = (options.axes ?? [{}, {}]).map((a) => ({
      stroke: text,
      grid: { stroke: grid, width: 1 },
      ticks: { stroke: grid, width: 1 },
      ...a,
    }));
    const u = new uPlot({ ...options, axes, width: Math.max(el.clientWidth, 280), height }, data, el);
    plot.current = u;
    const ro = new ResizeObserver(() => u.setSize({ width: Math.max(el.clientWidth, 280), height }));
    ro.observe(el);
    return () => {
      ro.disconnect();
      u.destroy();
      plot.current = null;
    };
    // A new options object means a new chart; new data alone is set below. `data` is read at
    // creation only, so it is deliberately not a dependency here.
  }, [options, height, appearance.theme]);
  useEffect(() => {
    plot.current?.setData(data);
  }, [data]);
  return <div ref={box} className="chart" role="img" aria-label={title} />;
}
