/**
 * electron/engine/api/door: what every request passes: the hook that decides who acts and whether
 * (auth-hook.ts), a refused Host's page (host-refusal.ts), the request target in canonical form
 * (request-target.ts), each route's body bound (body-limits.ts), the headers of every answer (headers.ts).
 *
 * The API's door (issue 50): who a request acts for, what its role may reach, and the limit on
 * wrong credentials. It decides from the route the router matched (route-access.ts: every route
 * declares its access), never from the URL string (issue 58). For every request, public routes,
 * the dashboard's files and unmatched paths included: cross-site requests are refused unless the
 * route declares why other sites reach it, and a Host header this server is not known by is
 * refused (guards.ts, hostAllowed: loopback names over plain HTTP on loopback, and with api.lan
 * the names the certificate holds over TLS);
 * then, for a route that is not public, a bearer token (tokens.ts) or a session cookie
 * (sessions.ts) becomes `req.principal`, and the route's access is checked against its role.
 * Wrong tokens and failed sign-ins count per client address (an IPv6 address's /64) with
 * @fastify/rate-limit: after 10 in a minute that address's sign-ins and guesses get 429 with
 * Retry-After until the minute ends, and so does the settings' token (checking a guessable one then
 * would tell a guesser when it hit); a token the CLI made still works (passesLimit: it cannot be
 * guessed). Other addresses are not touched by it, nor is a request holding this run's host proof
 * over loopback (the CLI): 127.0.0.1 is every local program's address, so another's wrong tokens
 * must not lock it out.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';

import { API_BASE } from '../../../../shared/contract';
import { english } from '../../../../shared/i18n/translators';
import type { Reason } from '../../../../shared/reason';
import type { ApiSettings } from '../../../../shared/settings/api';
import { actionWords } from '../../../../shared/words/actions';
import type { Clock } from '../../clock';
import type { Logger } from '../../logger';
import { inEnglish, reason } from '../../reason';
import type { HostNames } from '../../tls';
import {
  type Arrival,
  crossSite,
  crossSiteAllowed,
  hostAllowed,
  hostRefusedWords,
  loopbackAddress,
  refusedFor,
} from '../access/guards';
import type { Principal } from '../access/principal';
import { matchedAccess } from '../access/route-access';
import { type RefusalLog, refusalReason } from '../audit/refusals';
import type { SignInLog } from '../audit/sign-in-log';
import { monotonicLimitStore } from '../limits/limit-store';
import { sourceOf } from '../limits/per-source';
import type { Metrics } from '../metrics/metrics';
import { clearCookie, readCookie, setCookie } from '../sessions/cookies';
import type { SessionStore } from '../sessions/sessions';
import { seenAtSignIn } from '../sessions/user-agent';
import { bearer } from '../tokens/auth';
import { type AuditWrite, type EndedWhy, SETTINGS_TOKEN_ID, TOKEN_SESSION, type TokenStore } from '../tokens/tokens';
import { sendHostRefusedPage, wantsPage } from './host-refusal';

export const SESSION_PATH = `${API_BASE}/session`;
/** Wrong credentials allowed per client address and window before 429. */
export const AUTH_FAILURES_MAX = 10;
export const AUTH_FAILURES_WINDOW_MS = 60_000;
/**
 * Sources whose failures are kept (limit-store.ts). A home's devices are a few dozen;
 * 1,024 keeps every one of them and a scan of a /22, in about 100 KB. Past it the address used
 * longest ago is forgotten (it may try again early). A source (per-source.ts) holds one entry, so
 * forgetting one only ever forgives: it never counts against, or shuts out, anyone.
 */
export const MAX_AUTH_FAILURE_CLIENTS = 1024;
/** Why a metrics token gets no browser session: it is made for Prometheus, which sends it as a bearer. */
const NO_SESSION = reason('reason.audit.metricsNoSession');
export const METRICS_NO_SESSION_WORDS = inEnglish(NO_SESSION);

declare module 'fastify' {
  interface FastifyRequest {
    /** Who the request acts for; null on the routes anyone may reach. */
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    /** The contract method a route serves (routes.ts): what a refused row in the audit log names. */
    contractMethod?: string;
  }
}

