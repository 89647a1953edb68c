/**
 * The words for what a role may not do, said alike by the API's refusal (electron/engine/api/access/guards.ts,
 * in English) and beside the buttons a viewer's page turns off (renderer/src/api/may-act.ts, in the
 * page's language): the catalogue's `roles.*`. Pure.
 */
import type { Translator } from '../i18n/translator';

/** Why a viewer may not press Check now or a Test: those send or spend a request outside (issue 50). */
export const viewersCannotTest = (words: Translator): string => words.t('roles.viewersCannotTest');

/** Why a viewer may not press Pause, Save or any other change (issue 50): the API refuses it with 403. */
export const viewersCannotChange = (words: Translator): string => words.t('roles.viewersCannotChange');

/** Why a viewer sees no list of signed-in browsers (issue 50): the API gives `adminOnly` reads to admins only. */
export const viewersCannotSeeSignIns = (words: Translator): string => words.t('roles.viewersCannotSeeSignIns');
