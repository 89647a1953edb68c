/**
 * electron/engine/api: the local API. It owns the contract's implementation for every
 * transport (service.ts; the app's IPC handlers call it too), the live event feed, and the
 * HTTP server (fastify): REST under /api/v1 derived from shared/contract/index.ts, its OpenAPI
 * document, SSE, /healthz, /metrics, the token and the browser sign-in, and the dashboard's
 * static files. Plain Node; it sees the running instance only through the runtime's services
 * (../services.ts) and the settings through the access it is given. Its rooms, by concern: access/,
 * limits/, audit/, tokens/, sessions/, discord-sign-in/, door/, host-proof/, streams/, metrics/,
 * badge/, openapi/, dashboard/ (docs/architecture.md, "Inside api/").
 */
import https from 'node:https';
import path from 'node:path';

import type { FastifyInstance } from 'fastify';

import type { ApiHandlers, ApiServingStatus } from '../../../shared/contract';
import type { ApiSettings } from '../../../shared/settings/api';
import { everySite } from '../../../shared/sites-page';
import { type Clock, systemClock } from '../clock';
import type { Logger } from '../logger';
import type { Redactor } from '../secrets/redact';
import { processSecrets, type SecretSource } from '../secrets/resolve';
import type { MonitorService, Services } from '../services';
import { prepareTls, type ServingTls } from '../tls';
import type { DeclaredRoute } from './access/route-access';
import { createRefusalLog } from './audit/refusals';
import type { AuditRows } from './audit/repeated-rows';
import { createSignInLog } from './audit/sign-in-log';
import { openApiAuth } from './auth-setup';
import { liveDiscordSignIn } from './discord-sign-in/config';
import type { FirstRunMark } from './first-run';
import { secureOptions } from './listen';
import { createMetrics, type Metrics } from './metrics/metrics';
import { createApiServer } from './server';
import { createApiService } from './service';
import type { SessionStore } from './sessions/sessions';
import type { SettingsAccess } from './settings-access';
import { createEventFeed, type EventFeed } from './streams/events';

export { createApiService } from './service';
export { callMethod, type CallResult } from './call';
export { createEventFeed } from './streams/events';
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
  /** How it is served: the LAN certificate (its fingerprint) and plain HTTP on the LAN. */
  serving(): ApiServingStatus;
  /** Every route the server holds, each method apart, with the access it declared (route-access.ts). */
  routes(): readonly DeclaredRoute[];
  /** A request answered in this process through every hook and route, no socket (fastify's inject): floods in tests. */
  inject: FastifyInstance['inject'];
  close(): Promise<void>;
}

/** The contract's handlers and live feed on the running instance: what any transport needs. */
export function createApiCore(
  o: Omit<StartApiOptions, 'api' | 'secrets' | 'staticDir' | 'redactor'> & {
    /** The browser sessions the HTTP server signs in, for the list of signed-in browsers; none in the app. */
    sessions?: SessionStore;
  },
) {
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
    ...(o.sessions ? { sessions: o.sessions } : {}),
  });
  const feed = createEventFeed({
    on: (l) => monitor.on(l),
    ...(monitor.onSites ? { onSites: monitor.onSites.bind(monitor) } : {}),
    channels: () => monitor.status().notifications,
    clock,
  });
  return { handlers, feed, clock };
}

