/**
 * The local HTTP API on fastify: the contract's routes under /api/v1 (routes.ts), its
 * OpenAPI document at /api/v1/openapi.json, server-sent events, /healthz, /metrics, the
 * browser sign-in, and the built dashboard at `/`. Every route declares who may call it
 * (route-access.ts); every one but /healthz, the sign-in and the dashboard's files needs a token
 * (bearer, or the session cookie a sign-in gives) whose role reaches it (auth-hook.ts); a request
 * from another site's page is refused, and a path not in canonical form (request-target.ts).
 * Every answer carries the headers of headers.ts; each route takes a body of its own bound
 * (body-limits.ts), refused before it is read; every request and connection has its time, and
 * every address its share of the connections (connection-bounds.ts).
 */
import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

import { API_BASE, ApiError, type ApiHandlers, type AppStatus, EVENTS_PATH } from '../../../shared/contract';
import type { ApiSettings } from '../../../shared/settings/api';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { certificateNames, type TlsPair } from '../tls';
import { loopbackHost } from './access/guards';
import { refuseBadHost } from './access/host-header';
import { type DeclaredRoute, requireAccess, requirePrincipal } from './access/route-access';
import type { RefusalLog } from './audit/refusals';
import type { SignInLog } from './audit/sign-in-log';
import { registerBadgeRoute } from './badge/badge-route';
import { registerDashboard } from './dashboard/dashboard-route';
import { followDiscordSessions } from './discord-sign-in/follow';
import { type DiscordSignInConfig, registerDiscordSignIn } from './discord-sign-in/routes';
import { registerAuth } from './door/auth-hook';
import { bodyLimitOf, DEFAULT_BODY_BYTES, tooLargeWords } from './door/body-limits';
import { securityHeaders } from './door/headers';
import { refuseNonCanonical } from './door/request-target';
import type { HostLinks } from './host-proof/host-link';
import { registerHostLinkRoutes } from './host-proof/host-link-route';
import { HOST_PROOF_HEADER, type HostProof } from './host-proof/host-proof';
import { registerHostProofRoute } from './host-proof/host-proof-route';
import { capConnections, connectionBounds, fastifyTimeouts } from './limits/connection-bounds';
import { dualServerFactory, listen } from './listen';
import type { Metrics } from './metrics/metrics';
import { openapiDocument } from './openapi/openapi-doc';
import { registerContractRoutes } from './routes';
import { schemaController } from './schema-compilers';
import { readCookie } from './sessions/cookies';
import { type SessionStore, sessionMaxAgeMs } from './sessions/sessions';
import type { EventFeed } from './streams/events';
import { MAX_SSE_CLIENTS, SSE_BUSY_WORDS, streamEvents } from './streams/sse';
import { createStreamRegistry, streamHolder, type StreamRegistry } from './streams/streams';
import { bearer } from './tokens/auth';
import { hashToken } from './tokens/token-file';
import type { AuditWrite, TokenStore } from './tokens/tokens';

export { SESSION_PATH } from './door/auth-hook';
export const OPENAPI_PATH = `${API_BASE}/openapi.json`;

export interface ApiServerOptions {
  handlers: ApiHandlers;
  feed: EventFeed;
  status: () => AppStatus;
  /** The time since the newest check ended, on the monotonic clock; null before the first (GET /healthz). */
  lastCheckAgeMs: () => number | null;
  /** Fed with engine events by whoever built it (before the monitor starts, so no event is missed). */
  metrics: Metrics;
  /** The API tokens (tokens.ts) and browser sessions (sessions.ts) that sign requests in. */
  tokens: TokenStore;
  sessions: SessionStore;
  /** Lets an admin token make dangerous changes from the CLI on this host (host-proof.ts). */
  hostProof: HostProof;
  /** One-time links that confirm a browser session at this host (host-link.ts, ipwatch open). */
  hostLinks: HostLinks;
  /** The audit log (sign-ins, sign-outs, and the CLI's token changes). */
  audit: AuditWrite;
  /** Refused changes in the audit log, a loop counted on one row (refusals.ts). */
  refusals?: RefusalLog;
  /** Token sign-ins in the audit log, a loop counted on one row (sign-in-log.ts). */
  signIns: SignInLog;
  /** Sign in with Discord's configuration in force, read at each sign-in (discord-sign-in/); absent or null: off. */
  discordSignIn?: () => Promise<DiscordSignInConfig | null>;
  /** The largest file an import or restore may upload. */
  maxUploadBytes: number;
  settings: Pick<ApiSettings, 'port' | 'lan' | 'sessionHours'> &
    Partial<Pick<ApiSettings, 'badge' | 'badgeAddress' | 'allowPlainHttp' | 'requestTimeoutSec'>>;
  /** With `lan`: the pair served over HTTPS (listen.ts); loopback stays plain HTTP. */
  tls?: TlsPair | null;
  version: string;
  clock: Pick<Clock, 'now' | 'monotonic'>;
  logger: Logger;
  /** The built dashboard (out/renderer); absent or missing: `/` says how to build it. */
  staticDir?: string | null;
  /** Masks secrets in events on their way out. */
  redact?: <T>(v: T) => T;
}

