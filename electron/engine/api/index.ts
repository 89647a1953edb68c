/**
 * electron/engine/api: the local API. It owns the contract's implementation for every
 * transport (service.ts; the app's IPC handlers call it too), the live event feed, and the
 * HTTP server (fastify): REST under /api/v1 derived from shared/contract/index.ts, its OpenAPI
 * document, SSE, /healthz, /metrics, the token and the browser sign-in, and the dashboard's
 * static files. Plain Node; it sees the running instance only through the runtime's services
 * (../services.ts) and the settings through the access it is given.
 */
import path from 'node:path';

import type { ApiHandlers } from '../../../shared/contract';
import type { ApiSettings } from '../../../shared/settings/api';
import { type Clock, systemClock } from '../clock';
import type { Logger } from '../logger';
import type { Redactor } from '../secrets/redact';
import { processSecrets, type SecretSource } from '../secrets/resolve';
import type { Services } from '../services';
import { loadApiToken } from './auth';
import { createEventFeed, type EventFeed } from './events';
import type { FirstRunMark } from './first-run';
import { createMetrics, type Metrics } from './metrics';
import { createApiServer } from './server';
import { createApiService } from './service';
import type { SettingsAccess } from './settings-access';

export { createApiService } from './service';
export { callMethod, type CallResult } from './call';
export { createEventFeed } from './events';
export type { FirstRunMark } from './first-run';
export type { SettingsAccess, SettingsWriteOutcome } from './settings-access';

export interface StartApiOptions {
  /** The running instance: its monitor and its history. */
  services: Pick<Services, 'monitor' | 'history' | 'features'>;
  settings: SettingsAccess;
  api: ApiSettings;
  /** Where the generated token and manual backups live; null for a store without a folder. */
  dataDir: string | null;
  logger: Logger;
  version: string;
  clock?: Clock;
  redactor?: Redactor;
  secrets?: SecretSource;
  /** The built dashboard to serve at `/` (out/renderer). */
  staticDir?: string | null;
  /** Whether the data folder still waits for its first-run steps (the dashboard shows them). */
  firstRun?: FirstRunMark;
}

export interface RunningApi {
  url: string;
  port: number;
  handlers: ApiHandlers;
  feed: EventFeed;
  close(): Promise<void>;
}

/** The contract's handlers and live feed on the running instance: what any transport needs. */
export function createApiCore(o: Omit<StartApiOptions, 'api' | 'secrets' | 'staticDir' | 'redactor'>) {
  const clock = o.clock ?? systemClock;
  const { monitor, history } = o.services;
  const handlers = createApiService({
    monitor,
    history,
    settings: o.settings,
    backupsDir: o.dataDir === null ? null : path.join(o.dataDir, 'backups'),
    clock,
    logger: o.logger,
    version: o.version,
    ...(o.firstRun ? { firstRun: o.firstRun } : {}),
    features: o.services.features,
  });
  const feed = createEventFeed({
    on: (l) => monitor.on(l),
    channels: () => monitor.status().notifications,
    clock,
  });
  return { handlers, feed, clock };
}

/** Starts the HTTP API; rejects (and leaves nothing open) when the token or the port cannot be had. */
export async function startApi(o: StartApiOptions): Promise<RunningApi> {
  const logger = o.logger.child('api');
  // Counting starts now, before the first check, whatever the server then takes to start.
  const metrics = createMetrics(() => o.services.monitor.status(), o.version);
  const offMetrics = o.services.monitor.on((e) => metrics.observe(e));
  try {
    return await serve(o, logger, metrics, offMetrics);
  } catch (err) {
    offMetrics();
    throw err;
  }
}

async function serve(
  o: StartApiOptions,
  logger: Logger,
  metrics: Metrics,
  offMetrics: () => void,
): Promise<RunningApi> {
  if (o.dataDir === null && o.api.token === undefined)
    throw new Error('api.token must be set when there is no data folder to keep a generated one in');
  const token = await loadApiToken(o.dataDir ?? '', o.api.token, o.secrets ?? processSecrets);
  o.redactor?.add([token.value]);
  const { handlers, feed, clock } = createApiCore({ ...o, logger });
  const server = await createApiServer({
    handlers,
    feed,
    status: () => o.services.monitor.status(),
    metrics,
    token: token.value,
    maxUploadBytes: o.services.history.maxImportBytes,
    settings: o.api,
    version: o.version,
    clock,
    logger,
    staticDir: o.staticDir ?? null,
    ...(o.redactor ? { redact: <T>(v: T): T => o.redactor!.deep(v) } : {}),
  });
  try {
    const { url, port } = await server.listen();
    logger.info('API listening', { url, token: token.from, lan: o.api.lan });
    return {
      url,
      port,
      handlers,
      feed,
      async close() {
        offMetrics();
        await server.close();
      },
    };
  } catch (err) {
    await server.close().catch(() => undefined);
    throw err;
  }
}