/** Starts the HTTP API; rejects (and leaves nothing open) when the token or the port cannot be had. */
export async function startApi(o: StartApiOptions): Promise<RunningApi> {
  const logger = o.logger.child('api');
  // Counting starts now, before the first check, whatever the server then takes to start.
  const metrics = createMetrics(
    () => o.services.monitor.status(),
    o.version,
    async () => (await everySite((q) => o.services.features.getSites(q, { actor: 'metrics' }))).sites,
  );
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
  const audit = (e: Parameters<Services['history']['audit']>[0]) => {
    try {
      o.services.history.audit(e);
    } catch (err) {
      logger.error('cannot write the audit log', { error: String(err) });
    }
  };
  // Refused changes and token sign-ins: a row each, a client's loop counted on one (repeated-rows.ts).
  const rows: AuditRows = {
    write: (e) => o.services.history.audit(e),
    redetail: (id, detail, repeated) => o.services.history.auditRedetail(id, detail, repeated),
  };
  const refusals = createRefusalLog(rows, o.clock ?? systemClock, logger);
  const signIns = createSignInLog(rows, o.clock ?? systemClock, logger);
  // The LAN is served over HTTPS (../tls); loopback alone stays plain HTTP, as it always was.
  const tls = o.api.lan
    ? await prepareTls({ files: o.api.tls, dataDir: o.dataDir, now: () => (o.clock ?? systemClock).now(), logger })
    : null;
  const serving = (): ApiServingStatus => ({
    tls: tls ? tls.facts() : null,
    plainHttpOnLan: o.api.lan && o.api.allowPlainHttp,
  });
  const monitor = withServing(o.services.monitor, serving);
  const auth = await openApiAuth({
    ...o,
    secrets: o.secrets ?? processSecrets,
    clock: o.clock ?? systemClock,
    logger,
    audit,
  });
  // The handlers list and revoke the server's own browser sessions.
  const { handlers, feed, clock } = createApiCore({
    ...o,
    services: { ...o.services, monitor },
    logger,
    sessions: auth.sessions,
  });
  // What signs requests in is closed again (the host proof removed) when the server cannot be made.
  const server = await createApiServer({
    handlers,
    feed,
    status: () => monitor.status(),
    lastCheckAgeMs: () => monitor.lastCheckAgeMs(),
    metrics,
    ...auth,
    audit,
    refusals,
    signIns,
    maxUploadBytes: o.services.history.maxImportBytes,
    settings: o.api,
    version: o.version,
    clock,
    logger,
    staticDir: o.staticDir ?? null,
    tls: tls?.pair() ?? null,
    discordSignIn: liveDiscordSignIn(
      () => o.settings.read(),
      o.secrets ?? processSecrets,
      `IPWatch/${o.version}`,
      logger,
    ),
    ...(o.redactor ? { redact: <T>(v: T): T => o.redactor!.deep(v) } : {}),
  }).catch(async (err: unknown) => {
    await auth.close();
    throw err;
  });
  const unfollow = followTls(tls, server.app.server);
  try {
    const { url, port } = await server.listen();
    // The CLI finds this runner by its data folder (host-proof.ts RUNNER_FILE), whatever its port.
    await auth.hostProof.listening(port);
    logger.info('API listening', { url, tokens: auth.from, lan: o.api.lan, ...servingFields(serving()) });
    return {
      url,
      port,
      handlers,
      feed,
      serving,
      routes: server.routes,
      inject: server.app.inject.bind(server.app),
      async close() {
        unfollow();
        offMetrics();
        await server.close();
        await auth.close();
      },
    };
  } catch (err) {
    unfollow();
    await server.close().catch(() => undefined);
    await auth.close();
    throw err;
  }
}

/** The monitor's status with how the API is served added (AppStatus's `api`). */
function withServing(m: MonitorService, serving: () => ApiServingStatus): MonitorService {
  return {
    status: () => ({ ...m.status(), api: serving() }),
    on: (l) => m.on(l),
    ...(m.onSites ? { onSites: (l: Parameters<NonNullable<MonitorService['onSites']>>[0]) => m.onSites!(l) } : {}),
    lastCheckAgeMs: () => m.lastCheckAgeMs(),
    checkNow: () => m.checkNow(),
    pause: () => m.pause(),
    resume: () => m.resume(),
    testChannel: (t) => m.testChannel(t),
    testSource: (i, s) => m.testSource(i, s),
  };
}

/** A changed api.tls pair goes to the HTTPS server without a restart; returns what stops following. */
function followTls(tls: ServingTls | null, server: unknown): () => void {
  if (!tls || !(server instanceof https.Server)) return () => undefined;
  return tls.follow((pair) => server.setSecureContext(secureOptions(pair)));
}

/** The log's fields about the certificate: what a person compares with the browser. */
function servingFields(s: ApiServingStatus): Record<string, unknown> {
  if (!s.tls) return {};
  return {
    fingerprint: s.tls.fingerprint,
    certificate: s.tls.generated ? 'made by IPWatch' : 'api.tls',
    notAfter: new Date(s.tls.notAfter).toISOString(),
    plainHttpOnLan: s.plainHttpOnLan,
  };
}