export interface ApiServer {
  app: FastifyInstance;
  /** Every route the router holds, each method apart, with the access it declared. */
  routes(): readonly DeclaredRoute[];
  /** Binds (loopback, or every interface with `lan`) and resolves with the address. */
  listen(): Promise<{ url: string; host: string; port: number }>;
  close(): Promise<void>;
}

const fail = (reply: FastifyReply, status: number, code: string, message: string) =>
  reply.code(status).send({ error: { code, message } });

export async function createApiServer(opts: ApiServerOptions): Promise<ApiServer> {
  // What the certificate served now holds: the names the door answers to over TLS (guards.ts).
  const lanTls = opts.settings.lan ? (opts.tls ?? null) : null;
  let certified = lanTls && certificateNames(lanTls.cert);
  const bounds = connectionBounds(opts.settings.requestTimeoutSec);
  const app = Fastify({
    logger: false,
    // Every request and connection has its time, and every address its share (connection-bounds.ts).
    ...fastifyTimeouts(bounds),
    // Each route has a bound of its own (body-limits.ts); this one is for whatever has none.
    bodyLimit: DEFAULT_BODY_BYTES,
    trustProxy: false,
    // A stop must not wait for a browser's keep-alive connections to go idle.
    forceCloseConnections: true,
    schemaController,
    // A path the router cannot decode (a broken percent escape) is refused before any hook runs.
    // It answers before every hook, so it sets the answers' headers itself.
    frameworkErrors: (err, req, reply) => {
      guardHeaders(req, reply);
      void fail(reply, 400, 'not_canonical', `the request path is not in canonical form: ${err.message}`);
    },
    ...(lanTls
      ? {
          serverFactory: dualServerFactory(
            lanTls,
            opts.settings.allowPlainHttp ?? false,
            (cert) => {
              certified = certificateNames(cert);
            },
            bounds,
          ),
        }
      : {}),
  });
  capConnections(app.server);
  // First of every hook: every answer's headers, then no code sees a path the router would read another way.
  guardAnswers(app, opts.maxUploadBytes);
  refuseNonCanonical(app);
  refuseBadHost(app);
  const routes = requireAccess(app);
  await app.register(fastifyCookie);
  // Before the door: a Discord session's role follows the sign-in settings and the member.
  const follower = followDiscordSessions(app, { ...opts, discord: opts.discordSignIn ?? (async () => null) });
  // The CLI's proof that it runs on this host (host-proof.ts): for its calls and its token sign-ins.
  const onHost = (req: FastifyRequest) =>
    opts.hostProof.holds(req.headers[HOST_PROOF_HEADER], req.socket.remoteAddress);
  const door = await registerAuth(app, { ...opts, onHost, certified: () => certified });
  requirePrincipal(app, (req) =>
    opts.logger.error('a route ran without a principal; refused', { method: req.method, route: req.routeOptions.url }),
  );
  answerErrors(app, opts.logger);
  // Every route the OpenAPI document describes; it registers them again on an instance of its
  // own at the document's first read (openapi-doc.ts), so the server holds no copy for it.
  const registerRoutes = (a: FastifyInstance) => {
    door.routes(a);
    registerDiscordSignIn(a, {
      ...opts,
      discord: opts.discordSignIn ?? (async () => null),
      maxAgeMs: sessionMaxAgeMs(opts.settings.sessionHours),
      onFailure: (req) => void door.signInFailed(req),
      locked: (req) => door.locked(req),
    });
    registerContractRoutes(a, opts.handlers, {
      clock: opts.clock,
      onHost,
      sidOf: (cookie) => opts.sessions.sidOf(cookie),
      hostConfirmed: (req) => opts.hostLinks.confirmed(opts.sessions.sidOf(readCookie(req, 'session'))),
      ...(opts.refusals ? { refusals: opts.refusals } : {}),
    });
    registerBadgeRoute(a, opts);
    registerHostProofRoute(a, opts.hostProof);
    registerHostLinkRoutes(a, { ...opts, links: opts.hostLinks });
    registerStatusRoutes(a, opts, document, streams);
  };
  const document = cachedDocument(() => openapiDocument({ version: opts.version, registerRoutes }));
  // Open event streams: one registry, on the server (the document's instance serves none).
  const streams = createStreamRegistry({ ...opts, sweep: (sids) => follower.sweep(sids) });
  registerRoutes(app);
  await registerDashboard(app, opts.staticDir ?? null);

  return {
    app,
    routes,
    listen: () => listen(app, opts.settings, lanTls !== null),
    async close() {
      streams.close();
      opts.feed.close();
      await app.close();
    },
  };
}

/**
 * The OpenAPI document, made at its first read and kept as its JSON text (issue 58): making it
 * takes over 100 ms of the event loop, and the routes it describes do not change while the
 * server runs. A make that failed is tried again at the next read.
 */
