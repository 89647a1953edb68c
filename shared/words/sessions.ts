/**
 * The words for signed-in browsers (issue 50), said alike by the API (electron/engine/api/
 * session-admin.ts, in English) and the Settings page's list of them (renderer/src/settings/
 * sessions/, in the page's language): the catalogue's `sessions.*`. Pure.
 */
import type { Translator } from '../i18n/translator';

/** Why the app's own window lists no browser: the desktop app serves no port, so none can sign in to it. */
export const noBrowserSessions = (words: Translator): string => words.t('sessions.noBrowserSessions');

/** What revoking the caller's own session did. */
export const revokedOwnSession = (words: Translator): string => words.t('sessions.revokedOwn');

/** What revoking another browser's session did. */
export const revokedSession = (name: string, words: Translator): string => words.t('sessions.revoked', { name });

/** Why a Revoke found nothing to end. */
export const noSuchSession = (sid: string, words: Translator): string => words.t('sessions.noSuch', { sid });
