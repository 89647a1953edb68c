/**
 * The real headless runner with its API on 127.0.0.1 (a free port), watching a local World:
 * for the API tests and the API bench. Requests carry the token from the data folder.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import YAML from 'yaml';

import type { Role } from '../../electron/engine/api/access/principal';
import { createToken, readTokens, withTokensLock, writeTokens } from '../../electron/engine/api/tokens/token-file';
import { cleanEnv, jsonLines, runnerCommand, spawnHeadless } from './headless';
import type { World } from './world';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ApiRunner {
  url: string;
  token: string;
  dataDir: string;
  child: ChildProcess;
  lines: ReturnType<typeof jsonLines>;
  /** Everything the runner logged so far. */
  stderr(): string;
  /** A request with the bearer token (unless `headers.authorization` says otherwise). */
  fetch(pathname: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
  /** Stops the runner (SIGTERM) and waits for it; `keep` leaves the data folder for a restart. */
  stop(keep?: boolean): Promise<number | null>;
}

export interface ApiRunnerOptions {
  /** The local sources it watches; none: the product's defaults (its built-in sources), for a runner with no way out. */
  world?: World;
  /** Settings on top of the world's (api.port is 0 unless given). */
  settings?: Record<string, unknown>;
  /** Reuse a data folder (a restart). */
  dataDir?: string;
  env?: Record<string, string>;
  /** The built runner (out/headless/index.js) instead of the source through tsx. */
  built?: string;
  /** More arguments for the runner (`--profile NAME`). */
  args?: string[];
  /** Runs the runner's command inside another (a network namespace's `Netns.exec`). */
  wrap?: (argv: readonly string[]) => { command: string; args: string[] };
}

export async function startApiRunner(o: ApiRunnerOptions): Promise<ApiRunner> {
  const dataDir = o.dataDir ?? mkdtempSync(path.join(tmpdir(), 'ipwatch-api-'));
  if (!o.dataDir) {
    const base = (o.world?.settings() ?? {}) as Record<string, unknown>;
    const extra = o.settings ?? {};
    const settings = { ...base, ...extra, api: { port: 0, ...(extra.api as object) } };
    writeFileSync(path.join(dataDir, 'settings.json'), JSON.stringify(settings, null, 2), { mode: 0o600 });
  }
  const args = ['--data-dir', dataDir, '--json', ...(o.args ?? [])];
  const env = cleanEnv({ IPWATCH_API: 'on', ...o.env });
  const wrapped = o.wrap?.([process.execPath, ...(o.built ? [o.built] : runnerCommand()), ...args]);
  const child = wrapped
    ? spawn(wrapped.command, wrapped.args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    : o.built
      ? spawn(process.execPath, [o.built, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawnHeadless(args, env);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const lines = jsonLines(child);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const died = exited.then((code) => {
    throw new Error(`the runner exited (${code}) before its API listened and its first check was done:\n${stderr}`);
  });
  const line = (pred: (l: Record<string, unknown>) => boolean) => Promise.race([lines.until(pred, 30_000), died]);
  const api = await line((l) => l.type === 'api');
  // The API listens while the first check may still be under way: wait for it, family by
  // family, so every test starts from a status that has addresses and a last check.
  // The base in force: settings.yaml when a test wrote one (YAML reads JSON too).
  const yaml = path.join(dataDir, 'settings.yaml');
  const base = existsSync(yaml) ? yaml : path.join(dataDir, 'settings.json');
  const { monitor = {} } = YAML.parse(readFileSync(base, 'utf8')) as {
    monitor?: { ipv4?: boolean; ipv6?: boolean };
  };
  const families = ([4, 6] as const).filter((f) => monitor[f === 4 ? 'ipv4' : 'ipv6'] !== false);
  for (const family of families) await line((l) => l.type === 'check' && l.family === family);
  const url = String(api.url);
  const token = readFileSync(path.join(dataDir, 'api-token'), 'utf8').trim();
  return {
    url,
    token,
    dataDir,
    child,
    lines,
    stderr: () => stderr,
    fetch(pathname, init = {}) {
      const { json, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (!headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
      if (json !== undefined) headers.set('content-type', 'application/json');
      return fetch(`${url}${pathname}`, {
        ...rest,
        headers,
        ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
      });
    },
    async stop(keep = false) {
      if (child.exitCode === null) child.kill('SIGTERM');
      const code = await exited;
      if (!keep) await rm(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}

/**
 * Makes tokens in a data folder as `ipwatch token create` does while the runner runs (under the
 * tokens file's lock; the runner reads the file again at their first request); their values, in
 * the order given.
 */
export async function createTokens(
  dataDir: string,
  made: readonly (readonly [name: string, role: Role])[],
  now = Date.now(),
): Promise<string[]> {
  return withTokensLock(dataDir, async () => {
    let list = (await readTokens(dataDir)) ?? [];
    const values: string[] = [];
    for (const [name, role] of made) {
      const change = createToken(list, name, role, now);
      if (!change.ok) throw new Error(change.error);
      list = change.tokens;
      values.push(change.value!);
    }
    await writeTokens(dataDir, list);
    return values;
  });
}

/**
 * Reads a server-sent event stream; `next` resolves with the first event (after those
 * already taken) that matches.
 */
export async function openEvents(runner: Pick<ApiRunner, 'fetch'>) {
  const controller = new AbortController();
  const res = await runner.fetch('/api/v1/events', { signal: controller.signal });
  if (!res.ok || !res.body) throw new Error(`events: HTTP ${res.status}`);
  const events: { type: string; data: Record<string, unknown>; receivedAt: number }[] = [];
  const waiters: (() => void)[] = [];
  const ended = (async () => {
    const decoder = new TextDecoder();
    let buf = '';
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buf += decoder.decode(chunk, { stream: true });
        let i: number;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (data) {
            const parsed = JSON.parse(data) as Record<string, unknown>;
            events.push({ type: String(parsed.type), data: parsed, receivedAt: Date.now() });
          }
          for (const w of waiters.splice(0)) w();
        }
      }
    } catch {
      // aborted by close()
    }
  })();
  let taken = 0;
  return {
    contentType: res.headers.get('content-type'),
    events,
    /** Resolves when the stream has ended (the server closed it, or close()). */
    ended,
    async next(pred: (e: (typeof events)[number]) => boolean, ms = 10_000) {
      const end = Date.now() + ms;
      for (;;) {
        const i = events.findIndex((e, k) => k >= taken && pred(e));
        if (i >= 0) {
          taken = i + 1;
          return events[i]!;
        }
        const left = end - Date.now();
        if (left <= 0)
          throw new Error(`no matching event within ${ms} ms; got ${JSON.stringify(events.map((e) => e.type))}`);
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, left);
          waiters.push(() => (clearTimeout(t), resolve()));
        });
      }
    },
    close: () => controller.abort(),
  };
}
