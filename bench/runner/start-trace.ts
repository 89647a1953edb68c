/**
 * What the built runner loads at start (issue 49): the runner (out/headless/index.js, or
 * BENCH_RUNNER_FILE) started with default settings under node's module tracing
 * (tests/helpers/trace-loads.mjs for the ESM loader, trace-requires.cjs for require()), stopped
 * 3 s after its first check of both families. Returns the packages in the order the ESM loader
 * met them, and how many files each package loaded through require(), most first.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { sleep } from '../engine/stats';
import { withRunner } from './session';

const PACKAGE = /node_modules\/((?:@[^/]+\/)?[^/]+)\//;
const packageOf = (file: string) => PACKAGE.exec(file.slice(file.lastIndexOf('node_modules/')))?.[1] ?? null;

export async function traceRunnerLoads(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ipwatch-trace-'));
  const loads = join(dir, 'loads.txt');
  const requires = join(dir, 'requires.txt');
  // The runner inherits this process's environment (session.ts): the hooks read their files from it.
  process.env['TRACE_LOADS_FILE'] = loads;
  process.env['TRACE_REQUIRES_FILE'] = requires;
  try {
    await withRunner(
      60,
      {},
      async (s) => {
        await s.both('check', 60_000);
        await sleep(3_000);
      },
      { nodeArgs: ['--import', './tests/helpers/trace-loads.mjs', '--require', './tests/helpers/trace-requires.cjs'] },
    );
    const esm = (await readFile(loads, 'utf8')).split('\n').filter(Boolean);
    const cjs = (await readFile(requires, 'utf8')).split('\n').filter(Boolean);
    const order = [...new Set(esm.map((u) => (u.startsWith('node:') ? u : (packageOf(u) ?? u))))];
    const counts = new Map<string, number>();
    for (const f of cjs) {
      const p = packageOf(f);
      if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    const byCount = [...counts].sort((a, b) => b[1] - a[1]).map(([p, n]) => `${p} ${n}`);
    return (
      `ESM loads in order (${esm.length}): ${order.join(', ')}\n` +
      `require()d files (${cjs.length}) by package: ${byCount.join(', ')}`
    );
  } finally {
    delete process.env['TRACE_LOADS_FILE'];
    delete process.env['TRACE_REQUIRES_FILE'];
    await rm(dir, { recursive: true, force: true });
  }
}