function cachedDocument(make: () => Promise<unknown>): () => Promise<string> {
  let text: Promise<string> | null = null;
  return () =>
    (text ??= make()
      .then((doc) => JSON.stringify(doc))
      .catch((err: unknown) => {
        text = null;
        throw err;
      }));
}

/** The headers of headers.ts on this answer's raw response (TLS read from the socket, never a header). */
function guardHeaders(req: FastifyRequest, reply: FastifyReply): void {
  const tls = (req.raw.socket as { encrypted?: boolean } | undefined)?.encrypted === true;
  const headers = securityHeaders(tls, loopbackHost(req.headers.host));
  for (const [name, value] of Object.entries(headers)) reply.raw.setHeader(name, value);
}

/**
 * Before anything else: every answer gets the headers of headers.ts, set on the raw response so
 * that a hijacked one (the event stream) and a refusal at the door carry them too (an answer's own
 * header of the same name, as the Discord sign-in's page sets its policy, still wins); and each
 * route is given its body bound (body-limits.ts) unless it set one itself.
 */
function guardAnswers(app: FastifyInstance, maxUploadBytes: number): void {
  app.addHook('onRequest', async (req, reply) => guardHeaders(req, reply));
  app.addHook('onRoute', (route) => {
    const contractMethod = (route.config as { contractMethod?: string } | undefined)?.contractMethod;
    route.bodyLimit ??= bodyLimitOf({ url: route.url, contractMethod }, maxUploadBytes);
  });
}

/** Every failure as `{ error: { code, message } }`: bad input 400, refusals as the handler said, the rest 500 (logged). */
function answerErrors(app: FastifyInstance, logger: Logger): void {
  app.setErrorHandler((err, req, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = err.validation.map((v) => ({
        path: v.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(root)',
        message: v.message ?? 'invalid',
      }));
      return reply.code(400).send({
        error: { code: 'invalid_input', message: issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues },
      });
    }
    if (err instanceof ApiError) return fail(reply, err.status, err.code, err.message);
    const e = err as Error & { statusCode?: number; code?: string };
    if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return fail(reply, 413, 'too_large', tooLargeWords(req.routeOptions.bodyLimit ?? DEFAULT_BODY_BYTES));
    if (e.statusCode !== undefined && e.statusCode >= 400 && e.statusCode < 500)
      return fail(reply, e.statusCode, 'bad_request', e.message);
    logger.error('API request failed', { method: req.method, url: req.url.split('?')[0], error: String(err) });
    return fail(reply, 500, 'internal', 'the request failed; the log says why');
  });
}

/**
 * The event stream, /healthz, /metrics and the OpenAPI document (made at its first read). Each stream is
 * kept in `streams` with who opened it: ended when the server closes (a browser's EventSource
 * never ends its own) and when that principal no longer stands (streams.ts).
 */
function registerStatusRoutes(
  app: FastifyInstance,
  opts: ApiServerOptions,
  document: () => Promise<string>,
  streams: StreamRegistry,
): void {
  app.get(
    `${API_BASE}${EVENTS_PATH}`,
    { schema: { summary: 'Live events (server-sent events)', tags: ['events'] }, config: { access: 'read' } },
    (req, reply) => {
      const holder = streamHolder(req.principal, {
        sid: () => opts.sessions.sidOf(readCookie(req, 'session')),
        tokenHash: () => {
          const value = bearer(req.headers.authorization);
          return value === null ? null : hashToken(value);
        },
      });
      if (!holder) return void fail(reply, 401, 'unauthorized', 'sign in to follow the live events');
      // The principal's own oldest goes first (streams.ts), so only other principals fill the rest.
      streams.makeRoom(holder.principal);
      if (streams.size >= MAX_SSE_CLIENTS) return void fail(reply, 503, 'busy', SSE_BUSY_WORDS);
      const forget = streams.add(holder, streamEvents(req, reply, opts.feed, opts.redact));
      req.raw.on('close', forget);
    },
  );
  const health = { summary: 'Liveness and the age of the last check', tags: ['health'] };
  app.get('/healthz', { schema: health, config: { access: 'public' } }, async () => {
    const s = opts.status();
    const last = Math.max(0, ...Object.values(s.families).map((f) => f.lastCheck?.at ?? 0));
    // The age on the monotonic clock: a wall step must not make a container's health check see a stale monitor.
    const ageMs = opts.lastCheckAgeMs();
    return {
      ok: true,
      version: opts.version,
      paused: s.pausedSince !== null,
      lastCheckAt: last || null,
      lastCheckAgeSec: ageMs === null ? null : Math.round(ageMs / 1000),
    };
  });
  app.get(
    '/metrics',
    {
      schema: {
        summary: 'Prometheus metrics',
        description: 'Role: any (a metrics token is made for it).',
        tags: ['health'],
      },
      config: { access: 'metrics' },
    },
    async (_req, reply) => reply.type('text/plain; version=0.0.4; charset=utf-8').send(await opts.metrics.text()),
  );
  app.get(OPENAPI_PATH, { schema: { hide: true }, config: { access: 'read' } }, async (_req, reply) =>
    reply.type('application/json; charset=utf-8').send(await document()),
  );
}
