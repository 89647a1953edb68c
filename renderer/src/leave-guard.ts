/**
 * A page holding unsaved work asks before it is left (issue 75): in-app links to another page are
 * held before they navigate, and any other way the hash moves to another page (the back button,
 * the tray's "open History", a typed address) is put back at once, so the page stays while the
 * question is asked. Closing or reloading a browser tab gets the browser's own question
 * (beforeunload: a page cannot word it); in the app's window, Electron hands the same refusal to
 * the shell, which asks with a native dialog in the app's language (electron/shell/unsaved.ts),
 * on closing the window and on the tray's Quit.
 */
import { useEffect, useRef } from 'react';

import { type PagePath, pageOf } from './routes';

interface Guard {
  page: PagePath;
  ask(to: string): void;
}

let guard: Guard | null = null;

const otherPage = (hash: string): boolean => guard !== null && pageOf(hash) !== guard.page;

/** A plain click on a link into the app (`#/...`) that would leave the guarded page: held, and asked about. */
function onClick(e: MouseEvent): void {
  if (!guard || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const link = e.target instanceof Element ? e.target.closest('a[href^="#/"]') : null;
  const to = link?.getAttribute('href');
  if (!to || link?.hasAttribute('download') || !otherPage(to)) return;
  e.preventDefault();
  guard.ask(to);
}

/** Any other move to another page: the address is put back before the router reads it. */
function onHashChange(e: HashChangeEvent): void {
  const to = new URL(e.newURL).hash;
  if (!guard || !otherPage(to)) return;
  window.history.replaceState(window.history.state, '', e.oldURL);
  guard.ask(to);
}

function onBeforeUnload(e: BeforeUnloadEvent): void {
  e.preventDefault();
  // Older Chromium (and so some Electron-less shells) ask only when returnValue is set.
  e.returnValue = '';
}

/**
 * While `active`, leaving `page` calls `ask` with the hash asked for instead of going there, and
 * closing or reloading the page asks too (the browser's question, or the app's).
 */
export function useLeaveGuard(page: PagePath, active: boolean, ask: (to: string) => void) {
  const asked = useRef(ask);
  asked.current = ask;
  useEffect(() => {
    if (!active) return;
    const mine: Guard = { page, ask: (to) => asked.current(to) };
    guard = mine;
    // Capture: before the router's own hashchange listener and before the link's default.
    document.addEventListener('click', onClick, true);
    window.addEventListener('hashchange', onHashChange, true);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      if (guard === mine) guard = null;
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('hashchange', onHashChange, true);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [page, active]);
}

/** Goes to `to` past the guard: the user chose. */
export function leaveTo(to: string): void {
  guard = null;
  window.location.hash = to;
}
