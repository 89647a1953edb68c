/** The pages and their hash addresses (#/history): works from a file:// window and any server path. */
import { useSyncExternalStore } from 'react';

export const PAGES = [
  { path: '/', title: 'Dashboard' },
  { path: '/history', title: 'History' },
  { path: '/charts', title: 'Charts' },
  { path: '/settings', title: 'Settings' },
  { path: '/discord', title: 'Discord' },
  { path: '/activity', title: 'Activity' },
] as const;
export type PagePath = (typeof PAGES)[number]['path'];

export function pageOf(hash: string): PagePath {
  const path = hash.replace(/^#/, '').split('?')[0] || '/';
  return PAGES.find((p) => p.path === path)?.path ?? '/';
}

/**
 * The hash for a route the app's main process asks for (tray menu, a notification's click),
 * e.g. `history?change=4-1700000000000` -> `#/history?change=4-1700000000000`.
 */
export function hashOfRoute(route: string): string {
  const [page = '', query] = route.replace(/^[#/]+/, '').split('?', 2);
  const path = pageOf(`#/${page}`);
  return `#${path}${query ? `?${query}` : ''}`;
}

const subscribe = (l: () => void) => {
  window.addEventListener('hashchange', l);
  return () => window.removeEventListener('hashchange', l);
};

export function useRoute(): PagePath {
  return useSyncExternalStore(subscribe, () => pageOf(window.location.hash));
}