export interface AuthOptions {
  tokens: TokenStore;
  sessions: SessionStore;
  settings: Pick<ApiSettings, 'lan'> & Partial<Pick<ApiSettings, 'badge' | 'badgeAddress'>>;
  /** The wall clock stamps; the limit on failures counts on the monotonic one. */
  clock: Pick<Clock, 'now' | 'monotonic'>;
  logger: Logger;
  metrics: Pick<Metrics, 'authFailure'>;
  /** A row in the audit log; `reason` its detail as a code. */
  audit: (e: Parameters<AuditWrite>[0] & { reason?: Reason }) => void;
  /** A refused change's row in the audit log (refusals.ts); absent: not written. */
  refusals?: RefusalLog;
  /** A token sign-in's row in the audit log, a loop counted on one (sign-in-log.ts). */
  signIns: SignInLog;
  /** The request holds this run's host proof over loopback (host-proof.ts); absent: never. */
  onHost?: (req: FastifyRequest) => boolean;
  /** What the certificate served now holds (api.lan over TLS); absent or null: none served. */
  certified?: () => HostNames | null;
}

/** How the request's connection arrived, from its socket: TLS, and loopback at either end. */
function arrivalOf(req: FastifyRequest, lan: boolean): Arrival {
  const socket = req.raw.socket as { encrypted?: boolean; localAddress?: string; remoteAddress?: string } | undefined;
  return {
    lan,
    tls: socket?.encrypted === true,
    loopback: loopbackAddress(socket?.localAddress) || loopbackAddress(socket?.remoteAddress),
  };
}

export interface Door {
  /** Registers the token sign-in routes (on the server, or the OpenAPI document's instance). */
  routes(a: FastifyInstance): void;
  /**
   * Counts a failed sign-in elsewhere (Discord's) against this address; resolves with the
   * seconds to wait when the address is now over the limit.
   */
  signInFailed(req: FastifyRequest): Promise<number>;
  /** The seconds this address must wait before any sign-in; 0: it may try. */
  locked(req: FastifyRequest): Promise<number>;
}

const fail = (reply: FastifyReply, status: number, code: string, message: string) =>
  reply.code(status).send({ error: { code, message } });

/** The actor the audit log names: who, as what, and how they proved it. */
export const actorOf = (p: Principal): string => `${p.name} (${p.role}, ${p.via})`;

/**
 * Whether a bearer token is taken while its address is over the limit on failures (issue 73).
 * The limit is there to slow guessing: it blocks sign-in attempts (POST /session, Discord's start)
 * and guesses, not a credential already valid. A token the CLI made is 256 random bits: no rate
 * of guessing finds one, so taking it while the address is limited tells a guesser nothing, and
 * a stranger at the owner's address (the same NAT, or every LAN client behind a reverse proxy on
 * this host) cannot shut out Prometheus or a script with wrong tokens. The settings' token
 * (`api.token`) is chosen by a person and may be guessable: it waits out the limit as a wrong
 * one does, so that a guesser cannot tell a hit from a miss while limited.
 */
export const passesLimit = (who: Principal | null): boolean => who !== null && who.id !== SETTINGS_TOKEN_ID;

/** Counts a wrong credential; resolves with the seconds to wait when this address is over the limit now. */
type FailureLimit = { locked(req: FastifyRequest): Promise<number>; failed(req: FastifyRequest): Promise<void> };

async function failureLimit(app: FastifyInstance, clock: AuthOptions['clock']): Promise<FailureLimit> {
  // Counters on the monotonic clock, at most MAX_AUTH_FAILURE_CLIENTS (limit-store.ts); the
  // limiter made here keeps a child store of its own, bounded the same.
  const store = monotonicLimitStore(() => clock.monotonic(), MAX_AUTH_FAILURE_CLIENTS);
  await app.register(rateLimit, { global: false, store });
  const limit = app.createRateLimit({
    max: AUTH_FAILURES_MAX,
    timeWindow: AUTH_FAILURES_WINDOW_MS,
    // One key per source, as the pending Discord sign-ins are kept (per-source.ts).
    keyGenerator: (req: FastifyRequest) => sourceOf(req.ip),
  });
  return {
    async locked(req) {
      const r = await limit(req, { increment: false });
      return !r.isAllowed && r.remaining === 0 ? Math.max(1, r.ttlInSeconds) : 0;
    },
    failed: async (req) => void (await limit(req)),
  };
}

