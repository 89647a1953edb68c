/**
 * The sign-in's steps between the two routes (routes.ts): the pending sign-ins, each a random
 * `state` with its PKCE verifier (RFC 7636, S256), used once and for 10 minutes at most, kept per
 * source address so that no one can push out another's (issue 73); and,
 * once Discord gave a code back, who the person is and what they may do.
 */
import { createHash, randomBytes } from 'node:crypto';

import { createPerSourceMap } from '../limits/per-source';
import type { DiscordFacts } from '../sessions/discord-facts';
import { type DiscordClient, DiscordSignInError, exchangeCode, getAsUser } from './discord-api';
import { decideSignInRole, type SignInDecision, type SignInRules } from './roles';

export const PENDING_MS = 10 * 60_000;
/**
 * Sign-ins started and not finished kept per source (per-source.ts: an IPv4 address or an IPv6
 * /64); past it that source's oldest is dropped, never another's. A person opens a few tabs; a
 * household behind one address a few more.
 */
export const MAX_PENDING_PER_SOURCE = 16;
/** All sign-ins started and not finished (about 200 bytes each); one source can hold 16 of them. */
export const MAX_PENDING = 1024;

interface Pending {
  verifier: string;
  redirectUri: string;
}

export interface PendingSignIns {
  /**
   * A new sign-in from `source`: its state and the PKCE challenge for the authorize URL; null when
   * every place is held by other sources that may keep theirs (per-source.ts; nothing was kept).
   */
  start(source: string, redirectUri: string): { state: string; challenge: string } | null;
  /** The sign-in of this state, once: a second call, or one after 10 minutes, gets null. */
  take(state: string): Pending | null;
  /** Seconds until a place may free up (the first pending sign-in expires). */
  retryAfterSeconds(): number;
}

export const pkceChallenge = (verifier: string): string => createHash('sha256').update(verifier).digest('base64url');

/** The pending sign-ins, expiring on the monotonic clock `monotonic` (ms). */
export function createPendingSignIns(monotonic: () => number): PendingSignIns {
  const pending = createPerSourceMap<Pending>({
    perSource: MAX_PENDING_PER_SOURCE,
    total: MAX_PENDING,
    ttlMs: PENDING_MS,
    monotonic,
  });
  return {
    start(source, redirectUri) {
      const state = randomBytes(24).toString('base64url');
      // 32 bytes: 43 characters, the shortest verifier RFC 7636 allows.
      const verifier = randomBytes(32).toString('base64url');
      if (!pending.add(source, state, { verifier, redirectUri })) return null;
      return { state, challenge: pkceChallenge(verifier) };
    },
    take: (state) => pending.take(state),
    retryAfterSeconds: () => Math.max(1, Math.ceil(pending.nextExpiryMs() / 1000)),
  };
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/** What Discord says of a member that the decision reads, kept on the session to decide again. */
export type MemberFacts = Pick<DiscordFacts, 'guilds' | 'memberRoles'>;

/**
 * The user's servers (with their permissions and names) and, in each served one they are in,
 * their roles: at sign-in, and again at each re-check (follow.ts). The roles are asked for in
 * every served server the user is in, even when the guild list decides already, so that a later
 * change of the sign-in settings can be decided from what is kept.
 */
export async function memberFacts(
  client: Pick<DiscordClient, 'apiBase' | 'userAgent'>,
  token: string,
  rules: Pick<SignInRules, 'servers'>,
  signal: AbortSignal,
): Promise<MemberFacts> {
  const listed = await getAsUser(client, token, '/users/@me/guilds', signal);
  // Each server comes with its name (Discord's partial guild): the reason a person got in names it.
  const guilds = (Array.isArray(listed) ? listed : []).flatMap(
    (g: { id?: unknown; permissions?: unknown; name?: unknown }) =>
      str(g?.id)
        ? [{ id: g.id as string, permissions: String(g.permissions ?? '0'), name: str(g.name)?.slice(0, 100) ?? null }]
        : [],
  );
  const memberRoles: Record<string, string[]> = {};
  for (const g of guilds.filter((x) => rules.servers.some((s) => s.id === x.id))) {
    const member = (await getAsUser(client, token, `/users/@me/guilds/${g.id}/member`, signal)) as {
      roles?: unknown;
    } | null;
    memberRoles[g.id] = Array.isArray(member?.roles)
      ? member.roles.filter((r): r is string => typeof r === 'string').slice(0, 250)
      : [];
  }
  return { guilds: guilds.slice(0, 200), memberRoles };
}

/** The code traded, the person asked for, and the decision; throws DiscordSignInError in words. */
export async function identifyAndDecide(
  client: DiscordClient,
  p: { code: string; redirectUri: string; verifier: string },
  rules: SignInRules,
  signal: AbortSignal,
): Promise<{
  userId: string;
  name: string;
  decision: SignInDecision;
  facts: MemberFacts;
  access: { accessToken: string; lifetimeMs: number };
}> {
  const access = await exchangeCode(client, p, signal);
  const me = (await getAsUser(client, access.accessToken, '/users/@me', signal)) as {
    id?: unknown;
    username?: unknown;
    global_name?: unknown;
  } | null;
  const userId = str(me?.id);
  if (!userId) throw new DiscordSignInError('Discord did not say who you are.');
  const name = str(me?.global_name) ?? str(me?.username) ?? userId;
  const facts = await memberFacts(client, access.accessToken, rules, signal);
  return { userId, name, decision: decideSignInRole({ userId, ...facts }, rules), facts, access };
}
