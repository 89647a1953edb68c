/**
 * The local HTTP API on fastify: the contract's routes under /api/v1 (routes.ts), its
 * OpenAPI document at /api/v1/openapi.json, server-sent events, /healthz, /metrics, the
 * browser sign-in, and the built dashboard at `/`. Every route but /healthz, the sign-in
 * and the dashboard's static files needs the token (bearer, or the session cookie a
 * sign-in gives); a request from another site's page is refused.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';

import { API_BASE, ApiError, type ApiHandlers, type AppStatus, EVENTS_PATH } from '../../../shared/contract';
import type { ApiSettings } from '../../../shared/settings/api';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { TlsPair } from '../tls';
import { bearer, SESSION_COOKIE, sessionValid, sessionValue, tokenMatches } from './auth';
import { publicBadge, registerBadgeRoute } from './badge-route';
import { sendBuildId } from './build-id';
import type { EventFeed } from './events';
import { createSignInLimiter, crossSite, loopbackHost } from './guards';
import { dualServerFactory, listen } from './listen';
import type { Metrics } from './metrics';
import { openapiDocument } from './openapi-doc';
import { errorSchema, registerContractRoutes } from './routes';
import { schemaController } from './schema-compilers';
import { MAX_SSE_CLIENTS, SSE_BUSY_WORDS, streamEvents } from './sse';

export const SESSION_PATH = `${API_BASE}/session`;
export const OPENAPI_PATH = `${API_BASE}/openapi.json`;

export interface ApiServerOptions {
  handlers: ApiHandlers;
  feed: EventFeed;
  status: () => AppStatus;
  /** Fed with engine events by whoever built it (before the monitor starts, so no event is missed). */
  metrics: Metrics;
  token: string;
  /** The largest file an import or restore may upload. */
  maxUploadBytes: number;
  settings: Pick<ApiSettings, 'port' | 'lan' | 'sessionHours'> &
    Partial<Pick<ApiSettings, 'badge' | 'badgeAddress' | 'allowPlainHttp'>>;
  /** With `lan`: the pair served over HTTPS (listen.ts); loopback stays plain HTTP. */
  tls?: TlsPair | null;
  version: string;
  clock: Pick<Clock, 'now'>;
  logger: Logger;
  /** The built dashboard (out/renderer); absent or missing: `/` says how to build it. */
  staticDir?: string | null;
  /** Masks secrets in events on their way out. */
  redact?: <T>(v: T) => T;
}

export interface ApiServer {
  app: FastifyInstance;
  /** Binds (loopback, or every interface with `lan`) and resolves with the address. */
  listen(): Promise<{ url: string; host: string; port: number }>;
  close(): Promise<void>;
}

const fail = (reply: FastifyReply, status: number, code: string, message: string) =>
  reply.code(status).send({ error: { code, message } });

/** Everything outside these is the dashboard's static files: public code, no data. */
const guarded = (url: string) => url.startsWith('/api/') || url === '/metrics';

export async function createApiServer(opts: ApiServerOptions): Promise<ApiServer> {
  const app = Fastify({
    logger: false,
    // Uploads arrive base64 inside JSON, a third larger than the file.
    bodyLimit: Math.ceil(opts.maxUploadBytes * 1.4),
    trustProxy: false,
    // A stop must not wait for a browser's keep-alive connections to go idle.
    forceCloseConnections: true,
    schemaController,
    ...(opts.tls && opts.settings.lan
      ? { serverFactory: dualServerFactory(opts.tls, opts.settings.allowPlainHttp ?? false) }
      : {}),
  });
  const authed = (req: FastifyRequest) => {
    const given = bearer(req.headers.authorization);
    if (given !== null) return tokenMatches(given, opts.token);
    return sessionValid(req.cookies[SESSION_COOKIE], opts.token, opts.clock.now());
  };

  await app.register(fastifyCookie);
  guardRequests(app, opts, authed);
  answerErrors(app, opts.logger);
  const limiter = createSignInLimiter();
  // Every route the OpenAPI document describes; it registers them again on an instance of its
  // own when the document is read (openapi-doc.ts), so the server holds no copy for it.
  const registerRoutes = (a: FastifyInstance) => {
    registerSessionRoutes(a, opts, limiter, authed);
    registerContractRoutes(a, opts.handlers);
    registerBadgeRoute(a, opts);
    return registerStatusRoutes(a, opts, document);
  };
  const document = () =>
    openapiDocument({ version: opts.version, registerRoutes, listed: (url) => guarded(url) || url === '/healthz' });
  const endStreams = registerRoutes(app);
  await registerDashboard(app, opts.staticDir ?? null);

  return {
    app,
    listen: () => listen(app, opts.settings, !!opts.tls && opts.settings.lan),
    async close() {
      endStreams();
      opts.feed.close();
      await app.close();
    },
  };
}

