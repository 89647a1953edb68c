/**
 * The audit rows a sign-in with Discord leaves (issue 62), as the API answers them (id and time
 * aside): the viewer of tests/helpers/discord-cast.ts let in and the stranger refused, from this
 * host. The API test (tests/electron/engine/api/discord-sign-in-audit.test.ts) holds that the real
 * API sends exactly these; the Audit page's test (tests/renderer/audit-sign-in-languages.test.tsx)
 * shows them, so the page is tested on what the engine sends.
 */
import type { AuditEntry } from '../../shared/contract/history';
import { SERVER, SERVER_NAME, STRANGER, VIEW_ROLE, VIEWER } from './discord-cast';

/** The browser's address as the API reads it: the test's fetch comes from loopback. */
export const FROM = '127.0.0.1';

/** Newest first, as the audit log lists them: the stranger was refused after the viewer signed in. */
export const SIGN_IN_ROWS: Omit<AuditEntry, 'id' | 'at'>[] = [
  {
    actor: `${STRANGER.username} (discord:${STRANGER.id})`,
    action: 'session.sign-in',
    detail: `with Discord, from ${FROM}: Your Discord account is not a member of the Discord server this IPWatch serves, nor listed as an admin.`,
    result: 'refused',
    reason: {
      code: 'reason.signIn.refusedWithDiscord',
      values: { from: FROM },
      inner: { code: 'reason.signIn.notMember', values: {} },
    },
  },
  {
    actor: `${VIEWER.username} (viewer, session)`,
    action: 'session.sign-in',
    detail: `with Discord, from ${FROM}; holds a viewer role listed in the sign-in settings in the Discord server "${SERVER_NAME}" (role id ${VIEW_ROLE}, server id ${SERVER})`,
    result: 'ok',
    reason: {
      code: 'reason.signIn.withDiscord',
      values: { from: FROM },
      inner: {
        code: 'reason.signIn.viewerRole',
        values: { named: 'yes', server: SERVER_NAME, serverId: SERVER, roleId: VIEW_ROLE },
      },
    },
  },
];
