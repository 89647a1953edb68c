/**
 * electron/engine/api/streams: the live feed (events.ts), server-sent events (sse.ts), and who holds
 * each open stream (streams.ts).
 *
 * The open event streams and who holds each (issue 58): a stream lasts only while the principal
 * that opened it stands with the role it had. One check decides it for every stream, and it runs
 * - at once when a session ends or changes role (a revoke, a sign-out, the Discord follow-up)
 *   or a token leaves the tokens file or changes value or role (the CLI's `ipwatch token`, seen
 *   by tokens.ts's 0.5 s stat): the stores say so with `onChange`;
 * - every TICK_MS while a stream is open, after the Discord follower's sweep: a change of the
 *   sign-in settings and a due re-check with Discord count without a request (a stream makes
 *   none), and a session that expired meanwhile ends its stream too.
 * A stream whose principal no longer stands, or stands with another role, is ended; a browser's
 * EventSource then reconnects through the door, as whoever it is now, or not at all.
 *
 * Each principal holds at most MAX_SSE_PER_PRINCIPAL streams (sse.ts): room for one more is made
 * by ending that principal's own oldest, never another's, so one viewer cannot take every place
 * and a reload never locks its own person out.
 */
import type { Logger } from '../../logger';
import type { Principal, Role } from '../access/principal';
import type { SessionStore } from '../sessions/sessions';
import { TOKEN_SESSION, type TokenStore } from '../tokens/tokens';
import { MAX_SSE_PER_PRINCIPAL } from './sse';

/** How often open streams are checked without a change said: a revoke ends a stream within a second. */
export const STREAM_CHECK_MS = 500;

/**
 * Who holds a stream and the role it had: the bearer token (its id and the SHA-256 of the value
 * sent, so a rotation ends it), or the browser session (by its random id; a session signed in
 * with a token also names that token, as it lasts only while the token stands). `principal` is
 * whom the stream counts against: a token's bearer and its sessions are one (`token:<id>`), a
 * Discord person's sessions on every device are one (`discord:<user id>`).
 */
export type StreamHolder = { principal: string; role: Role } & (
  { via: 'token'; id: string; hash: string } | { via: 'session'; sid: string; token?: string }
);

/**
 * Who holds a stream opened by this principal: a session is named by its random id (the request's
 * cookie's), since one person's sessions share a principal id; a token by the hash of the value
 * the request sent. Null: nobody (refused).
 */
export function streamHolder(
  p: Principal | null,
  of: { sid: () => string | null; tokenHash: () => string | null },
): StreamHolder | null {
  if (!p) return null;
  if (p.via === 'token') {
    const hash = of.tokenHash();
    return hash === null ? null : { via: 'token', id: p.id, hash, principal: `${TOKEN_SESSION}${p.id}`, role: p.role };
  }
  const sid = of.sid();
  if (sid === null) return null;
  const token = p.id.startsWith(TOKEN_SESSION) ? { token: p.id.slice(TOKEN_SESSION.length) } : {};
  return { via: 'session', sid, ...token, principal: p.id, role: p.role };
}

export interface StreamRegistryOptions {
  sessions: Pick<SessionStore, 'standing' | 'onChange'>;
  tokens: Pick<TokenStore, 'stands' | 'onChange'>;
  /** Follows the sessions holding streams without a request (discord-sign-in/follow.ts's sweep). */
  sweep?: (sids: ReadonlySet<string>) => Promise<void>;
  logger: Logger;
}

export interface StreamRegistry {
  readonly size: number;
  /** Ends this principal's oldest streams until it holds fewer than MAX_SSE_PER_PRINCIPAL. */
  makeRoom(principal: string): void;
  /** Keeps a stream and what ends it (from our side); returns what forgets it (its client went away). */
  add(holder: StreamHolder, end: () => void): () => void;
  /** Checks every open stream once more (one check at a time; a call during one gets the next). */
  recheck(): Promise<void>;
  /** Ends every stream and stops listening (the server closes). */
  close(): void;
}

export function createStreamRegistry(o: StreamRegistryOptions): StreamRegistry {
  const streams = new Map<() => void, StreamHolder>();
  // A token session's token is asked first: a stat of the tokens file, which (changed by the CLI)
  // ends that token's sessions (auth-setup.ts), as a request through the session would.
  const stands = async (h: StreamHolder): Promise<boolean> => {
    if (h.via === 'token') return o.tokens.stands(h.id, h.role, h.hash);
    const tokenStands = h.token === undefined || (await o.tokens.stands(h.token, h.role));
    return tokenStands && o.sessions.standing(h.sid) === h.role;
  };

  const checkAll = async () => {
    const held = [...streams];
    const verdicts = await Promise.all(held.map(([, h]) => stands(h).catch(() => false)));
    held.forEach(([end, h], i) => {
      if (verdicts[i] || !streams.delete(end)) return;
      o.logger.info('event stream ended: who opened it no longer stands', { via: h.via, role: h.role });
      end();
    });
    if (!streams.size) stopTicking();
  };
  let running: Promise<void> | null = null;
  let again = false;
  const recheck = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await checkAll();
      } while (again);
    })().finally(() => (running = null));
    return running;
  };

  let timer: NodeJS.Timeout | null = null;
  let ticking = false;
  const tick = async () => {
    if (ticking) return;
    ticking = true;
    try {
      const sids = new Set([...streams.values()].flatMap((h) => (h.via === 'session' ? [h.sid] : [])));
      if (sids.size) await o.sweep?.(sids);
      await recheck();
    } catch (err) {
      o.logger.error('could not check the open event streams', { error: String(err) });
    } finally {
      ticking = false;
    }
  };
  const stopTicking = () => {
    if (timer) clearInterval(timer);
    timer = null;
  };
  const offs = [o.sessions.onChange(() => void recheck()), o.tokens.onChange(() => void recheck())];

  return {
    get size() {
      return streams.size;
    },
    makeRoom(principal) {
      // Map order is the order streams were added: the first of this principal is its oldest.
      const own = [...streams].filter(([, h]) => h.principal === principal);
      for (const [end, h] of own.slice(0, Math.max(0, own.length - MAX_SSE_PER_PRINCIPAL + 1))) {
        streams.delete(end);
        o.logger.info('event stream ended: the same principal opened a newer one', { via: h.via, role: h.role });
        end();
      }
    },
    add(holder, end) {
      streams.set(end, holder);
      timer ??= setInterval(() => void tick(), STREAM_CHECK_MS);
      timer.unref();
      return () => {
        streams.delete(end);
        if (!streams.size) stopTicking();
      };
    },
    recheck,
    close() {
      for (const off of offs) off();
      stopTicking();
      for (const end of streams.keys()) end();
      streams.clear();
    },
  };
}
