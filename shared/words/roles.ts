/**
 * The words for what a role may not do, said alike by the API's refusal (electron/engine/api/guards.ts)
 * and beside the buttons a viewer's page turns off (renderer/src/api/may-act.ts). Pure.
 */

/** Why a viewer may not press Check now or a Test: those send or spend a request outside (issue 50). */
export const VIEWERS_CANNOT_TEST = "Viewers can't send tests or checks: an admin can.";
