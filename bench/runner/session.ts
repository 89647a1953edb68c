/**
 * One built headless runner as a user runs it (`npm run headless`: the build:headless bundle
 * under plain node, the store on disk in its data folder), watching both families through
 * the local HTTP echo sources only (127.0.0.1 and ::1), its API on a free port, hosted in another process so the
 * fakes' CPU is never the runner's. Its `--json` stdout is parsed into events the bench can
 * wait for. withRunner() always stops the runner (SIGTERM, then SIGKILL), the world host,
 * and removes the data folder, whatever the bench did.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { TOKEN_FILE } from '../../electron/engine/api/tokens/auth';
import type { AppStatus } from '../../shared/contract';
import type { WorldOptions } from '../../tests/helpers/world';
import { exited, onJsonEvents } from '../engine/processes';
import { REPO_ROOT, type RemoteWorld, startWorldHost } from '../engine/remote-world';
import { buildRunner, runnerFile } from '../engine/rss';

export interface RunnerEvent {
  type: string;
  family?: 4 | 6;
  /** Of the `api` event: where the API listens. */
  url?: string;
  /** performance.now() when the line arrived. */
  seenAt: number;
}

export interface RunnerSession {
  pid: number;
  world: RemoteWorld;
  intervalSec: number;
  /** performance.now() when the runner was spawned. */
  startedAt: number;
  /** Every event seen so far, in order. */
  events: RunnerEvent[];
  /** The next event matching `pred` that arrives after this call. */
  next(pred: (e: RunnerEvent) => boolean, timeoutMs: number): Promise<RunnerEvent>;
  /** Resolves when events of `type` for both families have arrived after this call (one tick). */
  both(type: 'check' | 'change', timeoutMs: number): Promise<number>;
  /** GET /api/v1/status from the runner's own API (its token from the data folder): what the dashboard shows. */
  status(): Promise<AppStatus>;
  /** Where the runner's API listens and its token, once its `api` event has come. */
  api(): Promise<{ url: string; token: string }>;
}

/** What a configuration adds to the runner: settings beside the sources and interval, node flags (diagnosis only). */
export interface RunnerExtras {
  settings?: Record<string, unknown>;
  nodeArgs?: readonly string[];
}

/** The bundle is built once per bench process: every session runs the same file. */
let built: Promise<string> | undefined;
const ensureBuilt = () =>
  // BENCH_RUNNER_FILE measures another bundle as is (e.g. an older build, for an A/B run).
  (built ??= process.env['BENCH_RUNNER_FILE']
    ? Promise.resolve(process.env['BENCH_RUNNER_FILE'])
    : buildRunner().then(runnerFile));

function readEvents(child: ChildProcess, onEvent: (e: RunnerEvent) => void): () => string {
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  // A copy of the runner's stdout (e.g. what --trace-gc prints) for diagnosis.
  const copy = process.env['BENCH_RUNNER_STDOUT_FILE'];
  if (copy) child.stdout?.pipe(createWriteStream(copy));
  onJsonEvents(child, (e) => {
    if (typeof e.type === 'string')
      onEvent({
        type: e.type,
        family: e.family === 4 || e.family === 6 ? e.family : undefined,
        url: typeof e.url === 'string' ? e.url : undefined,
        seenAt: performance.now(),
      });
  });
  return () => stderr;
}

async function getStatus(api: { url: string; token: string }): Promise<AppStatus> {
  const res = await fetch(`${api.url}/api/v1/status`, { headers: { authorization: `Bearer ${api.token}` } });
  if (!res.ok) throw new Error(`runner status: HTTP ${res.status}`);
  return (await res.json()) as AppStatus;
}

interface SessionInit {
  world: RemoteWorld;
  intervalSec: number;
  startedAt: number;
  dir: string;
}

function session(child: ChildProcess, init: SessionInit): RunnerSession {
  const { world, intervalSec, startedAt } = init;
  const events: RunnerEvent[] = [];
  const listeners = new Set<(e: RunnerEvent) => void>();
  const stderr = readEvents(child, (e) => {
    events.push(e);
    for (const l of [...listeners]) l(e);
  });
  const next = (pred: (e: RunnerEvent) => boolean, timeoutMs: number) =>
    new Promise<RunnerEvent>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        listeners.delete(listener);
        child.off('exit', onExit);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`runner: no awaited event within ${timeoutMs} ms; stderr: ${stderr()}`));
      }, timeoutMs);
      const onExit = (code: number | null) => {
        done();
        reject(new Error(`runner exited (${code}); stderr: ${stderr()}`));
      };
      const listener = (e: RunnerEvent) => {
        if (!pred(e)) return;
        done();
        resolve(e);
      };
      listeners.add(listener);
      child.once('exit', onExit);
    });
  const both = async (type: 'check' | 'change', timeoutMs: number) => {
    const seen = new Set<number>();
    const e = await next((ev) => ev.type === type && !!ev.family && seen.add(ev.family).size === 2, timeoutMs);
    return e.seenAt;
  };
  // The API starts listening a moment after monitoring does, on a port of its own choosing: its `api` event says where.
  const isApi = (e: RunnerEvent) => e.type === 'api' && !!e.url;
  let apiAt: Promise<{ url: string; token: string }> | undefined;
  const api = () =>
    (apiAt ??= (async () => ({
      url: (events.find(isApi) ?? (await next(isApi, 30_000))).url!,
      token: (await readFile(join(init.dir, TOKEN_FILE), 'utf8')).trim(),
    }))());
  const status = () => api().then(getStatus);
  return { pid: child.pid ?? NaN, world, intervalSec, startedAt, events, next, both, status, api };
}

/**
 * Runs `body` against a fresh runner (settings: HTTP sources of both families, `intervalSec`,
 * defaults else, and `extras.settings` beside them), its sources' servers as `world` says (how
 * long they keep idle connections).
 */
export async function withRunner<T>(
  intervalSec: number,
  world: WorldOptions,
  body: (s: RunnerSession) => Promise<T>,
  extras: RunnerExtras = {},
): Promise<T> {
  const file = await ensureBuilt();
  const host = await startWorldHost();
  const dir = await mkdtemp(join(tmpdir(), 'ipwatch-bench-runner-'));
  let child: ChildProcess | undefined;
  try {
    const remote = await host.create(world);
    const custom = remote.sources.filter((s) => s.kind === 'http');
    // Port 0: a free one, so the runner's API never meets a real IPWatch on 8787.
    const settings = {
      ...extras.settings,
      monitor: { intervalSec },
      sources: { builtIn: false, custom },
      api: { port: 0 },
    };
    await writeFile(join(dir, 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
    const startedAt = performance.now();
    // BENCH_RUNNER_NODE_ARGS adds node flags to the runner only (e.g. `--cpu-prof --heapsnapshot-signal=SIGUSR2`).
    const nodeArgs = [
      ...(extras.nodeArgs ?? []),
      ...(process.env['BENCH_RUNNER_NODE_ARGS'] ?? '').split(' ').filter(Boolean),
    ];
    child = spawn(process.execPath, [...nodeArgs, file, '--data-dir', dir, '--json'], {
      cwd: REPO_ROOT,
      // Nothing leaves the machine: no router is asked here (the lab's lanes, bench/lab, bring one).
      env: { ...process.env, IPWATCH_ROUTER: 'off' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return await body(session(child, { world: remote, intervalSec, startedAt, dir }));
  } finally {
    if (child) {
      const gone = exited(child, 10_000); // SIGKILLs it when SIGTERM has not ended it in 10 s
      child.kill('SIGTERM');
      await gone;
    }
    await host.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}