/**
 * Who a session cookie acts for. A session made from a token lasts only while that token stands:
 * the tokens file is checked first (a stat; read only if the CLI moved it, which ends the sessions
 * of a revoked or rotated token), then the session is looked up again; a token gone, re-roled or
 * rotated while the runner was down ends its sessions here (the session keeps the mark of the
 * token's value: tokens.ts sessionMatches).
 */
async function sessionPrincipal(o: AuthOptions, cookie: string | undefined): Promise<Principal | null> {
  const first = o.sessions.lookup(cookie);
  if (!first?.id.startsWith(TOKEN_SESSION)) return first;
  const id = first.id.slice(TOKEN_SESSION.length);
  // The token's value at the sign-in must still be its value: a rotation ends the session (issue 59).
  const stands = await o.tokens.stands(id, first.role, undefined, {
    mark: first.tokenMark,
    signedInAt: first.signedInAt,
  });
  const who = o.sessions.lookup(cookie);
  if (!who || stands) return who;
  const n = await o.sessions.revokeAll(who.id);
  auditSessionsEnded(o.audit, { name: who.name, id }, 'gone', n);
  return null;
}

/**
 * The audit row of a token's browser sessions ended with it (`n` of them): revoked, rotated or
 * given another role by the CLI (auth-setup.ts), or found no longer standing here. Its detail as
 * a code (reasons-13), its English as before.
 */
export function auditSessionsEnded(
  audit: AuthOptions['audit'],
  t: { name: string; id: string },
  why: EndedWhy | 'gone',
  n: number,
): void {
  const coded = reason('reason.audit.tokenGone', {
    name: t.name,
    id: t.id,
    why: why === 'role changed' ? 'roleChanged' : why,
    count: n,
  });
  audit({
    actor: 'cli (on this host)',
    action: 'session.end',
    detail: inEnglish(coded),
    result: 'applied',
    reason: coded,
  });
}

/** Registers the door on every request; resolves with the sign-in routes and the failure count for other sign-ins. */
export async function registerAuth(app: FastifyInstance, o: AuthOptions): Promise<Door> {
  app.decorateRequest('principal', null);
  const limit = await failureLimit(app, o.clock);
  // The CLI with this run's host proof is not locked out by someone else's wrong tokens from its
  // address (127.0.0.1 is every local program's); its own wrong tokens still count.
  const lockedUnlessOnHost = async (req: FastifyRequest) => (o.onHost?.(req) ? 0 : limit.locked(req));
  const tooMany = (reply: FastifyReply, wait: number) => {
    o.metrics.authFailure('limited');
    reply.header('retry-after', String(wait));
    return fail(
      reply,
      429,
      'too_many_attempts',
      `too many wrong tokens or sign-ins from this address; try again in ${wait} s`,
    );
  };

  app.addHook('onRequest', async (req, reply) => {
    // The published badge (any page) and Discord's callback (a navigation) say why on their route.
    if (crossSite(req.headers) && !crossSiteAllowed(req.routeOptions.config?.crossSite, req.method, req.headers))
      return fail(reply, 403, 'cross_site', 'requests from other sites are refused');
    const arrival = arrivalOf(req, o.settings.lan);
    // A person opening the dashboard by that name reads why on a page; any other caller, the JSON.
    if (!hostAllowed(req.headers.host, arrival, o.certified?.() ?? null))
      return wantsPage(req.method, req.headers)
        ? sendHostRefusedPage(req, reply, 403, arrival)
        : fail(reply, 403, 'host', hostRefusedWords(arrival));
    // No route matched (the 404 handler: no data), or a public one: nobody to sign in.
    const access = matchedAccess(req);
    if (access === 'no-route' || access === 'public') return;
    if (access === 'undeclared')
      return fail(reply, 403, 'forbidden', `${req.method} ${req.routeOptions.url} declares no access: refused to all`);
    const given = bearer(req.headers.authorization);
    if (given !== null) {
      const who = await o.tokens.verify(given);
      const wait = passesLimit(who) ? 0 : await lockedUnlessOnHost(req);
      if (wait) return tooMany(reply, wait);
      req.principal = who;
      if (!req.principal) {
        await limit.failed(req);
        o.metrics.authFailure('wrong_token');
        o.logger.warn('wrong API token', { from: req.ip });
      }
    } else req.principal = await sessionPrincipal(o, readCookie(req, 'session'));
    if (!req.principal)
      return reply
        .header('www-authenticate', 'Bearer')
        .code(401)
        .send({
          error: { code: 'unauthorized', message: 'sign in, or send an API token as "Authorization: Bearer <token>"' },
        });
    const method = req.routeOptions.config?.contractMethod;
    const why = refusedFor(
      req.principal.role,
      access,
      `${req.method} ${req.routeOptions.url}`,
      actionWords(method, english),
    );
    if (why) {
      // A refused change or request outside leaves a row (a loop counts on one); a refused read does not.
      if (method && (access === 'write' || access === 'act'))
        o.refusals?.refused(actorOf(req.principal), method, why, refusalReason(req.principal.role, access, method));
      return fail(reply, 403, 'forbidden', why);
    }
  });
  return {
    routes: (a) => registerTokenSignIn(a, o, { ...limit, locked: lockedUnlessOnHost }, tooMany),
    async signInFailed(req) {
      await limit.failed(req);
      o.metrics.authFailure('failed_sign_in');
      return limit.locked(req);
    },
    locked: (req) => limit.locked(req),
  };
}

