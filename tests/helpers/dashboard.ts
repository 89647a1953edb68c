/**
 * The web dashboard as users run it: the built renderer (out/renderer) served by the real
 * headless runner with its API on a loopback port, watching the local sources of a World,
 * and Debian's chromium driven by playwright-core. Used by tests/e2e and bench/ui.ts.
 */
import { type ChildProcess, execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';

import { type Browser, chromium } from 'playwright-core';

import { cleanEnv, spawnHeadless } from './headless';
import { until } from './until';
import type { World } from './world';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const CHROMIUM = '/usr/bin/chromium';
/** A fixed token for tests: the API takes one given in the settings (at least 16 characters). */
export const TEST_TOKEN = 'e2e-token-0123456789abcdef';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Builds main, preload and renderer (out/), as `npm run build` does. */
export function buildRenderer(): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile('npx', ['electron-vite', 'build'], { cwd: ROOT, env: cleanEnv() }, (err, _out, stderr) =>
      err ? reject(new Error(`electron-vite build failed: ${stderr}`)) : resolve(),
    ),
  );
}

export const rendererBuilt = (): boolean => existsSync(path.join(ROOT, 'out/renderer/index.html'));

export interface Dashboard {
  url: string;
  child: ChildProcess;
  /** Output of the runner so far, for failure messages. */
  output(): string;
  /** Calls the API with the bearer token, as a script would. */
  api<T>(method: string, route: string, body?: unknown): Promise<T>;
  stop(): Promise<void>;
}

/** Writes settings.json (the World's sources, the API on a free port with TEST_TOKEN) once. */
export async function writeDashboardSettings(
  dir: string,
  world: World,
  port: number,
  extra: { monitor?: Record<string, unknown> } = {},
): Promise<void> {
  const settings = { ...world.settings(extra), api: { port, token: TEST_TOKEN } };
  await writeFile(path.join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
}

/** Starts the headless runner on `dir` and waits until its API answers /healthz. */
export async function startDashboard(dir: string, port: number): Promise<Dashboard> {
  const child = spawnHeadless(['--data-dir', dir, '--json']);
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  let exited = false;
  child.once('exit', () => (exited = true));
  await until(
    async () => {
      if (exited) throw new Error(`the runner exited before serving:\n${out}`);
      return fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
    },
    { timeoutMs: 20_000, everyMs: 50, what: `the API at ${url}` },
  );
  return {
    url,
    child,
    output: () => out,
    async api<T>(method: string, route: string, body?: unknown): Promise<T> {
      const res = await fetch(`${url}/api/v1${route}`, {
        method,
        headers: {
          authorization: `Bearer ${TEST_TOKEN}`,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    async stop() {
      if (exited) return;
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await gone;
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'], headless: true });
}
