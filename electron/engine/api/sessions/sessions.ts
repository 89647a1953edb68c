/**
 * electron/engine/api/sessions: browser sessions: the store (sessions.ts), the cookies (cookies.ts),
 * what a Discord session keeps of its sign-in (discord-facts.ts), the contract's list and revoke
 * (session-admin.ts).
 *
 * Server-side browser sessions (issue 50). The cookie holds 32 random bytes; only their SHA-256
 * is kept, so the sessions file signs nobody in. A session ends after 12 h without a request,
 * after 7 days in all (or the shorter `api.sessionHours`), at sign-out, or at "sign out
 * everywhere" (every session of one person).
 *
 * Kept in DATA_DIR/sessions.json (mode 0600, replaced atomically) so a restart keeps browsers
 * signed in. Sign-ins and sign-outs are written before they are answered (a sign-out survives
 * a crash); the idle clock a request moves is written at most once a minute, so a crash loses at
 * most a minute of it (the session then ends that much sooner, never later). Without a data
 * folder the sessions live in memory only.
 */
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';

import { ApiError } from '../../../../shared/contract';
import type { Clock } from '../../clock';
import { EventHub } from '../../events';
import type { Logger } from '../../logger';
import { writeFileAtomic } from '../../store/atomic-file';
import type { Principal } from '../access/principal';
import { TOKEN_SESSION } from '../tokens/tokens';
import type { DiscordFacts } from './discord-facts';
import { ADDRESS_MAX, type Kept, NAME_MAX, readSessions } from './session-file';

export const SESSIONS_FILE = 'sessions.json';
export const SESSION_IDLE_MS = 12 * 3600_000;
export const SESSION_MAX_MS = 7 * 24 * 3600_000;
/**
 * Sessions kept per principal (one token, one Discord member): a person's browsers and devices.
 * Past it that principal's session idle longest ends, never anyone else's (issue 58: any valid
 * token, a metrics one too, could sign in 1,000 times and sign every other browser out).
 */
export const MAX_SESSIONS_PER_PRINCIPAL = 16;
/**
 * Sessions kept in all; at it a new sign-in is refused in words rather than ending another
 * principal's session. Only tokens the owner made and members the sign-in rules admit reach it.
 */
export const MAX_SESSIONS = 1000;
/** The refusal at MAX_SESSIONS. */
export const SESSIONS_FULL_WORDS = `${MAX_SESSIONS} browsers are signed in already, the most this IPWatch keeps; sign one out (Settings, Signed-in browsers) and try again`;
/** How often a moved idle clock is written at most. */
export const TOUCH_SAVE_MS = 60_000;

type Stored = Kept & { sid: string };

/** What a person may see of a session: never the cookie or its hash, only its own random id. */
export interface SessionInfo {
  /** The session's random id (not derived from the cookie): names it to revoke it, useless to sign in. */
  sid: string;
  id: string;
  /** How it signed in: Discord, or a token typed on the sign-in page. */
  via: 'discord' | 'token';
  name: string;
  role: Principal['role'];
  /** Signed in from this host over loopback. */
  onHost: boolean;
  /** What the sign-in's User-Agent named ("Firefox 128", "Windows"); null: unknown. */
  browser: string | null;
  system: string | null;
  /** The address the sign-in came from; null: unknown (a session kept before issue 75). */
  address: string | null;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
}

