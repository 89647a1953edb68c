/**
 * The real API server in this process, over HTTP on 127.0.0.1 (a free port), on a real runtime
 * and an in-memory store watching a local World: for the API tests that need the server's own
 * clock (a FakeClock) or its handlers. Settings live in memory (what is written is what is read
 * next, as the settings file would); tokens are made as `ipwatch token create` does while the
 * runner runs (the server reads the file again at their first request).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { startApi, type RunningApi } from '../../electron/engine/api';
import type { Role } from '../../electron/engine/api/access/principal';
import { type Clock, systemClock } from '../../electron/engine/clock';
import { createLogger } from '../../electron/engine/logger';
import { createRuntime, type Runtime } from '../../electron/engine/runtime';
import { openHistoryStore } from '../../electron/engine/store';
import { type Settings, settingsSchema } from '../../shared/settings';
import { createTokens } from './api-runner';
import { startWorld, type World } from './world';

export interface ApiServerOptions<K extends string> {
  /** The data folder's name prefix in the temp folder. */
  name: string;
  /** The server's clock (the tokens' creation time too). */
  clock?: Clock;
  /** A token of an older version in the data folder's api-token: the first admin token. */
  firstToken?: string;
  /** Settings on top of the world's (IPv6 is off). */
  settings?: Record<string, unknown>;
  /** What a settings write reports as applied live. */
  live?: string[];
  /** The built dashboard to serve at `/` (a stand-in: tests/helpers/web-dir.ts); absent: none. */
  staticDir?: string;
  /** Where the data folder is made (absent: the temp folder): /dev/shm spares a flood of sessions a disk sync each. */
  dataRoot?: string;
  /** Audit rows kept of each kind (the store's option; absent: the product's bound). */
  auditKindRows?: number;
  /** Tokens to make once the server runs: key, role and name (the key unless given). */
  tokens: readonly (readonly [key: K, role: Role, name?: string])[];
}

/** Whose request: a bearer token, a browser's session cookie (`name=value`), or nobody. */
export type ApiAuth = string | { cookie: string } | null;

export interface ApiCallInit {
  method?: string;
  json?: unknown;
  headers?: Record<string, string>;
}

export interface ApiServer<K extends string> {
  world: World;
  runtime: Runtime;
  api: RunningApi;
  dataDir: string;
  /** The settings as last written through the API. */
  settings(): Settings;
  /** Each made token's value by its key. */
  tokens: Record<K, string>;
  /** A request to /api/v1 + `p` (JSON body when `json` is given). */
  call(p: string, auth: ApiAuth, init?: ApiCallInit): Promise<Response>;
  close(): Promise<void>;
}

export const quietLogger = createLogger('test', { level: 'error', sink: () => undefined });

export async function startApiServer<K extends string>(o: ApiServerOptions<K>): Promise<ApiServer<K>> {
  const logger = quietLogger;
  const clock = o.clock ?? systemClock;
  const world = await startWorld();
  const dataDir = mkdtempSync(path.join(o.dataRoot ?? tmpdir(), `ipwatch-${o.name}-`));
  if (o.firstToken) writeFileSync(path.join(dataDir, 'api-token'), `${o.firstToken}\n`, { mode: 0o600 });
  let settings = settingsSchema.parse({
    ...world.settings(),
    monitor: { ...world.settings().monitor, ipv6: false },
    ...o.settings,
  });
  const store = await openHistoryStore({
    dataDir: ':memory:',
    clock: systemClock,
    logger,
    ...(o.auditKindRows ? { auditKindRows: o.auditKindRows } : {}),
  });
  const runtime = createRuntime({ settings, store, logger, version: 'test' });
  await runtime.start();
  const api = await startApi({
    services: runtime.services,
    settings: {
      read: async () => ({ settings, envOverrides: [] }),
      write: async (next) => {
        settings = next;
        return { ok: true, live: o.live ?? [], restart: [] };
      },
    },
    api: { ...settings.api, port: 0 },
    dataDir,
    logger,
    version: 'test',
    clock,
    ...(o.staticDir ? { staticDir: o.staticDir } : {}),
  });
  const values = await createTokens(
    dataDir,
    o.tokens.map(([key, role, name = key]) => [name, role] as const),
    clock.now(),
  );
  const tokens = Object.fromEntries(o.tokens.map(([key], i) => [key, values[i]!])) as Record<K, string>;
  return {
    world,
    runtime,
    api,
    dataDir,
    settings: () => settings,
    tokens,
    call: (p, auth, init = {}) =>
      fetch(`${api.url}/api/v1${p}`, {
        method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
        headers: {
          ...(typeof auth === 'string' ? { authorization: `Bearer ${auth}` } : auth ? { cookie: auth.cookie } : {}),
          ...(init.json !== undefined ? { 'content-type': 'application/json' } : {}),
          ...init.headers,
        },
        ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
      }),
    async close() {
      await api.close();
      await runtime.close();
      await world.close();
      // A folder made elsewhere (in memory) is not the temp folder's to clean: removed here.
      if (o.dataRoot) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The error message in words of a refused request. */
export const errorMessage = async (res: Response) =>
  ((await res.json()) as { error: { message: string } }).error.message;
