/**
 * The contract's signed-in browsers (issue 50): `listSessions` shows an admin every live browser
 * session (the caller's own marked `current`), `revokeSession` ends one by its random id. Neither
 * ever carries a cookie or its hash (sessions.ts keeps those to itself). A revoke is written to
 * the audit log with who did it and whose session it was. Without a session store (the app's own
 * window: the desktop app serves no port) the list is empty and says why.
 */
import { ApiError, type ApiHandlers, type BrowserSession, type CallContext } from '../../../../shared/contract';
import { english } from '../../../../shared/i18n/translators';
import type { Reason } from '../../../../shared/reason';
import { noBrowserSessions, noSuchSession, revokedOwnSession, revokedSession } from '../../../../shared/words/sessions';
import { reason } from '../../reason';
import { loopbackAddress } from '../access/guards';
import type { SessionInfo, SessionStore } from './sessions';

type Audit = (ctx: CallContext, action: string, result: string, detail?: string | Reason | null) => void;
export type SessionHandlers = Pick<ApiHandlers, 'listSessions' | 'revokeSession'>;

/** A session as the contract shows it, `current` when it is the caller's. */
export const rowOf = (s: SessionInfo, callerSid: string | null | undefined): BrowserSession => ({
  sid: s.sid,
  id: s.id,
  name: s.name,
  role: s.role,
  via: s.via,
  onHost: s.onHost,
  browser: s.browser,
  system: s.system,
  address: s.address,
  // The host proof is only ever given over loopback (host-proof.ts), so a session on the host came from it.
  loopback: s.onHost || loopbackAddress(s.address ?? undefined),
  createdAt: s.createdAt,
  lastSeenAt: s.lastSeenAt,
  expiresAt: s.expiresAt,
  current: callerSid !== null && callerSid !== undefined && s.sid === callerSid,
});

/** Whose session it was, for the audit log as a code: "Ada (admin, Discord, s0123456789ab)", and whether the caller's own. */
const whose = (s: SessionInfo, own: boolean) =>
  reason('reason.audit.revoked', { name: s.name, role: s.role, via: s.via, sid: s.sid, own: own ? 'yes' : 'no' });

/** The two handlers over the server's session store; null: no browser signs in here. */
export function createSessionHandlers(sessions: SessionStore | null, audit: Audit): SessionHandlers {
  return {
    async listSessions(_input, ctx) {
      if (!sessions) return { sessions: [], unavailable: noBrowserSessions(english) };
      // Most recently used first: the browser in hand is at the top.
      const rows = sessions.list().map((s) => rowOf(s, ctx.sid));
      return { sessions: rows.sort((a, b) => b.lastSeenAt - a.lastSeenAt), unavailable: null };
    },
    async revokeSession({ sid }, ctx) {
      const ended = sessions ? await sessions.revokeBySid(sid) : null;
      if (!ended) {
        const why = sessions ? noSuchSession(sid, english) : noBrowserSessions(english);
        // Named by the method, as the door's refusals are (refusals.ts): the log reads "Tried to revoke a browser session".
        audit(ctx, 'revokeSession', 'refused', why);
        throw new ApiError(404, why);
      }
      const own = ctx.sid === sid;
      audit(ctx, 'session.revoke', 'ok', whose(ended, own));
      return {
        revoked: rowOf(ended, ctx.sid),
        own,
        message: own ? revokedOwnSession(english) : revokedSession(ended.name, english),
      };
    },
  };
}