export interface SessionStore {
  /**
   * A new session for this person (`onHost`: signed in from this host over loopback); resolves
   * with the cookie value once it is kept.
   */
  create(
    who: Pick<Principal, 'id' | 'name' | 'role'>,
    onHost?: boolean,
    discord?: DiscordFacts,
    seen?: SignInSeen,
  ): Promise<string>;
  /** The session's principal (its idle clock moved to now), or null when unknown or expired. */
  lookup(value: string | undefined): Principal | null;
  /** Ends one session; true when it was open. */
  revoke(value: string | undefined): Promise<boolean>;
  /** Ends every session of one person ("sign out everywhere"); resolves with how many ended. */
  revokeAll(id: string): Promise<number>;
  list(id?: string): SessionInfo[];
  /** The random id of the session a cookie opens, or null (to mark "this one" in a list). */
  sidOf(value: string | undefined): string | null;
  /** Ends the session with this random id; resolves with what it was, or null when none is open. */
  revokeBySid(sid: string): Promise<SessionInfo | null>;
  /** Writes a pending idle-clock change now (at shutdown). */
  flush(): Promise<void>;
  /** A live session's Discord facts without moving its idle clock (discord-sign-in/follow.ts); null: none. */
  discordOf(value: string | undefined): FollowedSession | null;
  /** Every live session with Discord facts. */
  followed(): FollowedSession[];
  /** A followed session's new role (null: it ends) and facts; resolves with what it was, or null when gone. */
  refollow(sid: string, role: Principal['role'] | null, discord?: DiscordFacts): Promise<SessionInfo | null>;
  /** The role of the live session with this random id, its idle clock left alone; null: ended or unknown. */
  standing(sid: string): Principal['role'] | null;
  /**
   * Calls `listener` once a session has ended or changed role (revoke, sign-out, a follow-up,
   * one evicted at the bound), after it is kept: open event streams are checked again (streams.ts).
   * Returns what stops the calls.
   */
  onChange(listener: () => void): () => void;
}

/** What a sign-in showed of the browser (issue 75): its names from the User-Agent (user-agent.ts) and its address. */
export interface SignInSeen {
  browser: string | null;
  system: string | null;
  address: string | null;
}

/** A Discord session as the follower sees it: who, as what, and the facts it was decided from. */
export interface FollowedSession {
  sid: string;
  id: string;
  name: string;
  role: Principal['role'];
  discord: DiscordFacts;
}

export interface SessionStoreOptions {
  /** Where sessions.json lives; null: memory only. */
  dataDir: string | null;
  clock: Clock;
  logger: Logger;
  /** The absolute bound (ms), capped at SESSION_MAX_MS; from `api.sessionHours`. */
  maxAgeMs?: number;
  idleMs?: number;
  /** The mark of the value a token has now (tokens.ts markOf), kept in a session made from it. */
  tokenMark?: (tokenId: string) => string | null;
}

const hashOf = (value: string) => createHash('sha256').update(value).digest('hex');
const newSid = () => `s${randomBytes(6).toString('hex')}`;
/** The cookie's shape: 32 bytes as base64url. Anything else is not looked up. */
const VALUE = /^[\w-]{43}$/;

/** The absolute session length from `api.sessionHours`: that many hours, never more than 7 days. */
export const sessionMaxAgeMs = (sessionHours: number): number => Math.min(sessionHours * 3600_000, SESSION_MAX_MS);

/** Pure: when a session ends, given its start, its last request and the two bounds. */
export const sessionExpiresAt = (s: Pick<Stored, 'createdAt' | 'lastSeenAt'>, idleMs: number, maxAgeMs: number) =>
  Math.min(s.createdAt + maxAgeMs, s.lastSeenAt + idleMs);

/** What the list shows of a session: never its cookie or the cookie's hash. */
const infoOf = (s: Stored, expiresAt: number): SessionInfo => ({
  sid: s.sid,
  id: s.id,
  via: s.id.startsWith('discord:') ? 'discord' : 'token',
  name: s.name,
  role: s.role,
  onHost: s.onHost === true,
  browser: s.browser ?? null,
  system: s.system ?? null,
  address: s.address ?? null,
  createdAt: s.createdAt,
  lastSeenAt: s.lastSeenAt,
  expiresAt,
});

/** Who a live session's requests act for. */
const principalOf = (s: Stored): Principal => ({
  role: s.role,
  via: 'session',
  name: s.name,
  id: s.id,
  signedInAt: s.createdAt,
  // Only a Discord sign-in says so by its id; anything else counts as a token's.
  signedInWith: s.id.startsWith('discord:') ? 'discord' : 'token',
  signedInOnHost: s.onHost === true,
  ...(s.mark ? { tokenMark: s.mark } : {}),
});

