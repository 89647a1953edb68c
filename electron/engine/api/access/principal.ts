/**
 * Who a request acts for (issue 50): a scoped API token or a signed-in browser session, with
 * the role that decides what it may do. The auth hook (server.ts) puts one on every guarded
 * request; routes, the audit log and the dangerous-change rule read it.
 * - admin: everything;
 * - viewer: reads everything, changes nothing;
 * - metrics: /metrics, /healthz and the badge only.
 */
export const ROLES = ['admin', 'viewer', 'metrics'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  role: Role;
  /** How the request proved itself. */
  via: 'token' | 'session';
  /** For people and the audit log: the token's name ("grafana") or the Discord user's name. */
  name: string;
  /** A stable id: the token's id, or `discord:<user id>` / `token:<token id>` for a session. */
  id: string;
  /** When the session's sign-in happened (epoch ms); absent for a bearer token. */
  signedInAt?: number;
  /** A session's way in: with Discord, or with a token (POST /session). */
  signedInWith?: 'discord' | 'token';
  /** A token session's sign-in came from this host over loopback (guards.ts fromThisHost). */
  signedInOnHost?: boolean;
  /** A token session: the mark of the token's value it signed in with (token-file.ts tokenMark). */
  tokenMark?: string;
}
