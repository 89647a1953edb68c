/** The pages and their hash addresses (#/history): works from a file:// window and any server path. */
import { useSyncExternalStore } from 'react';

export const PAGES = [
  { path: '/', title: 'Dashboard' },
  { path: '/history', title: 'History' },
  { path: '/charts', title: 'Charts' },
  { path: '/map', title: 'Map' },
  { path: '/sites', title: 'Sites' },
  { path: '/settings', title: 'Settings' },
  { path: '/discord', title: 'Discord' },
  { path: '/activity', title: 'Activity' },
  { path: '/connections', title: 'Connections' },
] as const;
export type PagePath = (typeof PAGES)[number]['path'];

/** The page of a hash; a page's own part after it (`#/settings/sources`) belongs to that page. */
export function pageOf(hash: string): PagePath {
  const path = hash.replace(/^#/, '').split('?')[0] || '/';
  return PAGES.find((p) => p.path === path || (p.path !== '/' && path.startsWith(`${p.path}/`)))?.path ?? '/';
}

/** The part of a hash after its page: `#/settings/sources?x=1` -> `sources`; '' when none. */
export const subPathOf = (hash: string): string =>
  (hash.replace(/^#/, '').split('?')[0] ?? '').split('/').slice(2).join('/');

/**
 * The hash for a route the app's main process asks for (tray menu, a notification's click),
 * e.g. `history?change=4-1700000000000` -> `#/history?change=4-1700000000000`.
 */
export function hashOfRoute(route: string): string {
  const [page = '', query] = route.replace(/^[#/]+/, '').split('?', 2);
  const path = pageOf(`#/${page}`);
  const sub = path === '/' ? '' : subPathOf(`#/${page}`);
  return `#${path}${sub ? `/${sub}` : ''}${query ? `?${query}` : ''}`;
}

const subscribe = (l: () => void) => {
  window.addEventListener('hashchange', l);
  return () => window.removeEventListener('hashchange', l);
};

export function useRoute(): PagePath {
  return useSyncExternalStore(subscribe, () => pageOf(window.location.hash));
}

/** The current hash's part after its page (`sources` in `#/settings/sources`). */
export function useRouteSub(): string {
  return useSyncExternalStore(subscribe, () => subPathOf(window.location.hash));
}

/** The query part of a hash: `#/settings?invalid=1` -> `invalid=1`. */
export const queryOf = (hash: string): string => hash.split('?').slice(1).join('?');

/** The current hash's query (a string, so React sees a change only when it changes). */
export function useRouteQuery(): URLSearchParams {
  return new URLSearchParams(useSyncExternalStore(subscribe, () => queryOf(window.location.hash)));
}

/** A change a notification points at, `4-1700000000000` (family, then the time in ms), or null. */
export function changeRef(value: string | null): { family: 4 | 6; at: number } | null {
  const m = /^([46])-(\d{1,15})$/.exec(value ?? '');
  return m ? { family: m[1] === '4' ? 4 : 6, at: Number(m[2]) } : null;
}
