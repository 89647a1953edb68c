/**
 * The words for what a role may not do, said alike by the API's refusal (electron/engine/api/guards.ts)
 * and beside the buttons a viewer's page turns off (renderer/src/api/may-act.ts). Pure.
 */

/** Why a viewer may not press Check now or a Test: those send or spend a request outside (issue 50). */
export const VIEWERS_CANNOT_TEST = "Viewers can't send tests or checks: an admin can.";

/** Why a viewer may not press Pause, Save or any other change (issue 50): the API refuses it with 403. */
export const VIEWERS_CANNOT_CHANGE = 'Viewers can read but not change: an admin can.';

/** Why a viewer sees no list of signed-in browsers (issue 50): the API gives `adminOnly` reads to admins only. */
export const VIEWERS_CANNOT_SEE_SIGN_INS = "Viewers can't see who is signed in: an admin can.";
