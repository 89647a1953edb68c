/**
 * The contract's part for signed-in browsers (issue 50): an admin lists the live browser sessions
 * and revokes one. Each is named by its own random id (`sid`), never by its cookie or the cookie's
 * hash, so the list signs nobody in. The sessions themselves live in electron/engine/api/sessions.ts.
 * Pure.
 */
import * as z from 'zod/mini';

import { described } from './described';
import { GET, method, none, POST } from './method';
import type { Schema } from './status';

const epochMs = described(z.number(), 'epoch ms');
/** A session's own random id (sessions.ts `newSid`). */
export const SID = /^s[0-9a-f]{12}$/;

export const browserSessionSchema = z.object({
  sid: described(z.string(), "the session's own random id: names it to revoke it, useless to sign in with"),
  /** `discord:<user id>` or `token:<token id>`. */
  id: described(z.string(), 'who: discord:<user id>, or token:<token id> for a token sign-in'),
  name: described(z.string(), "the Discord user's name, or the name of the token it signed in with"),
  role: z.enum(['admin', 'viewer', 'metrics']),
  via: described(z.enum(['discord', 'token']), 'signed in with Discord, or with a token on the sign-in page'),
  onHost: described(z.boolean(), "signed in with this host's proof (DATA_DIR/host-proof), not merely over loopback"),
  browser: described(
    z.nullable(z.string()),
    'the browser its User-Agent named at sign-in, a known name and major version ("Firefox 128"); null: unknown',
  ),
  system: described(z.nullable(z.string()), 'the system its User-Agent named at sign-in ("Windows"); null: unknown'),
  address: described(
    z.nullable(z.string()),
    'the address it signed in from; null: unknown (signed in before it was kept)',
  ),
  loopback: described(z.boolean(), 'it signed in over loopback: from this machine (or a proxy on it)'),
  createdAt: epochMs,
  lastSeenAt: described(epochMs, "epoch ms of the session's last request"),
  expiresAt: described(epochMs, 'when it ends: 12 h after the last request, 7 days after the sign-in at most'),
  current: described(z.boolean(), "the caller's own session"),
});
export type BrowserSession = z.infer<typeof browserSessionSchema>;

export const browserSessionsSchema = z.object({
  sessions: z.array(browserSessionSchema),
  /** Why there is nothing to list (the app's own window: no browser signs in to it); null when the list is whole. */
  unavailable: z.nullable(z.string()),
});
export type BrowserSessions = z.infer<typeof browserSessionsSchema>;

export const revokeSessionInputSchema = z.strictObject({
  sid: described(
    z.string().check(z.regex(SID, 'a session id is "s" and 12 hex digits, as listed')),
    'the session to end',
  ),
});

export const revokedSessionSchema = z.object({
  revoked: browserSessionSchema,
  /** The caller's own session: this browser is signed out now. */
  own: z.boolean(),
  /** What happened, in words. */
  message: z.string(),
});
export type RevokedSession = z.infer<typeof revokedSessionSchema>;

export const sessionsApi = {
  /** The live browser sessions, the caller's own marked `current`; an admin's read. */
  listSessions: method({
    summary: 'Signed-in browsers',
    http: GET('/sessions'),
    mutates: false,
    adminOnly: true,
    input: none,
    output: browserSessionsSchema as Schema<BrowserSessions>,
  }),
  /** Ends one browser's session by its id (404 when none is open); the caller's own may be ended too. */
  revokeSession: method({
    summary: 'Revoke a browser session',
    http: POST('/sessions/revoke'),
    mutates: true,
    input: revokeSessionInputSchema,
    output: revokedSessionSchema as Schema<RevokedSession>,
  }),
};
