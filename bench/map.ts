/**
 * The map (issue 77): 10,000 address runs in random countries of the table (seeded, moves
 * between most of them) drawn as the page and the bot draw them: the summary (time held per
 * country, points, moves), the picture (world-atlas's 1:110m countries projected by d3-geo,
 * markers, lines) and its SVG. Each timed run parses the atlas afresh, so the countries are
 * projected every time (the page keeps them per width and theme; the first draw is this one).
 * Median of the timed runs after warm ones. Beside it: the Map page's chunk of the built
 * dashboard, gzipped (d3-geo, topojson-client and the atlas are in it and in no other chunk).
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';

import type { Topology } from 'topojson-specification';

import { type MapRun, summariseMap } from '../shared/map/aggregate';
import { COUNTRY_TABLE } from '../shared/map/country-table';
import { mapPicture } from '../shared/map/picture';
import { pictureSvg } from '../shared/map/svg';
import { buildRenderer } from '../tests/helpers/dashboard';
import { seededRandom } from '../tests/helpers/random';
import { type Check, atMost } from './check';

const CFG = { runs: 10_000, warm: 3, timed: Number(process.env.BENCH_MAP_RUNS ?? 15), seed: 20261129 };
const TARGETS = { drawMs: 200, chunkGzipKB: 300 };
const ROOT = path.resolve(import.meta.dirname, '..');
const H = 3_600_000;

function randomRuns(n: number, seed: number): MapRun[] {
  const random = seededRandom(seed);
  const codes = Object.keys(COUNTRY_TABLE);
  const start = Date.UTC(2026, 0, 1);
  return Array.from({ length: n }, (_, i) => ({
    family: random() < 0.7 ? 4 : 6,
    ip: `198.51.${(i >> 8) & 255}.${i & 255}`,
    from: start + i * H,
    to: start + (i + 1) * H - 1000,
    country: random() < 0.05 ? null : codes[Math.floor(random() * codes.length)]!,
    asn: 64500,
    org: 'Example',
  }));
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1]!;
const round = (n: number) => Math.round(n * 10) / 10;

async function mapChunkGzipKB(): Promise<{ files: string[]; gzipKB: number }> {
  await buildRenderer();
  const dir = path.join(ROOT, 'out/renderer/assets');
  const files = (await readdir(dir)).filter((f) => /^Map-.*\.(js|css)$/.test(f));
  if (!files.some((f) => f.endsWith('.js')))
    throw new Error('the build has no Map chunk (out/renderer/assets/Map-*.js)');
  let bytes = 0;
  for (const f of files) bytes += gzipSync(await readFile(path.join(dir, f))).length;
  return { files, gzipKB: round(bytes / 1024) };
}

export default async function mapBench(): Promise<Record<string, unknown> & { checks: Check[] }> {
  const atlasFile = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
  const atlasText = readFileSync(atlasFile, 'utf8');
  const runs = randomRuns(CFG.runs, CFG.seed);
  const end = runs.at(-1)!.to;
  const draw = () => {
    const atlas = JSON.parse(atlasText) as Topology;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const summary = summariseMap(runs, runs[0]!.from, end, [[runs[0]!.from, end]]);
    const svg = pictureSvg(mapPicture(summary, atlas, 960, 'dark'));
    const cpu = process.cpuUsage(c0);
    const ms = performance.now() - t0;
    return { ms, cpuMs: (cpu.user + cpu.system) / 1000, moves: summary.moves.length, svgKB: svg.length / 1024 };
  };
  for (let i = 0; i < CFG.warm; i++) draw();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let last = draw();
  for (let i = 0; i < CFG.timed; i++) {
    last = draw();
    times.push(last.ms);
    cpuTimes.push(last.cpuMs);
    await new Promise((resolve) => setImmediate(resolve));
  }
  const drawMs = round(median(times));
  // The process's own CPU time beside the wall time: on a shared machine the wall time waits for a core too.
  const cpuMs = round(median(cpuTimes));
  process.stderr.write(
    `map: ${CFG.runs} runs (${last.moves} moves) drawn in a median ${drawMs} ms (${times.map(round).join(', ')}), ${cpuMs} ms of CPU; SVG ${round(last.svgKB)} KB\n`,
  );
  const chunk = await mapChunkGzipKB();
  process.stderr.write(`map: the Map page's chunk (${chunk.files.join(', ')}): ${chunk.gzipKB} KB gzipped\n`);
  return {
    draw: { runs: CFG.runs, medianMs: drawMs, cpuMedianMs: cpuMs, timesMs: times.map(round), moves: last.moves },
    chunk,
    checks: [
      atMost(
        `${CFG.runs.toLocaleString('en')} address runs drawn (summary, picture, SVG)`,
        drawMs,
        TARGETS.drawMs,
        'ms',
      ),
      atMost("the Map page's chunk, gzipped", chunk.gzipKB, TARGETS.chunkGzipKB, 'KB'),
    ],
  };
}
