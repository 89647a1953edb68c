/**
 * electron/engine/api/discord-sign-in: sign-in with Discord: its routes (routes.ts), the steps
 * (flow.ts, callback.ts), Discord's calls (discord-api.ts), who may sign in as what (roles.ts), a session
 * that follows the member (follow.ts), and its configuration, paths and pages.
 *
 * The routes of sign-in with Discord and of the browser's session (issue 50):
 *   GET  /api/v1/session/methods            which sign-ins this server offers (public)
 *   GET  /api/v1/session/discord            to Discord's authorize page (public)
 *   GET  /api/v1/session/discord/callback   Discord sends the browser back here (public; callback.ts)
 *   GET  /api/v1/session/me                 who is signed in: name, role, how, since when
 *   POST /api/v1/session/sign-out-everywhere  ends every session of the signed-in person
 * (DELETE /api/v1/session, beside the token sign-in in auth-hook.ts, signs one browser out.)
 * The redirect URI is this request's own origin + /api/v1/session/discord/callback: HTTPS, or
 * plain HTTP on loopback only (docs/api.md says what to register at Discord).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { settingName } from '../../../../shared/words/setting-label';
import { inEnglish, reason } from '../../reason';
import { loopbackHost } from '../access/guards';
import type { Principal } from '../access/principal';
import { sourceOf } from '../limits/per-source';
import { clearCookie, readCookie, setCookie } from '../sessions/cookies';
import { type CallbackOptions, handleCallback } from './callback';
import { authorizeUrl } from './discord-api';
import { createPendingSignIns, PENDING_MS } from './flow';
import { htmlPage, type PageWords } from './page';
import { CALLBACK_PATH, DISCORD_PATH, EVERYWHERE_PATH, METHODS_PATH, ME_PATH } from './paths';

/** What to set when sign-in with Discord is off: the setting by its label in the reader's language. */
const offSetWords: PageWords = (w) => w.t('web.signInPage.offSet', { setting: settingName('api.signIn.discord', w) });

export type DiscordSignInOptions = CallbackOptions;
export type { DiscordSignInConfig } from './callback';

/** Any signed-in role may ask who it is and sign out (guards.ts: the 'metrics' reach is every role's). */
const EVERY_ROLE = { access: 'metrics' } as const;
/** Reached before signing in. */
const PUBLIC = { access: 'public' } as const;

const fail = (reply: FastifyReply, status: number, code: string, message: string) =>
  reply.code(status).send({ error: { code, message } });

export function registerDiscordSignIn(app: FastifyInstance, o: DiscordSignInOptions): void {
  const pending = createPendingSignIns(() => o.clock.monotonic());
  // The door (auth-hook.ts) puts who a request acts for on it, a bearer token's holder included.
  const principalOf = (req: FastifyRequest) =>
    (req as { principal?: Principal | null }).principal ?? o.sessions.lookup(readCookie(req, 'session'));

  app.get(
    METHODS_PATH,
    { schema: { summary: 'The sign-ins this server offers', tags: ['session'] }, config: PUBLIC },
    async () => ({ token: true, discord: (await o.discord()) !== null }),
  );

  const start = { schema: { summary: 'Sign in with Discord', tags: ['session'] }, config: PUBLIC };
  app.get(DISCORD_PATH, start, async (req, reply) => {
    const config = await o.discord();
    if (!config) return htmlPage(req, reply, 404, 'web.signInPage.off', offSetWords);
    const wait = (await o.locked?.(req)) ?? 0;
    if (wait) {
      reply.header('retry-after', String(wait));
      return htmlPage(req, reply, 429, 'web.signInPage.tooMany', {
        id: 'web.signInPage.tooManyWhy',
        values: { seconds: String(wait) },
      });
    }
    const https = req.protocol === 'https';
    if (!https && !loopbackHost(req.headers.host))
      return htmlPage(req, reply, 400, 'web.signInPage.https', 'web.signInPage.httpsWhy');
    const redirectUri = `${req.protocol}://${req.headers.host}${CALLBACK_PATH}`;
    const started = pending.start(sourceOf(req.ip), redirectUri);
    if (!started) {
      // Every place is held by other addresses' sign-ins, each keeping what is theirs (per-source.ts).
      reply.header('retry-after', String(pending.retryAfterSeconds()));
      return htmlPage(req, reply, 429, 'web.signInPage.busy', 'web.signInPage.busyWhy');
    }
    const { state, challenge } = started;
    setCookie(reply, 'state', state, PENDING_MS / 1000);
    return reply.redirect(authorizeUrl(config.client, { redirectUri, state, challenge }), 302);
  });

  handleCallback(app, o, pending);

  app.get(
    ME_PATH,
    { schema: { summary: 'Who is signed in', tags: ['session'] }, config: EVERY_ROLE },
    async (req, reply) => {
      const who = principalOf(req);
      if (!who) return fail(reply, 401, 'unauthorized', 'not signed in');
      return { name: who.name, role: who.role, via: who.via, signedInAt: who.signedInAt ?? null };
    },
  );

  app.post(
    EVERYWHERE_PATH,
    { schema: { summary: 'End every session of the signed-in person', tags: ['session'] }, config: EVERY_ROLE },
    async (req, reply) => {
      const who = o.sessions.lookup(readCookie(req, 'session'));
      if (!who) return fail(reply, 400, 'no_session', 'sign out everywhere ends browser sessions: sign in first');
      const ended = await o.sessions.revokeAll(who.id);
      o.logger.info('signed out everywhere', { name: who.name, id: who.id, ended });
      const actor = `${who.name} (${who.role}, session)`;
      const coded = reason('reason.audit.signedOutEverywhere', { count: ended });
      // An access row, one person's repeats within a minute counted on it (sign-in-log.ts, issue 73).
      if (o.signIns) o.signIns.signedOutEverywhere(actor, coded);
      else
        o.audit?.({
          actor,
          action: 'session.sign-out-everywhere',
          detail: inEnglish(coded),
          result: 'ok',
          reason: coded,
        });
      return clearCookie(reply, 'session').send({ ended });
    },
  );
}
