/**
 * The web dashboard in chromium (/usr/bin/chromium, Debian package `chromium`): first-load
 * JavaScript of the built renderer, the dashboard usable after a cold load from the real
 * headless runner, and a year of hourly source statistics charted by each chart library.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

import { startApiRunner } from '../tests/helpers/api-runner';
import { buildHeadless, buildRenderer, CHROMIUM, launchChromium } from '../tests/helpers/dashboard';
import { startWorld } from '../tests/helpers/world';
import { type Check, atMost } from './check';
import { measureBundle } from './ui/bundle';
import { measureCharts } from './ui/charts';
import { measureColdLoad } from './ui/dashboard';

const ROOT = path.resolve(import.meta.dirname, '..');
const TARGETS = { coldLoadMs: 400, chartMs: 100, firstLoadGzipKB: 200 };

export default async function uiBench(): Promise<Record<string, unknown> & { checks: Check[] }> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  await buildRenderer();
  await buildHeadless();
  const out = path.join(ROOT, 'out/renderer');
  const assets = (await readdir(path.join(out, 'assets'))).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
  const bundle = await measureBundle(out, assets);
  const browser = await launchChromium();
  const world = await startWorld();
  try {
    // The built runner, as `npm run headless` runs it; before the chart figures, whose
    // recharts pages leave the browser busy collecting garbage.
    const runner = await startApiRunner({ world, built: path.join(ROOT, 'out/headless/index.js') });
    let cold;
    try {
      cold = await measureColdLoad(browser, runner.url, runner.token);
    } finally {
      await runner.stop();
    }
    const charts = await measureCharts(browser);
    const libs = (['uplot', 'echarts', 'recharts'] as const)
      .map((l) => `${l} ${charts.medianMs[l]} ms (${charts.bundleGzipKB[l]} KB gzipped)`)
      .join(', ');
    process.stderr.write(`ui: a year of hourly stats charted: ${libs}\n`);
    process.stderr.write(
      `ui: every card of the dashboard drawn after a cold load (no target): median ${cold.drawnMedianMs} ms (${cold.drawnRunsMs.join(', ')})\n`,
    );
    const checks: Check[] = [
      atMost(
        `dashboard usable after a cold load (median of ${cold.runsMs.length})`,
        cold.medianMs,
        TARGETS.coldLoadMs,
        'ms',
      ),
      atMost(
        `year of hourly stats (8,760 x 5) charted, uPlot (echarts ${charts.medianMs.echarts} ms, recharts ${charts.medianMs.recharts} ms)`,
        charts.medianMs.uplot,
        TARGETS.chartMs,
        'ms',
      ),
      atMost('first-load JavaScript, gzipped', bundle.firstLoadGzipKB, TARGETS.firstLoadGzipKB, 'KB'),
    ];
    return { coldLoad: cold, charts, bundle, checks };
  } finally {
    await browser.close();
    await world.close();
  }
}
