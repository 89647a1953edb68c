/**
 * The contract's part for signed-in browsers (issue 50): an admin lists the live browser sessions
 * and revokes one. Each is named by its own random id (`sid`), never by its cookie or the cookie's
 * hash, so the list signs nobody in. The sessions themselves live in electron/engine/api/sessions.ts.
 * Pure.
 */
import { z } from 'zod';

import { GET, method, none, POST } from './method';
import type { Schema } from './status';

const epochMs = z.number().describe('epoch ms');
/** A session's own random id (sessions.ts `newSid`). */
export const SID = /^s[0-9a-f]{12}$/;

export const browserSessionSchema = z.object({
  sid: z.string().describe("the session's own random id: names it to revoke it, useless to sign in with"),
  /** `discord:<user id>` or `token:<token id>`. */
  id: z.string().describe('who: discord:<user id>, or token:<token id> for a token sign-in'),
  name: z.string().describe("the Discord user's name, or the name of the token it signed in with"),
  role: z.enum(['admin', 'viewer', 'metrics']),
  via: z.enum(['discord', 'token']).describe('signed in with Discord, or with a token on the sign-in page'),
  onHost: z.boolean().describe("signed in with this host's proof (DATA_DIR/host-proof), not merely over loopback"),
  createdAt: epochMs,
  lastSeenAt: epochMs.describe("epoch ms of the session's last request"),
  expiresAt: epochMs.describe('when it ends: 12 h after the last request, 7 days after the sign-in at most'),
  current: z.boolean().describe("the caller's own session"),
});
export type BrowserSession = z.infer<typeof browserSessionSchema>;

export const browserSessionsSchema = z.object({
  sessions: z.array(browserSessionSchema),
  /** Why there is nothing to list (the app's own window: no browser signs in to it); null when the list is whole. */
  unavailable: z.string().nullable(),
});
export type BrowserSessions = z.infer<typeof browserSessionsSchema>;

export const revokeSessionInputSchema = z.strictObject({
  sid: z.string().regex(SID, 'a session id is "s" and 12 hex digits, as listed').describe('the session to end'),
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
