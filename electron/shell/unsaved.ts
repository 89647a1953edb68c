/**
 * Closing the app's window with unsaved work in it (Settings' draft, issue 75). The page sets
 * beforeunload while it holds a draft (renderer/src/leave-guard.ts); Electron then refuses the
 * close without a word unless the shell answers 'will-prevent-unload'. The shell asks with a
 * native dialog in the app's language: "Discard and leave" lets the close go on (the draft is
 * dropped), "Stay here" (also Escape) keeps the window and the draft. The tray's Quit closes the
 * window this way first (closeAsking), so it asks too and a "Stay here" stops the quit.
 */
import { type BrowserWindow, dialog } from 'electron';

import type { Translator } from '../../shared/i18n/translator';

/** The dialog's buttons, in order. */
export const DISCARD = 0;
export const STAY = 1;

/** How long a close may wait on the page (its beforeunload, the question): past it the window is closed anyway. */
export const CLOSE_BOUND_MS = 10_000;

/** Asks on every refused unload of `w`'s page; `onStay` is called when the person keeps the window. */
export function askOnUnload(w: BrowserWindow, words: () => Translator, onStay: () => void): void {
  w.webContents.on('will-prevent-unload', (event) => {
    const { t } = words();
    const choice = dialog.showMessageBoxSync(w, {
      type: 'question',
      title: t('settings.leave.title'),
      message: t('settings.leave.title'),
      detail: t('settings.leave.body'),
      buttons: [t('settings.leave.discard'), t('settings.leave.stay')],
      defaultId: STAY,
      cancelId: STAY,
      noLink: true,
    });
    // Prevented, the page's refusal is overruled: the close (or reload) goes on.
    if (choice === DISCARD) event.preventDefault();
    else onStay();
  });
}

/**
 * Closes `w` as a person would, the page asking first when it holds a draft: true once it is
 * closed, false when the person chose to stay. A page that does not let go within `boundMs`
 * (hung) is destroyed, so a quit never waits for ever.
 */
export function closeAsking(w: BrowserWindow, stays: Set<() => void>, boundMs = CLOSE_BOUND_MS): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (closed: boolean) => {
      clearTimeout(timer);
      w.off('closed', onClosed);
      stays.delete(onStay);
      resolve(closed);
    };
    const onClosed = () => done(true);
    const onStay = () => done(false);
    const timer = setTimeout(() => w.destroy(), boundMs);
    w.once('closed', onClosed);
    stays.add(onStay);
    w.close();
  });
}
