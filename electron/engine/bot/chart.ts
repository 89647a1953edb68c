/**
 * The /stats chart: a vega-lite spec compiled to vega, rendered to SVG, rasterised to PNG by
 * resvg. All three are loaded at the first chart, never with the engine, so an idle bot
 * keeps its footprint; later charts reuse the loaded modules.
 */
import type { PeriodCount } from '../services';

type Libs = {
  vl: typeof import('vega-lite');
  vega: typeof import('vega');
  Resvg: typeof import('@resvg/resvg-js').Resvg;
};
let libs: Promise<Libs> | null = null;

const load = (): Promise<Libs> =>
  (libs ??= Promise.all([import('vega-lite'), import('vega'), import('@resvg/resvg-js')]).then(([vl, vega, r]) => ({
    vl,
    vega,
    Resvg: r.Resvg,
  })));

export interface ChartDay {
  label: string;
  changes: number;
  /** A percentage (0 to 100, as the stats give it), null when nothing was monitored that day. */
  uptime: number | null;
}

export function chartDays(perDay: PeriodCount[], uptime: { label: string; percent: number | null }[]): ChartDay[] {
  const up = new Map(uptime.map((u) => [u.label, u.percent]));
  return perDay.map((d) => {
    const u = up.get(d.label);
    return { label: d.label, changes: d.count, uptime: u ?? null };
  });
}

/** A PNG of address changes per day (bars) and uptime per day (line). */
export async function renderStatsChart(days: ChartDay[], title: string): Promise<Buffer> {
  const { vl, vega, Resvg } = await load();
  const spec = vl.compile({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title,
    width: 560,
    height: 200,
    background: 'white',
    data: { values: days },
    encoding: { x: { field: 'label', type: 'ordinal', title: null, axis: { labelAngle: -45 } } },
    layer: [
      {
        mark: { type: 'bar', color: '#3498db' },
        encoding: { y: { field: 'changes', type: 'quantitative', title: 'changes', axis: { tickMinStep: 1 } } },
      },
      {
        mark: { type: 'line', color: '#2ecc71', point: true },
        encoding: { y: { field: 'uptime', type: 'quantitative', title: 'uptime %', scale: { domain: [0, 100] } } },
      },
    ],
    resolve: { scale: { y: 'independent' } },
  }).spec;
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return Buffer.from(
      new Resvg(svg, { font: { loadSystemFonts: true }, fitTo: { mode: 'zoom', value: 1.5 } }).render().asPng(),
    );
  } finally {
    view.finalize();
  }
}
