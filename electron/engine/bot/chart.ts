/**
 * The /stats chart: a vega-lite spec compiled to vega, rendered to SVG, rasterised to PNG by
 * resvg. All three are loaded at the first chart, never with the engine, so an idle bot
 * keeps its footprint; later charts reuse the loaded modules. Its colours are the dashboard's
 * for the same meaning (shared/chart-colours.ts, light theme on its white background): IPv4 and
 * IPv6 changes stacked in their families' colours, uptime in the colour of "online".
 */
import type { TopLevelSpec } from 'vega-lite';

import { familyColor, figureColor } from '../../../shared/chart-colours';
import type { Translator } from '../../../shared/i18n/translator';
import { english } from '../../../shared/i18n/translators';
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
  /** The day's changes by family (changes = v4 + v6). */
  v4: number;
  v6: number;
  /** A percentage (0 to 100, as the stats give it), null when nothing was monitored that day. */
  uptime: number | null;
}

export function chartDays(perDay: PeriodCount[], uptime: { label: string; percent: number | null }[]): ChartDay[] {
  const up = new Map(uptime.map((u) => [u.label, u.percent]));
  return perDay.map((d) => {
    const u = up.get(d.label);
    return { label: d.label, changes: d.count, v4: d.v4, v6: d.v6, uptime: u ?? null };
  });
}

/** The colours the /stats image draws with: the dashboard's for each meaning, in its light theme. */
export const STATS_CHART_COLOURS = {
  v4: familyColor(4, 'light'),
  v6: familyColor(6, 'light'),
  uptime: figureColor('online', 'light'),
} as const;

/**
 * The vega-lite spec of the /stats image: changes per day stacked by family (bars), uptime per
 * day (line); its axes' titles in `words` (the title is the caller's, in the same language).
 */
export function statsChartSpec(days: ChartDay[], title: string, words: Translator = english): TopLevelSpec {
  const c = STATS_CHART_COLOURS;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title,
    width: 560,
    height: 200,
    background: 'white',
    data: { values: days.map((d) => ({ ...d, IPv4: d.v4, IPv6: d.v6 })) },
    encoding: { x: { field: 'label', type: 'ordinal', title: null, axis: { labelAngle: -45 } } },
    layer: [
      {
        transform: [{ fold: ['IPv4', 'IPv6'], as: ['family', 'count'] }],
        mark: { type: 'bar' },
        encoding: {
          y: {
            field: 'count',
            type: 'quantitative',
            stack: 'zero',
            title: words.t('bot.chart.changes'),
            axis: { tickMinStep: 1 },
          },
          color: {
            field: 'family',
            type: 'nominal',
            title: null,
            scale: { domain: ['IPv4', 'IPv6'], range: [c.v4, c.v6] },
            legend: { orient: 'top' },
          },
        },
      },
      {
        mark: { type: 'line', color: c.uptime, point: { color: c.uptime } },
        encoding: {
          y: {
            field: 'uptime',
            type: 'quantitative',
            title: words.t('bot.chart.uptime'),
            scale: { domain: [0, 100] },
            axis: { titleColor: c.uptime },
          },
        },
      },
    ],
    resolve: { scale: { y: 'independent' } },
  };
}

/** The /stats image as SVG, before it is rasterised. */
export async function statsChartSvg(days: ChartDay[], title: string, words: Translator = english): Promise<string> {
  const { vl, vega } = await load();
  const view = new vega.View(vega.parse(vl.compile(statsChartSpec(days, title, words)).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** A PNG of address changes per day, by family (bars), and uptime per day (line). */
export async function renderStatsChart(days: ChartDay[], title: string, words: Translator = english): Promise<Buffer> {
  const [{ Resvg }, svg] = await Promise.all([load(), statsChartSvg(days, title, words)]);
  return Buffer.from(
    new Resvg(svg, { font: { loadSystemFonts: true }, fitTo: { mode: 'zoom', value: 1.5 } }).render().asPng(),
  );
}
