/**
 * Diagnosis, not a figure with a target: what grows in the built runner. Starts it in one of
 * issue 49's configurations (configs.ts) with `--inspect=127.0.0.1:<free port>` (only here: the
 * runner never ships with a V8 flag), takes a heap snapshot over the inspector at each of the
 * given minutes (inspector.ts; the snapshot collects garbage first, so it is the live heap), and
 * compares the first with the last by constructor: count and self size, the top 30 by growth.
 * Beside each snapshot, read just before it: /proc/<pid>/status (VmRSS, RssAnon, RssFile,
 * VmHWM) and the runner's own `process` figures from GET /api/v1/status (heap, external,
 * ArrayBuffers, SQLite's wasm memory), what the dashboard's "Monitor memory" shows.
 *
 *   nice -n 10 npx tsx bench/runner/heap-diff.ts --config busy --at 5,25 [--out DIR] [--keep]
 *
 * Writes DIR/summary.json (the readings and the whole diff) and, with --keep, the snapshots
 * (DIR/min-N.heapsnapshot, for DevTools' Comparison view). DIR defaults to a new folder in /tmp.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

import { ECHO_KEEP_ALIVE_MS } from '../../tests/fakes/http-echo';
import { round, sleep } from '../engine/stats';
import { configName, startConfig } from './configs';
import { type FullSnapshotJson, maxNodeId, type NewObjectGroup, newObjectsByHolder } from './heap-retainers';
import { type ClassDelta, diffSummaries, type HeapSummary, summarize, totalBytes } from './heap-summary';
import { freePort, openHeapInspector } from './inspector';
import { procMemory } from './proc-memory';
import { withRunner } from './session';

const TOP = 30;
const mb = (bytes: number) => round(bytes / 2 ** 20, 2);

function parseMinutes(raw: string): number[] {
  const at = raw.split(',').map(Number);
  if (at.length < 2 || at.some((m) => !Number.isFinite(m) || m <= 0) || at.some((m, i) => i > 0 && m <= at[i - 1]!))
    throw new Error(`--at ${raw}: needs two or more rising minutes, e.g. 5,25`);
  return at;
}

function table(rows: readonly ClassDelta[]): string {
  const line = (r: ClassDelta) =>
    `${r.group.slice(0, 48).padEnd(48)} ${String(r.countBefore).padStart(8)} ${String(r.countAfter).padStart(8)} ` +
    `${(r.countDelta >= 0 ? '+' : '') + r.countDelta}`.padEnd(10) +
    ` ${(r.selfBytesBefore / 1024).toFixed(1).padStart(10)} ${(r.selfBytesAfter / 1024).toFixed(1).padStart(10)} ` +
    `${(r.selfBytesDelta >= 0 ? '+' : '') + (r.selfBytesDelta / 1024).toFixed(1)}`;
  const head = `${'constructor'.padEnd(48)} ${'count'.padStart(8)} ${'then'.padStart(8)} ${'delta'.padEnd(10)} ${'KB'.padStart(10)} ${'then'.padStart(10)} delta KB`;
  return [head, ...rows.map(line)].join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: {
      config: { type: 'string', default: 'busy' },
      at: { type: 'string', default: '5,25' },
      out: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  const name = configName(values.config!);
  const at = parseMinutes(values.at!);
  const out = values.out ?? (await mkdtemp(join(tmpdir(), `ipwatch-heap-diff-${name}-`)));
  await mkdir(out, { recursive: true });
  const port = await freePort();
  const config = await startConfig(name);
  const world = { httpKeepAliveMs: ECHO_KEEP_ALIVE_MS.cloudflare };
  try {
    const readings = await withRunner(
      config.intervalSec,
      world,
      async (s) => {
        await s.both('check', 60_000);
        await config.attach(s);
        const minSince = () => (performance.now() - s.startedAt) / 60_000;
        const inspector = await openHeapInspector(port);
        const taken: { min: number; proc: ReturnType<typeof procMemory>; process: unknown; summary: HeapSummary }[] =
          [];
        let firstMaxId = 0;
        let kept: NewObjectGroup[] = [];
        for (const min of at) {
          await sleep(Math.max(0, (min - minSince()) * 60_000));
          const proc = procMemory(s.pid);
          const { process: apiProcess } = await s.status();
          const text = await inspector.takeHeapSnapshot();
          if (values.keep) await writeFile(join(out, `min-${min}.heapsnapshot`), text);
          const snap = JSON.parse(text) as FullSnapshotJson;
          const summary = summarize(snap);
          if (!taken.length) firstMaxId = maxNodeId(snap);
          else kept = newObjectsByHolder(snap, firstMaxId);
          taken.push({ min: round(minSince(), 2), proc, process: apiProcess, summary });
          process.stderr.write(
            `heap-diff ${name}: minute ${round(minSince(), 1)}: VmRSS ${proc.rssMB} MB (anon ${proc.anonMB}, file ${proc.fileMB}), ` +
              `live heap ${mb(totalBytes(summary))} MB, ${s.events.filter((e) => e.type === 'check').length} check events\n`,
          );
        }
        inspector.close();
        return { taken, kept, checkEvents: s.events.filter((e) => e.type === 'check').length };
      },
      { settings: config.settings, nodeArgs: [`--inspect=127.0.0.1:${port}`] },
    );
    const first = readings.taken[0]!;
    const last = readings.taken.at(-1)!;
    const diff = diffSummaries(first.summary, last.summary);
    const hours = (last.min - first.min) / 60;
    const result = {
      config: name,
      intervalSec: config.intervalSec,
      settings: config.settings,
      checkEvents: readings.checkEvents,
      readings: readings.taken.map(({ summary, ...r }) => ({ ...r, liveHeapMB: mb(totalBytes(summary)) })),
      rssGrowthMBPerHour: round((last.proc.rssMB - first.proc.rssMB) / hours, 2),
      liveHeapGrowthMBPerHour: round(mb(totalBytes(last.summary) - totalBytes(first.summary)) / hours, 2),
      diff,
      /** Objects allocated after the first snapshot and alive at the last, by what holds them. */
      keptSinceFirst: readings.kept,
    };
    await writeFile(join(out, 'summary.json'), `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(
      `heap-diff ${name}, minute ${first.min} to ${last.min}: VmRSS ${first.proc.rssMB} -> ${last.proc.rssMB} MB ` +
        `(${result.rssGrowthMBPerHour} MB/h), RssAnon ${first.proc.anonMB} -> ${last.proc.anonMB} MB, live heap ` +
        `${mb(totalBytes(first.summary))} -> ${mb(totalBytes(last.summary))} MB (${result.liveHeapGrowthMBPerHour} MB/h)\n` +
        `${table(diff.slice(0, TOP))}\n` +
        `Allocated after minute ${first.min} and alive at ${last.min}, by holder (count, KB):\n` +
        readings.kept
          .slice(0, TOP)
          .map((g) => `${String(g.count).padStart(8)} ${(g.selfBytes / 1024).toFixed(1).padStart(10)}  ${g.heldBy}`)
          .join('\n') +
        `\nRSS after the first snapshot includes what taking it left in malloc's arenas: read growth from a soak.\n(written to ${out})\n`,
    );
  } finally {
    await config.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`heap-diff: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
