/**
 * A Discord session follows the member (issue 50). Before the door (auth-hook.ts) reads a
 * Discord session on a request:
 * - the sign-in rules in force (api.signIn.discord admins and viewer roles, discord.guilds) are
 *   read; when they differ from the last seen, every live Discord session is decided again from
 *   the facts its sign-in kept (roles.ts's decideSignInRole): nobody now, it ends; another role,
 *   it takes it. So a settings change counts at the next request of any Discord session.
 * - once an hour per session at most, Discord is asked again with the session's access token
 *   (the servers, and the member's roles in the served ones: flow.ts's memberFacts, as at sign-in)
 *   and the session decided from the answer. The request does not wait for it: it goes on with
 *   the role in force, and the answer counts from the next request. A sign-in must not hang for
 *   Discord's round trip (30 s at worst), and the window is the one request. Discord refuses the
 *   token (401): the session ends. Discord unreachable, slow to answer, 5xx or 429: the session
 *   keeps its role and Discord is asked again an hour later (a failure never signs anyone out).
 * A request is followed whenever its cookie names a Discord session, whatever other headers it
 * carries (issue 58: an `Authorization: Basic x` used to skip it). An open event stream makes no
 * request, so while one is held by a Discord session the stream registry (streams.ts) calls
 * `sweep` twice a second: the settings and a due re-check count for it as for a request.
 * Sign-in with Discord off, or its settings unreadable: sessions keep their role.
 * Every session ended or given another role is audited and logged; the access token never is.
 */
import type { FastifyInstance } from 'fastify';

import type { Reason, ReasonCode } from '../../../../shared/reason';
import type { Clock } from '../../clock';
import type { Logger } from '../../logger';
import { inEnglish, reason } from '../../reason';
import { needsPrincipal } from '../access/route-access';
import { readCookie } from '../sessions/cookies';
import type { DiscordFacts } from '../sessions/discord-facts';
import type { FollowedSession, SessionStore } from '../sessions/sessions';
import type { AuditFn, DiscordSignInConfig } from './callback';
import { DiscordSignInError } from './discord-api';
import { memberFacts } from './flow';
import { decideSignInRole, type SignInRules } from './roles';

/** How often Discord is asked again about one session, at most. */
export const RECHECK_MS = 3600_000;
const RECHECK_TIMEOUT_MS = 30_000;

/** Pure: the role a followed session has under these rules, from its facts; null: nobody. */
export function followedRole(s: Pick<FollowedSession, 'id' | 'discord'>, rules: SignInRules) {
  const userId = s.id.slice('discord:'.length);
  const d = decideSignInRole({ userId, guilds: s.discord.guilds, memberRoles: s.discord.memberRoles }, rules);
  return d.ok ? d.role : null;
}

/** Pure: whether Discord is asked again now: an hour since the last try, while the access token lasts. */
export const recheckDue = (f: Pick<DiscordFacts, 'checkedAt' | 'tokenExpiresAt'>, now: number): boolean =>
  now - f.checkedAt >= RECHECK_MS && now < f.tokenExpiresAt;

export interface FollowOptions {
  sessions: SessionStore;
  /** The sign-in's configuration in force (its rules and Discord's address); null: off. */
  discord: () => Promise<DiscordSignInConfig | null>;
  clock: Pick<Clock, 'now'>;
  logger: Logger;
  audit?: AuditFn;
}

/** Why a session ends or changes role: its code (area reasons-10), said in the Audit log's language. */
type FollowCause = Extract<
  ReasonCode,
  'reason.signIn.bySettings' | 'reason.signIn.byDiscord' | 'reason.signIn.revoked'
>;

/** The audit row's detail: a session ended, or given another role, why and whose. */
function followDetail(s: FollowedSession, was: string, role: string | null, cause: FollowCause): Reason {
  const who = { name: s.name, userId: s.id.slice('discord:'.length) };
  return role === null
    ? reason('reason.signIn.sessionEnded', { ...who, was }, reason(cause, { changed: 'no' }))
    : reason('reason.signIn.roleChanged', { ...who, was, now: role }, reason(cause, { changed: 'yes' }));
}

export interface Follower {
  /**
   * Follows without a request: the sign-in settings read again (a change decides every Discord
   * session again), and Discord asked again, when due, about these sessions (the ones holding an
   * event stream open, which makes no further request of its own: streams.ts calls this).
   */
  sweep(sids: ReadonlySet<string>): Promise<void>;
}

