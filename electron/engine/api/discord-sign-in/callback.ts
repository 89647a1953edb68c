/**
 * GET /api/v1/session/discord/callback: Discord sends the browser back with `code` and `state`.
 * The state must be the one this browser was given (its cookie) and still pending (once, 10
 * minutes); then the code is traded with the PKCE verifier, the person is asked for and the
 * decision (roles.ts) gives a session cookie, or a page that says why not.
 *
 * Only a real attempt counts against the address's limit on failed sign-ins (issues 58 and 73):
 * with the sign-in off the callback is a plain 404, and a state this server does not hold is
 * refused without counting: no state cookie (any other site's `<img>` or link: the cookie is
 * SameSite=Lax, so it never rides along), another state than the cookie's, or one used, older
 * than 10 minutes or dropped (flow.ts). A stranger can make any of these, so counting them would
 * let a page or a flood of starts lock the owner's address out. What counts is a sign-in this
 * browser started that then fails: no code, Discord's error, or a person the rules refuse.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';

import type { Reason } from '../../../../shared/reason';
import { reasonWords } from '../../../../shared/words/reason';
import type { Clock } from '../../clock';
import type { Logger } from '../../logger';
import { inEnglish as reasonInEnglish, reason } from '../../reason';
import type { RefusalLog } from '../audit/refusals';
import type { SignInLog } from '../audit/sign-in-log';
import { clearCookie, readCookie, setCookie } from '../sessions/cookies';
import type { SessionStore } from '../sessions/sessions';
import { seenAtSignIn } from '../sessions/user-agent';
import { type DiscordClient, DiscordSignInError } from './discord-api';
import { identifyAndDecide, type PendingSignIns } from './flow';
import { htmlPage, inEnglish, type PageWords } from './page';
import { CALLBACK_PATH } from './paths';
import type { SignInRules } from './roles';

const query = z.object({
  code: z.optional(z.string().check(z.maxLength(512))),
  state: z.optional(z.string().check(z.maxLength(512))),
  error: z.optional(z.string().check(z.maxLength(200))),
});

/** What a person Discord named but the rules refuse can do: the rules are the owner's, so ask them. */
export const NOT_LET_IN_NEXT: PageWords = 'web.signInPage.notLetInNext';

export interface DiscordSignInConfig {
  client: DiscordClient;
  rules: SignInRules;
}

export type AuditFn = (e: {
  actor: string;
  action: string;
  detail?: string | null;
  result: string;
  reason?: Reason;
}) => void;

export interface CallbackOptions {
  sessions: SessionStore;
  /** The configuration in force, read at each sign-in; null: sign-in with Discord is off. */
  discord: () => Promise<DiscordSignInConfig | null>;
  /** The absolute session length the cookie is given (ms). */
  maxAgeMs: number;
  /** The wall clock stamps the session; the pending sign-ins expire on the monotonic one. */
  clock: Pick<Clock, 'now' | 'monotonic'>;
  logger: Logger;
  /** A failed Discord sign-in, for the failed sign-in limit and its count. */
  onFailure?: (req: FastifyRequest) => void;
  /** Seconds this address must wait before it may sign in again (the limit on failures); 0: now. */
  locked?: (req: FastifyRequest) => Promise<number>;
  /** The audit log: each sign-in and each sign-out everywhere. */
  audit?: AuditFn;
  /** Refused sign-ins, one person's repeats counted on one row (refusals.ts); absent: not written. */
  refusals?: RefusalLog;
  /** Sign-ins, one person's repeats within a minute counted on one row (sign-in-log.ts); absent: audit. */
  signIns?: SignInLog;
}

export function handleCallback(app: FastifyInstance, o: CallbackOptions, pending: PendingSignIns): void {
  app.get(
    CALLBACK_PATH,
    {
      schema: { summary: 'Sign in with Discord: back from Discord', tags: ['session'], querystring: query },
      // Discord sends the browser back here from its own site: a cross-site navigation by design
      // (the sign-in's state cookie, SameSite=Lax, proves it is this browser's).
      config: { access: 'public', crossSite: 'navigation' },
    },
    async (req, reply) => {
      const config = await o.discord();
      if (!config) return htmlPage(req, reply, 404, 'web.signInPage.off', 'web.signInPage.offHere');
      const q = req.query as z.infer<typeof query>;
      const cookieState = readCookie(req, 'state');
      clearCookie(reply, 'state');
      const refuse = (status: number, title: PageWords, words: PageWords, next?: PageWords) => {
        o.onFailure?.(req);
        o.logger.warn('Discord sign-in refused', { from: req.ip, why: inEnglish(title) });
        return htmlPage(req, reply, status, title, words, next);
      };
      // A state this server does not hold (none, another browser's, used, expired or dropped)
      // counts against nobody: nothing was tried with it, and anyone can make one (issue 73).
      const p = cookieState !== undefined && q.state === cookieState ? pending.take(q.state) : null;
      if (!p) return htmlPage(req, reply, 400, 'web.signInPage.invalid', 'web.signInPage.invalidWhy');
      if (q.error === 'access_denied')
        return htmlPage(req, reply, 403, 'web.signInPage.cancelled', 'web.signInPage.cancelledWhy');
      if (!q.code) return refuse(400, 'web.signInPage.noCode', 'web.signInPage.signInAgain');
      try {
        const r = await identifyAndDecide(
          config.client,
          { code: q.code, redirectUri: p.redirectUri, verifier: p.verifier },
          config.rules,
          AbortSignal.timeout(30_000),
        );
        // The audit row's detail as a code around the decision's (its English the detail as before).
        const from = { from: req.ip };
        if (!r.decision.ok) {
          const { cause } = r.decision;
          const row = reason('reason.signIn.refusedWithDiscord', from, cause);
          o.refusals?.refused(`${r.name} (discord:${r.userId})`, 'session.sign-in', reasonInEnglish(row), row);
          const notHere = { id: 'web.signInPage.notLetIn', values: { name: r.name } } as const;
          return refuse(403, notHere, (words) => reasonWords(cause, words), NOT_LET_IN_NEXT);
        }
        const { role, why, cause } = r.decision;
        // What Discord said is kept with its access token, so the session follows the member (follow.ts).
        const now = o.clock.now();
        const facts = {
          ...r.facts,
          accessToken: r.access.accessToken,
          tokenExpiresAt: now + r.access.lifetimeMs,
          checkedAt: now,
        };
        const who = { id: `discord:${r.userId}`, name: r.name, role };
        const value = await o.sessions.create(who, false, facts, seenAtSignIn(req));
        o.logger.info('signed in with Discord', { name: r.name, id: r.userId, role, why });
        const actor = `${r.name} (${role}, session)`;
        const row = reason('reason.signIn.withDiscord', from, cause);
        if (o.signIns) o.signIns.signedIn(actor, reasonInEnglish(row), row);
        else o.audit?.({ actor, action: 'session.sign-in', detail: reasonInEnglish(row), result: 'ok', reason: row });
        return setCookie(reply, 'session', value, Math.floor(o.maxAgeMs / 1000)).redirect('/', 302);
      } catch (err) {
        if (err instanceof DiscordSignInError) return refuse(502, 'web.signInPage.failed', { text: err.message });
        throw err;
      }
    },
  );
}