/** Before any route: cross-site requests and foreign Host headers are refused, then the token or session is asked for. */
function guardRequests(app: FastifyInstance, opts: ApiServerOptions, authed: (req: FastifyRequest) => boolean): void {
  app.addHook('onRequest', async (req, reply) => {
    const url = req.url.split('?')[0]!;
    if (!guarded(url)) return;
    // The public badge is for other sites' pages: no token, and cross-site is what it is for.
    if (publicBadge(url, opts.settings) && (opts.settings.lan || loopbackHost(req.headers.host))) return;
    if (crossSite(req.headers)) return fail(reply, 403, 'cross_site', 'requests from other sites are refused');
    if (!opts.settings.lan && !loopbackHost(req.headers.host))
      return fail(reply, 403, 'host', 'this server answers to localhost and 127.0.0.1 only (api.lan is off)');
    if (url === SESSION_PATH || authed(req)) return;
    return reply
      .header('www-authenticate', 'Bearer')
      .code(401)
      .send({
        error: { code: 'unauthorized', message: 'sign in, or send the API token as "Authorization: Bearer <token>"' },
      });
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
    if (err instanceof ApiError) return fail(reply, err.status, 'refused', err.message);
    const e = err as Error & { statusCode?: number };
    if (e.statusCode !== undefined && e.statusCode >= 400 && e.statusCode < 500)
      return fail(reply, e.statusCode, 'bad_request', e.message);
    logger.error('API request failed', { method: req.method, url: req.url.split('?')[0], error: String(err) });
    return fail(reply, 500, 'internal', 'the request failed; the log says why');
  });
}

/** The event stream, /healthz, /metrics and the OpenAPI document (made at each read); returns what ends the open streams. */
function registerStatusRoutes(
  app: FastifyInstance,
  opts: ApiServerOptions,
  document: () => Promise<unknown>,
): () => void {
  // Open event streams, ended when the server closes (a browser's EventSource never ends its own).
  const streams = new Set<() => void>();
  app.get(
    `${API_BASE}${EVENTS_PATH}`,
    { schema: { summary: 'Live events (server-sent events)', tags: ['events'] } },
    (req, reply) => {
      if (streams.size >= MAX_SSE_CLIENTS) return void fail(reply, 503, 'busy', SSE_BUSY_WORDS);
      const end = streamEvents(req, reply, opts.feed, opts.redact);
      streams.add(end);
      req.raw.on('close', () => streams.delete(end));
    },
  );
  app.get('/healthz', { schema: { summary: 'Liveness and the age of the last check', tags: ['health'] } }, async () => {
    const s = opts.status();
    const last = Math.max(0, ...Object.values(s.families).map((f) => f.lastCheck?.at ?? 0));
    return {
      ok: true,
      version: opts.version,
      paused: s.pausedSince !== null,
      lastCheckAt: last || null,
      lastCheckAgeSec: last ? Math.round((opts.clock.now() - last) / 1000) : null,
    };
  });
  app.get('/metrics', { schema: { summary: 'Prometheus metrics', tags: ['health'] } }, async (_req, reply) =>
    reply.type('text/plain; version=0.0.4; charset=utf-8').send(await opts.metrics.text()),
  );
  app.get(OPENAPI_PATH, { schema: { hide: true } }, document);
  return () => {
    for (const end of streams) end();
    streams.clear();
  };
}

function registerSessionRoutes(
  app: FastifyInstance,
  opts: ApiServerOptions,
  limiter: ReturnType<typeof createSignInLimiter>,
  authed: (req: FastifyRequest) => boolean,
): void {
  const body = z.strictObject({ token: z.string().min(1).max(512) });
  const maxAgeSec = opts.settings.sessionHours * 3600;
  app.post(
    SESSION_PATH,
    {
      schema: {
        summary: 'Sign in with the token: sets the session cookie',
        tags: ['session'],
        body,
        response: { '4xx': errorSchema },
      },
    },
    async (req, reply) => {
      const now = opts.clock.now();
      const wait = limiter.waitMs(req.ip, now);
      if (wait > 0) {
        reply.header('retry-after', String(Math.ceil(wait / 1000)));
        return fail(reply, 429, 'too_many_attempts', 'too many failed sign-ins; try again later');
      }
      if (!tokenMatches((req.body as z.infer<typeof body>).token, opts.token)) {
        limiter.failed(req.ip, now);
        opts.logger.warn('failed API sign-in', { from: req.ip });
        return fail(reply, 401, 'unauthorized', 'wrong token');
      }
      limiter.succeeded(req.ip);
      const value = sessionValue(opts.token, now + maxAgeSec * 1000);
      reply.setCookie(SESSION_COOKIE, value, { httpOnly: true, sameSite: 'strict', path: '/', maxAge: maxAgeSec });
      return reply.code(204).send();
    },
  );
  app.get(SESSION_PATH, { schema: { summary: 'Signed in? 204 or 401', tags: ['session'] } }, async (req, reply) =>
    authed(req) ? reply.code(204).send() : fail(reply, 401, 'unauthorized', 'not signed in'),
  );
  app.delete(SESSION_PATH, { schema: { summary: 'Sign out', tags: ['session'] } }, async (_req, reply) =>
    reply.clearCookie(SESSION_COOKIE, { path: '/' }).code(204).send(),
  );
}

/** The built renderer at `/`, with index.html for the app's own routes; or a hint to build it. */
async function registerDashboard(app: FastifyInstance, dir: string | null): Promise<void> {
  const index = dir ? path.join(dir, 'index.html') : null;
  if (!dir || !index || !existsSync(index)) {
    app.get('/', { schema: { hide: true } }, async (_req, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send('IPWatch: the dashboard is not built (npm run build). The API is at /api/v1.\n'),
    );
    return;
  }
  sendBuildId(app, index, (url) => !guarded(url));
  await app.register(fastifyStatic, { root: dir, prefix: '/', index: 'index.html' });
  app.setNotFoundHandler((req, reply) => {
    if (req.method === 'GET' && !guarded(req.url.split('?')[0]!)) return reply.sendFile('index.html');
    return fail(reply, 404, 'not_found', `no route ${req.method} ${req.url.split('?')[0]}`);
  });
}
