/**
 * Whether a window reloads for a new build of the dashboard, as a pure function with its table
 * beside it (tests/renderer/reload-decision.test.ts).
 *
 * | own / served       | reloaded for served | moment       | unsaved | decision |
 * | ------------------ | ------------------- | ------------ | ------- | -------- |
 * | either unknown     | -                   | any          | any     | stay     |
 * | the same           | -                   | any          | any     | stay     |
 * | different          | yes                 | any          | any     | stay     |
 * | different          | no                  | navigation   | any     | reload   |
 * | different          | no                  | load-failed  | any     | reload   |
 * | different          | no                  | reconnect    | no      | reload   |
 * | different          | no                  | reconnect    | yes     | later    |
 *
 * "Reloaded for served" is kept in sessionStorage: a reload that brings up the same old build (a
 * cache, a proxy) is not repeated, so a window never loops. On navigation the page being left is
 * gone anyway, and after a failed load there is no page to lose; a reconnect (the engine came back,
 * perhaps upgraded) waits while a form holds unsaved edits, until the next navigation.
 */
export type ReloadMoment = 'navigation' | 'load-failed' | 'reconnect';
export type ReloadDecision = 'stay' | 'reload' | 'later';

export interface ReloadInput {
  /** The window's own build; null where no server serves it (the app's file:// window, vite's dev server). */
  own: string | null;
  /** The build the server serves now; null when it did not say (not answering, an older server). */
  served: string | null;
  /** The served build a reload was already made for in this tab. */
  reloadedFor: string | null;
  moment: ReloadMoment;
  /** A form on the page holds edits not yet saved. */
  unsaved: boolean;
}

export function reloadDecision(i: ReloadInput): ReloadDecision {
  if (i.own === null || i.served === null || i.own === i.served) return 'stay';
  if (i.reloadedFor === i.served) return 'stay';
  if (i.moment === 'reconnect' && i.unsaved) return 'later';
  return 'reload';
}