/**
 * Sign in with a token (a cookie of its role), whether signed in, and sign out; each sign-in and
 * sign-out is audited, one principal's sign-ins or sign-outs in a loop on one row (sign-in-log.ts). A metrics
 * token is refused a session (issue 58): it reads /metrics only, and its sign-ins made sessions
 * and audit rows for nothing it may read.
 */
function registerTokenSignIn(
  app: FastifyInstance,
  o: AuthOptions,
  limit: FailureLimit,
  tooMany: (reply: FastifyReply, wait: number) => FastifyReply,
): void {
  const body = z.strictObject({ token: z.string().check(z.minLength(1), z.maxLength(512)) });
  const signedIn = (req: FastifyRequest) => o.sessions.lookup(readCookie(req, 'session'));
  app.post(
    SESSION_PATH,
    {
      schema: { summary: 'Sign in with an API token: sets the session cookie', tags: ['session'], body },
      config: { access: 'public' },
    },
    async (req, reply) => {
      const wait = await limit.locked(req);
      if (wait) return tooMany(reply, wait);
      const who = await o.tokens.verify((req.body as z.infer<typeof body>).token);
      if (!who) {
        await limit.failed(req);
        o.metrics.authFailure('failed_sign_in');
        o.logger.warn('failed API sign-in', { from: req.ip });
        // Not audited: the log and the count say it, and a scan must not grow the audit log without end.
        return fail(reply, 401, 'unauthorized', 'wrong token');
      }
      if (who.role === 'metrics') {
        o.refusals?.refused(actorOf(who), 'session.sign-in', METRICS_NO_SESSION_WORDS, NO_SESSION);
        return fail(reply, 403, 'forbidden', METRICS_NO_SESSION_WORDS);
      }
      // The session is this host's only with the host proof (issue 58): a loopback socket and a
      // loopback Host header are what a reverse proxy on this host sends for every LAN client, so
      // without the proof the session counts as the token for dangerous changes.
      const onHost = o.onHost?.(req) ?? false;
      const value = await o.sessions.create(
        { id: `${TOKEN_SESSION}${who.id}`, name: who.name, role: who.role },
        onHost,
        undefined,
        seenAtSignIn(req),
      );
      const how = reason('reason.audit.tokenSignIn', { from: req.ip, here: onHost ? 'yes' : 'no' });
      o.signIns.signedIn(actorOf(who), inEnglish(how), how);
      return setCookie(reply, 'session', value).code(204).send();
    },
  );
  const pub = { access: 'public' } as const;
  app.get(
    SESSION_PATH,
    { schema: { summary: 'Signed in? 204 or 401', tags: ['session'] }, config: pub },
    async (req, reply) =>
      signedIn(req) || req.principal ? reply.code(204).send() : fail(reply, 401, 'unauthorized', 'not signed in'),
  );
  app.delete(SESSION_PATH, { schema: { summary: 'Sign out', tags: ['session'] }, config: pub }, async (req, reply) => {
    const who = signedIn(req);
    // One principal's sign-outs in a loop count on one row (sign-in-log.ts, issue 73).
    if (await o.sessions.revoke(readCookie(req, 'session'))) o.signIns.signedOut(actorOf(who!));
    return clearCookie(reply, 'session').code(204).send();
  });
}
