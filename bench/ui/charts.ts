/**
 * A year of hourly source statistics (8,760 points x 5 series) charted in chromium by uPlot (the
 * Charts page's library, through the page's own series code), echarts and recharts: ms from the
 * data to a painted frame, by performance marks in the page (renderer/bench/chart-*.ts), and
 * each library's bundle size, gzipped.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { build } from 'esbuild';
import type { Browser } from 'playwright-core';

import { seededRandom, testSeed } from '../../tests/helpers/random';

export const LIBS = ['uplot', 'echarts', 'recharts'] as const;
export type ChartLib = (typeof LIBS)[number];

const ROOT = path.resolve(import.meta.dirname, '../..');
const HOURS = 8760;
const SERIES = 5;

/** Five sources' hourly figures over a year: latencies around each source's own median, a few gaps. */
export function yearOfSourceStats(seed: number) {
  const random = seededRandom(seed);
  const start = Date.UTC(2025, 0, 1);
  return Array.from({ length: SERIES }, (_, s) => ({
    source: `source-${s + 1}`,
    ok: HOURS * 60,
    fail: 0,
    successRate: 1,
    meanLatencyMs: 40 + s * 15,
    maxLatencyMs: 400,
    hours: Array.from({ length: HOURS }, (_, h) => {
      const ms = random() < 0.002 ? null : Math.round((40 + s * 15) * (0.6 + random() * 0.8));
      return { hour: start + h * 3_600_000, ok: 60, fail: 0, meanLatencyMs: ms, maxLatencyMs: ms };
    }),
  }));
}

const ENTRY: Record<ChartLib, string> = {
  uplot: 'renderer/bench/chart-uplot.ts',
  echarts: 'renderer/bench/chart-echarts.ts',
  recharts: 'renderer/bench/chart-recharts.tsx',
};

/** One minified bundle per library, as an app using it alone would ship; its path and gzipped size. */
async function bundle(dir: string, lib: ChartLib): Promise<{ file: string; gzipKB: number }> {
  const file = path.join(dir, `chart-${lib}.js`);
  await build({
    entryPoints: [path.join(ROOT, ENTRY[lib])],
    bundle: true,
    minify: true,
    format: 'iife',
    jsx: 'automatic',
    outfile: file,
    loader: { '.css': 'empty' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return { file, gzipKB: Math.round(gzipSync(await readFile(file)).length / 102.4) / 10 };
}

export interface ChartFigures {
  /** Median over the timed runs, ms, per library. */
  medianMs: Record<ChartLib, number>;
  /** The library's bundle (with the drawing code), minified and gzipped, KB. */
  bundleGzipKB: Record<ChartLib, number>;
  runsMs: Record<ChartLib, number[]>;
  points: number;
  seed: number;
}

/** Each library draws the year `runs` times after one warm-up, each in a fresh container. */
export async function measureCharts(browser: Browser, runs = 5): Promise<ChartFigures> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-bench-charts-'));
  const seed = testSeed('bench ui charts');
  const stats = yearOfSourceStats(seed);
  try {
    const runsMs = {} as Record<ChartLib, number[]>;
    const bundleGzipKB = {} as Record<ChartLib, number>;
    for (const lib of LIBS) {
      const { file: script, gzipKB } = await bundle(dir, lib);
      bundleGzipKB[lib] = gzipKB;
      const context = await browser.newContext({ viewport: { width: 1200, height: 400 } });
      const page = await context.newPage();
      await page.setContent('<!doctype html><html><body></body></html>');
      await page.addScriptTag({ path: script });
      const times: number[] = [];
      for (let i = 0; i <= runs; i++) {
        const ms = await page.evaluate(
          ([s, n]) => (globalThis as unknown as { runChart(s: unknown, n: number): Promise<number> }).runChart(s, n),
          [stats, i] as const,
        );
        if (i > 0) times.push(ms);
      }
      runsMs[lib] = times;
      await context.close();
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    return {
      medianMs: Object.fromEntries(LIBS.map((l) => [l, Math.round(median(runsMs[l]) * 10) / 10])) as Record<
        ChartLib,
        number
      >,
      bundleGzipKB,
      runsMs,
      points: HOURS * SERIES,
      seed,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
