/**
 * The words for signed-in browsers (issue 50), said alike by the API (electron/engine/api/
 * session-admin.ts) and the Settings page's list of them (renderer/src/settings/sessions/). Pure.
 */

/** Why the app's own window lists no browser: the desktop app serves no port, so none can sign in to it. */
export const NO_BROWSER_SESSIONS =
  "No browser can sign in to the desktop app: it serves no port, so there are no sign-ins to list. Browsers sign in to a runner's dashboard (ipwatch monitor with the API on).";

/** What revoking the caller's own session did. */
export const REVOKED_OWN_SESSION = 'That was your own session: this browser is signed out.';

/** What revoking another browser's session did. */
export const revokedSession = (name: string): string => `Signed out: ${name}'s browser must sign in again.`;

/** Why a Revoke found nothing to end. */
export const noSuchSession = (sid: string): string =>
  `no signed-in browser has the id ${sid}: it has already ended (signed out, revoked or expired)`;
