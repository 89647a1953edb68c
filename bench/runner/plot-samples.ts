/**
 * Plots soaks from the samples they wrote as they ran (soak.ts's `samplesLog`: one JSON line per
 * RSS sample, test-output/bench/soak-<config>.jsonl, arena-<mode>-<config>.jsonl), so runs made
 * apart (issue 61's 50-minute figure and its MALLOC_ARENA_MAX twin) share one chart.
 *
 *   npx tsx bench/runner/plot-samples.ts out.svg <target MB> <label>:<samples.jsonl> ...
 */
import { readFile } from 'node:fs/promises';

import { writeRssPlot } from './plot';

/** A soak's samples log as plot rows [minute, RSS MB, anonymous MB]; a line that is not a sample is refused in words. */
export function readSamples(text: string, file = 'samples'): [number, number, number | undefined][] {
  return text
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line !== '')
    .map(([line, n]) => {
      let s: unknown;
      try {
        s = JSON.parse(line);
      } catch {
        throw new Error(`${file}, line ${n}: not JSON`);
      }
      const { min, rssMB, anonMB } = (s ?? {}) as Record<string, unknown>;
      if (typeof min !== 'number' || typeof rssMB !== 'number')
        throw new Error(`${file}, line ${n}: a sample needs "min" and "rssMB" as numbers`);
      return [min, rssMB, typeof anonMB === 'number' ? anonMB : undefined];
    });
}

async function main(): Promise<void> {
  const [out, target, ...series] = process.argv.slice(2);
  const targetMB = Number(target);
  if (!out || !(targetMB > 0) || !series.length)
    throw new Error('usage: plot-samples.ts out.svg <target MB> <label>:<samples.jsonl> ...');
  const lines = await Promise.all(
    series.map(async (arg) => {
      const at = arg.lastIndexOf(':');
      if (at < 1) throw new Error(`"${arg}": give a series as <label>:<samples.jsonl>`);
      const file = arg.slice(at + 1);
      return { name: arg.slice(0, at), samples: readSamples(await readFile(file, 'utf8'), file), targetMB };
    }),
  );
  await writeRssPlot(out, lines);
  process.stdout.write(`${out}: ${lines.map((l) => `${l.name} (${l.samples.length} samples)`).join(', ')}\n`);
}

if (process.argv[1]?.endsWith('plot-samples.ts'))
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