/** A new session's record: what it keeps, never the cookie. */
function newSession(
  hash: string,
  who: Pick<Principal, 'id' | 'name' | 'role'>,
  now: number,
  o: { onHost: boolean; discord: DiscordFacts | undefined; mark: string | null | undefined; seen?: SignInSeen },
): Stored {
  // Bounded again here: the store keeps no more than its file may hold, whatever a caller passes.
  const cut = (text: string | null | undefined, max: number) => text?.slice(0, max) || undefined;
  const browser = cut(o.seen?.browser, NAME_MAX);
  const system = cut(o.seen?.system, NAME_MAX);
  const address = cut(o.seen?.address, ADDRESS_MAX);
  return {
    hash,
    id: who.id,
    name: who.name,
    role: who.role,
    createdAt: now,
    lastSeenAt: now,
    ...(o.onHost ? { onHost: o.onHost } : {}),
    sid: newSid(),
    ...(o.discord ? { discord: o.discord } : {}),
    ...(o.mark ? { mark: o.mark } : {}),
    ...(browser ? { browser } : {}),
    ...(system ? { system } : {}),
    ...(address ? { address } : {}),
  };
}

const followedOf = (s: Stored): FollowedSession | null =>
  s.discord ? { sid: s.sid, id: s.id, name: s.name, role: s.role, discord: s.discord } : null;

/** Reads the kept sessions (an unreadable file is set aside as sessions.json.bad, never lost) and returns the store. */
export async function createSessionStore(o: SessionStoreOptions): Promise<SessionStore> {
  const idleMs = o.idleMs ?? SESSION_IDLE_MS;
  const maxAgeMs = Math.min(o.maxAgeMs ?? SESSION_MAX_MS, SESSION_MAX_MS);
  const file = o.dataDir === null ? null : path.join(o.dataDir, SESSIONS_FILE);
  const sessions = new Map<string, Stored>();
  const read = file ? await readSessions(file, o.logger) : [];
  for (const s of read) sessions.set(s.hash, { ...s, sid: s.sid ?? newSid() });

  const live = (s: Stored, now: number) => sessionExpiresAt(s, idleMs, maxAgeMs) > now;
  const prune = (now: number) => {
    for (const [h, s] of sessions) if (!live(s, now)) sessions.delete(h);
  };
  let writing: Promise<void> = Promise.resolve();
  let touchTimer: ReturnType<Clock['setTimeout']> | null = null;
  const save = (): Promise<void> => {
    if (touchTimer !== null) o.clock.clearTimeout(touchTimer);
    touchTimer = null;
    if (!file) return Promise.resolve();
    prune(o.clock.now());
    const bytes = Buffer.from(JSON.stringify({ version: 1, sessions: [...sessions.values()] }));
    // One write at a time, in order: the last one holds the latest state.
    writing = writing.then(() =>
      writeFileAtomic(file, bytes).catch((err: unknown) =>
        o.logger.warn('could not keep the sessions', { file, error: String(err) }),
      ),
    );
    return writing;
  };
  // Sessions from an older file were given their id on read: kept now, so the list's ids hold across a restart.
  if (read.some((s) => s.sid === undefined)) await save();
  const info = (x: Stored) => infoOf(x, sessionExpiresAt(x, idleMs, maxAgeMs));
  const { changed, ...streamed } = streamParts(sessions, (x) => live(x, o.clock.now()), o.logger);

  return {
    async create(who, onHost = false, discord, seen) {
      const now = o.clock.now();
      prune(now);
      makeRoom(sessions, who.id);
      const value = randomBytes(32).toString('base64url');
      const mark = who.id.startsWith(TOKEN_SESSION) ? o.tokenMark?.(who.id.slice(TOKEN_SESSION.length)) : null;
      const s = newSession(hashOf(value), who, now, { onHost, discord, mark, seen });
      sessions.set(s.hash, s);
      await save().then(changed); // one may have made room for it (makeRoom)
      return value;
    },
    lookup(value) {
      if (!value || !VALUE.test(value)) return null;
      const s = sessions.get(hashOf(value));
      if (!s) return null;
      const now = o.clock.now();
      if (!live(s, now)) {
        sessions.delete(s.hash);
        return null;
      }
      s.lastSeenAt = now;
      if (touchTimer === null && file) touchTimer = o.clock.setTimeout(() => void save(), TOUCH_SAVE_MS);
      return principalOf(s);
    },
    async revoke(value) {
      if (!value || !VALUE.test(value)) return false;
      const gone = sessions.delete(hashOf(value));
      if (gone) await save().then(changed);
      return gone;
    },
    async revokeAll(id) {
      let n = 0;
      for (const [h, s] of sessions) if (s.id === id && sessions.delete(h)) n++;
      if (n) await save().then(changed);
      return n;
    },
    list(id) {
      const now = o.clock.now();
      return [...sessions.values()].filter((s) => live(s, now) && (id === undefined || s.id === id)).map(info);
    },
    sidOf(value) {
      if (!value || !VALUE.test(value)) return null;
      return sessions.get(hashOf(value))?.sid ?? null;
    },
    async revokeBySid(sid) {
      const now = o.clock.now();
      const s = [...sessions.values()].find((x) => x.sid === sid && live(x, now));
      if (!s) return null;
      sessions.delete(s.hash);
      await save().then(changed);
      return info(s);
    },
    flush: () => (touchTimer === null ? writing : save()),
    ...streamed,
    ...followParts(sessions, (x) => live(x, o.clock.now()), save, info, changed),
  };
}