/** Stores a session's new role (or its end) and facts; audits a change of role or an end. */
function settlerOf(o: FollowOptions) {
  return async function settle(
    s: FollowedSession,
    role: FollowedSession['role'] | null,
    why: FollowCause,
    facts?: DiscordFacts,
  ) {
    if (role === s.role && !facts) return;
    const was = await o.sessions.refollow(s.sid, role, facts);
    if (!was || role === was.role) return;
    const detail = followDetail(s, was.role, role, why);
    o.logger.info(role === null ? 'Discord session ended' : 'Discord session role changed', {
      name: s.name,
      id: s.id,
      was: was.role,
      now: role,
    });
    o.audit?.({
      actor: 'ipwatch',
      action: role === null ? 'session.end' : 'session.role',
      detail: inEnglish(detail),
      result: 'applied',
      reason: detail,
    });
  };
}

/** Registers the follower; call it before the door (auth-hook.ts) so the door reads the new role. */
export function followDiscordSessions(app: FastifyInstance, o: FollowOptions): Follower {
  let lastRules: string | null = null;
  const checking = new Set<string>();

  const settle = settlerOf(o);

  async function recheck(s: FollowedSession, config: DiscordSignInConfig, now: number) {
    // The try counts first: an hour to the next one, whatever this one gives.
    await o.sessions.refollow(s.sid, s.role, { ...s.discord, checkedAt: now });
    try {
      const signal = AbortSignal.timeout(RECHECK_TIMEOUT_MS);
      const learnt = await memberFacts(config.client, s.discord.accessToken, config.rules, signal);
      const current = o.sessions.followed().find((x) => x.sid === s.sid);
      if (!current) return;
      const facts = { ...current.discord, ...learnt };
      await settle(
        current,
        followedRole({ id: current.id, discord: facts }, config.rules),
        'reason.signIn.byDiscord',
        facts,
      );
      o.logger.info('Discord session checked again', { name: s.name, id: s.id });
    } catch (err) {
      if (!(err instanceof DiscordSignInError)) throw err;
      const current = o.sessions.followed().find((x) => x.sid === s.sid);
      if (err.status === 401 && current) return settle(current, null, 'reason.signIn.revoked');
      o.logger.warn('could not check a Discord session again; it keeps its role', {
        name: s.name,
        id: s.id,
        error: err.message,
      });
    }
  }

  /** The sign-in's configuration in force, every Discord session decided again when its rules changed; null: off. */
  async function rulesInForce(): Promise<DiscordSignInConfig | null> {
    const config = await o.discord().catch(() => null);
    if (!config) return null;
    const rules = JSON.stringify(config.rules);
    if (rules !== lastRules) {
      lastRules = rules;
      for (const x of o.sessions.followed()) await settle(x, followedRole(x, config.rules), 'reason.signIn.bySettings');
    }
    return config;
  }

  /** Asks Discord again about this session when it is due, without waiting for the answer. */
  function recheckIfDue(s: FollowedSession, config: DiscordSignInConfig): void {
    const now = o.clock.now();
    if (!recheckDue(s.discord, now) || checking.has(s.sid)) return;
    checking.add(s.sid);
    void recheck(s, config, now)
      .catch((err: unknown) => o.logger.error('Discord session re-check failed', { error: String(err) }))
      .finally(() => checking.delete(s.sid));
  }

  app.addHook('onRequest', async (req) => {
    // Decided from the cookie alone (issue 58): whatever else the request carries (a bearer
    // token, `Authorization: Basic x`), a Discord session it names is followed.
    if (!needsPrincipal(req)) return;
    const s = o.sessions.discordOf(readCookie(req, 'session'));
    if (!s) return;
    const config = await rulesInForce();
    if (!config) return;
    // Taken again: the rules may have just changed its role or ended it.
    const current = o.sessions.discordOf(readCookie(req, 'session'));
    if (current) recheckIfDue(current, config);
  });

  return {
    async sweep(sids) {
      if (!o.sessions.followed().length) return;
      const config = await rulesInForce();
      if (!config) return;
      for (const s of o.sessions.followed()) if (sids.has(s.sid)) recheckIfDue(s, config);
    },
  };
}
