/**
 * The built runner's RSS with and without MALLOC_ARENA_MAX (issue 49), as the service files ship
 * it: the soak of `npm run bench -- runner` (10 s checks, both families on local echo sources, the
 * API on) for a few minutes, once with the variable as given and once without it. glibc gives each
 * thread that mallocs its own arena (up to 8 per core); libuv's pool threads and V8's helpers each
 * keep one, and MALLOC_ARENA_MAX caps how many.
 *
 *   npx tsx bench/runner/arena.ts [minutes=10] [set|unset] [config]   (BENCH_RUNNER_FILE: a given bundle)
 *
 * With a configuration of configs.ts (e.g. `checked`, issue 61) the runner runs in it, its
 * stand-ins started here; without one, the bare runner (identity off). Its RSS samples go to
 * test-output/bench/arena-<mode>-<config>.jsonl as they are taken.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { ECHO_KEEP_ALIVE_MS } from '../../tests/fakes/http-echo';
import { REPO_ROOT } from '../engine/remote-world';
import { configName, startConfig } from './configs';
import { soak } from './soak';

async function main(): Promise<void> {
  const minutes = Number(process.argv[2] ?? 10);
  const mode = process.argv[3] ?? 'set';
  if (!(minutes > 0) || (mode !== 'set' && mode !== 'unset'))
    throw new Error('usage: arena.ts [minutes > 0] [set|unset] [config]');
  const name = process.argv[4] ? configName(process.argv[4]) : null;
  // withRunner hands this process's environment to the runner.
  if (mode === 'set') process.env['MALLOC_ARENA_MAX'] = '2';
  else delete process.env['MALLOC_ARENA_MAX'];
  const logDir = join(REPO_ROOT, 'test-output', 'bench');
  await mkdir(logDir, { recursive: true });
  const samplesLog = join(logDir, `arena-${mode}-${name ?? 'bare'}.jsonl`);
  await writeFile(samplesLog, '');
  const config = name ? await startConfig(name) : undefined;
  const r = await soak({
    minutes,
    sampleSec: 5,
    growthFromMin: minutes / 3,
    intervalSec: config?.intervalSec ?? 10,
    heapEverySec: 30,
    // As the runner suite's soak: the sources keep idle connections as Cloudflare's do.
    world: { httpKeepAliveMs: ECHO_KEEP_ALIVE_MS.cloudflare },
    config,
    samplesLog,
  }).finally(() => config?.close());
  const { samples: _s, heapSamples: _h, ...figures } = r;
  process.stdout.write(
    `${JSON.stringify({ MALLOC_ARENA_MAX: process.env['MALLOC_ARENA_MAX'] ?? null, ...figures })}\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