/**
 * Room for one more session of `id`: at its own bound its session idle longest ends; at the bound
 * of all, the sign-in is refused (503 in words), since making room would end someone else's.
 */
function makeRoom(sessions: Map<string, Stored>, id: string): void {
  const own = [...sessions.values()].filter((s) => s.id === id);
  while (own.length >= MAX_SESSIONS_PER_PRINCIPAL) {
    const idlest = own.reduce((a, b) => (b.lastSeenAt < a.lastSeenAt ? b : a));
    sessions.delete(idlest.hash);
    own.splice(own.indexOf(idlest), 1);
  }
  if (sessions.size >= MAX_SESSIONS) throw new ApiError(503, SESSIONS_FULL_WORDS);
}

/**
 * What open event streams ask of the store (streams.ts): a session's role as it stands, and word
 * of each change; `changed` is what the store calls once a change is kept.
 */
function streamParts(
  sessions: Map<string, Stored>,
  live: (s: Stored) => boolean,
  logger: Logger,
): Pick<SessionStore, 'standing' | 'onChange'> & { changed: () => void } {
  const changes = new EventHub<void>(logger);
  return {
    standing: (sid) => [...sessions.values()].find((x) => x.sid === sid && live(x))?.role ?? null,
    onChange: (listener) => changes.on(listener),
    changed: () => changes.emit(),
  };
}

/** The parts Discord's follow-up uses (discord-sign-in/follow.ts): the kept facts and a new role or none. */
function followParts(
  sessions: Map<string, Stored>,
  live: (s: Stored) => boolean,
  save: () => Promise<void>,
  info: (s: Stored) => SessionInfo,
  changed: () => void,
): Pick<SessionStore, 'discordOf' | 'followed' | 'refollow'> {
  return {
    discordOf(value) {
      if (!value || !VALUE.test(value)) return null;
      const s = sessions.get(hashOf(value));
      return s && live(s) ? followedOf(s) : null;
    },
    followed() {
      return [...sessions.values()].filter(live).flatMap((s) => followedOf(s) ?? []);
    },
    async refollow(sid, role, discord) {
      const s = [...sessions.values()].find((x) => x.sid === sid && live(x));
      if (!s) return null;
      const was = info(s);
      if (role === null) sessions.delete(s.hash);
      else Object.assign(s, { role }, discord ? { discord } : {});
      await save();
      // A new check time alone changes nobody's access.
      if (role !== was.role) changed();
      return was;
    },
  };
}
