/**
 * The one-time link that confirms a browser is at this host (issue 73), as Jupyter's tokened link
 * does: `ipwatch open` (electron/headless/open-command.ts) asks for one with this run's host proof
 * over loopback (host-proof.ts: a value only the runner's user can read), and the browser that
 * opens it makes its session this host's for HOST_CONFIRMED_MS. A dangerous change from the
 * Settings page then passes (guards.ts dangerReason), as the CLI's own would; after that the
 * session falls back to its token's rights.
 *
 * A link's key is 32 random bytes; only its SHA-256 is kept, in memory (a restart ends every link
 * and every confirmation). It works once, within HOST_LINK_MS of its making, on the monotonic
 * clock: a wall clock set back never revives one. Only this host's user can make links, so the
 * few kept (HOST_LINKS_MAX, the oldest dropped) are that user's alone; the confirmations are one
 * per session, and sessions have their own bound (sessions.ts).
 */
import { createHash, randomBytes } from 'node:crypto';

import type { Clock } from '../../clock';

/** How long a link may wait to be opened. */
export const HOST_LINK_MS = 2 * 60_000;
/** How long a session opened the link stays this host's. */
export const HOST_CONFIRMED_MS = 5 * 60_000;
/** Links kept unopened at once: `ipwatch open` run again and again keeps the newest. */
export const HOST_LINKS_MAX = 8;
/** A key: 32 random bytes, base64url. Anything else is not looked up. */
export const HOST_LINK_KEY = /^[\w-]{43}$/;

/**
 * How a redemption ended: the session is now this host's, or why not: the key is spent or was
 * never made (`unknown`), came too late (`expired`), or no admin session opened it (`signIn`).
 */
export type Redeemed = 'confirmed' | 'unknown' | 'expired' | 'signIn';

export interface HostLinks {
  /** A new key, to be opened within HOST_LINK_MS. */
  make(): { key: string; expiresInMs: number };
  /**
   * Spends the key (a second use is `unknown`); `sid`, the session opening it, becomes this host's
   * for HOST_CONFIRMED_MS when the key was live. Null `sid` (no admin session): the key is spent
   * and nothing confirmed.
   */
  redeem(key: string, sid: string | null): Redeemed;
  /** Is this session confirmed at this host now? */
  confirmed(sid: string | null): boolean;
}

const hashOf = (key: string) => createHash('sha256').update(key).digest('hex');

export function createHostLinks(clock: Pick<Clock, 'monotonic'>): HostLinks {
  /** Key hash -> monotonic deadline, oldest first (a Map keeps insertion order). */
  const links = new Map<string, number>();
  /** Session id -> monotonic end of its confirmation. */
  const sessions = new Map<string, number>();
  const prune = (now: number) => {
    for (const [h, until] of links) if (until <= now) links.delete(h);
    for (const [sid, until] of sessions) if (until <= now) sessions.delete(sid);
  };
  return {
    make() {
      const now = clock.monotonic();
      prune(now);
      while (links.size >= HOST_LINKS_MAX) links.delete(links.keys().next().value!);
      const key = randomBytes(32).toString('base64url');
      links.set(hashOf(key), now + HOST_LINK_MS);
      return { key, expiresInMs: HOST_LINK_MS };
    },
    redeem(key, sid) {
      if (!HOST_LINK_KEY.test(key)) return 'unknown';
      const h = hashOf(key);
      const until = links.get(h);
      if (until === undefined) return 'unknown';
      links.delete(h);
      const now = clock.monotonic();
      if (until <= now) return 'expired';
      if (sid === null) return 'signIn';
      sessions.set(sid, now + HOST_CONFIRMED_MS);
      return 'confirmed';
    },
    confirmed(sid) {
      if (sid === null) return false;
      const until = sessions.get(sid);
      return until !== undefined && until > clock.monotonic();
    },
  };
}
