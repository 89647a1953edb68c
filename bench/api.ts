/**
 * The local API of the built headless runner (`npm run headless`, the build:headless bundle
 * under plain node, store on disk), measured from another process over 127.0.0.1 with the
 * bearer token, while it watches local sources (hosted in a third process):
 * - GET /api/v1/status, p50 (target <= 2 ms);
 * - a 1,000-row history page, p50 (target <= 20 ms), on a history of 1,500 runs imported
 *   through the API first;
 * - SSE: from the engine's change (the event's `at`, taken when the check settled) to the
 *   event parsed by an HTTP client, p50 (target <= 50 ms). The dashboard's own figure in
 *   chromium is the renderer bench's.
 * Counts come from BENCH_API_STATUS_N, BENCH_API_HISTORY_N and BENCH_API_CHANGES.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { openEvents } from '../tests/helpers/api-runner';
import { type Check, atMost } from './check';
import { exited, onJsonEvents } from './engine/processes';
import { REPO_ROOT, startWorldHost } from './engine/remote-world';
import { buildRunner, runnerFile } from './engine/rss';
import { dist, median } from './engine/stats';

const TARGETS = { statusP50Ms: 2, historyP50Ms: 20, sseP50Ms: 50 };
const SEEDED_RUNS = 1500;

const count = (name: string, fallback: number) => {
  const n = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name}: needs a whole number >= 1`);
  return n;
};

/** Times `n` sequential requests after `warmup` unmeasured ones; fails on any non-200. */
async function timeRequests(n: number, warmup: number, request: () => Promise<Response>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < warmup + n; i++) {
    const t0 = performance.now();
    const res = await request();
    await res.arrayBuffer();
    const ms = performance.now() - t0;
    if (res.status !== 200) throw new Error(`${res.url}: HTTP ${res.status}`);
    if (i >= warmup) times.push(ms);
  }
  return times;
}

/** A seed bot history of `n` runs, one a day, far in the past. */
const seedHistory = (n: number) =>
  JSON.stringify(
    Array.from({ length: n }, (_, i) => ({
      ip: `81.4.${Math.floor(i / 250)}.${(i % 250) + 1}`,
      timestamp: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 19),
    })),
  );

export default async function apiBench(): Promise<Record<string, unknown> & { checks: Check[] }> {
  await buildRunner();
  const file = await runnerFile();
  const host = await startWorldHost();
  const dir = await mkdtemp(join(tmpdir(), 'ipwatch-bench-api-'));
  let child: ChildProcess | undefined;
  try {
    const world = await host.create();
    const settings = { sources: { builtIn: false, custom: world.sources }, api: { port: 0 } };
    await writeFile(join(dir, 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`, { mode: 0o600 });
    child = spawn(process.execPath, [file, '--data-dir', dir, '--json'], {
      cwd: REPO_ROOT,
      // No router is asked: nothing leaves the machine.
      env: { ...process.env, IPWATCH_API: 'on', IPWATCH_ROUTER: 'off' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      onJsonEvents(child!, (e) => {
        if (e.type === 'api') resolve(String((e as { url?: unknown }).url));
      });
      child!.once('exit', (code) => reject(new Error(`the runner exited (${code}) before its API listened`)));
    });
    const token = (await readFile(join(dir, 'api-token'), 'utf8')).trim();
    const auth = { authorization: `Bearer ${token}` };
    const call = (path: string, init: RequestInit = {}) =>
      fetch(`${url}${path}`, { ...init, headers: { ...auth, ...(init.headers as Record<string, string>) } });

    const imported = await call('/api/v1/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ content: seedHistory(SEEDED_RUNS), name: 'ip_history.json', tz: 'UTC' }),
    });
    if (imported.status !== 200) throw new Error(`import: HTTP ${imported.status} ${await imported.text()}`);

    const status = await timeRequests(count('BENCH_API_STATUS_N', 500), 50, () => call('/api/v1/status'));
    const history = await timeRequests(count('BENCH_API_HISTORY_N', 60), 5, () => call('/api/v1/history?limit=1000'));
    const page = (await (await call('/api/v1/history?limit=1000')).json()) as { items: unknown[]; total: number };
    if (page.items.length !== 1000) throw new Error(`history page: ${page.items.length} rows, not 1000`);

    const events = await openEvents({ fetch: (p, init) => call(p, init) });
    const sse: number[] = [];
    const changes = count('BENCH_API_CHANGES', 15);
    for (let i = 0; i < changes; i++) {
      const ip = `81.5.0.${i + 1}`;
      await world.setIp(ip, `2a02:5:0:${i + 1}::1`);
      void call('/api/v1/check', { method: 'POST' });
      const e = await events.next((x) => x.type === 'change' && x.data.to === ip, 15_000);
      sse.push(e.receivedAt - Number(e.data.at));
    }
    events.close();

    const figures = {
      status: dist(status),
      history: { ...dist(history), rows: 1000, total: page.total },
      sse: dist(sse),
    };
    return {
      ...figures,
      checks: [
        atMost('status p50', median(status), TARGETS.statusP50Ms, 'ms'),
        atMost('1,000-row history page p50', median(history), TARGETS.historyP50Ms, 'ms'),
        atMost('SSE change to client p50', median(sse), TARGETS.sseP50Ms, 'ms'),
      ],
    };
  } finally {
    if (child) {
      const gone = exited(child, 10_000);
      child.kill('SIGTERM');
      await gone;
    }
    await host.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}
