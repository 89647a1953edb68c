/**
 * The pages as React components. The dashboard loads with the window; the others (with the
 * table, chart and schema libraries they alone need) load when first opened, which keeps the
 * first load small (lazy-views.ts). The page the window opens on is asked for at once (main.tsx,
 * `preload`), beside the first reads, not after them.
 */
import type { ComponentType } from 'react';

import { withSettingsWords } from '../i18n/settings-words';
import { createLazyViews, type Loader } from '../lazy-views';
import { Dashboard, preloadDashboardMore } from '../pages/Dashboard';
import type { PagePath } from '../routes';

type LazyPage = Exclude<PagePath, '/'>;

const LOADERS: Record<LazyPage, Loader> = {
  '/history': () => import('../pages/History').then((m) => m.History),
  '/charts': () => import('../pages/Charts').then((m) => m.Charts),
  // d3-geo and the world's shapes come with this page alone.
  '/map': () => import('../pages/Map').then((m) => m.MapPage),
  '/sites': () => import('../pages/Sites').then((m) => m.Sites),
  // These name Settings' own words (a setting by its schema path): fetched with them.
  '/settings': withSettingsWords(() => import('../pages/Settings').then((m) => m.Settings)),
  '/discord': () => import('../pages/Discord').then((m) => m.Discord),
  '/activity': withSettingsWords(() => import('../pages/Activity').then((m) => m.Activity)),
  '/connections': () => import('../pages/Connections').then((m) => m.Connections),
};

/** The page components: the Dashboard itself, the others as lazy-views.ts loads them. */
export function createPageViews(loaders: Partial<Record<LazyPage, Loader>> = LOADERS) {
  const lazyPages = createLazyViews<LazyPage>(loaders);
  return {
    view: (route: PagePath): ComponentType => (route === '/' ? Dashboard : lazyPages.view(route)),
    preload(route: PagePath): void {
      if (route === '/') preloadDashboardMore();
      else lazyPages.preload(route);
    },
    arrived: (route: PagePath): boolean => route === '/' || lazyPages.arrived(route),
    subscribe: lazyPages.subscribe,
  };
}

/** The window's pages: the shell draws them, main.tsx asks for the first one early. */
export const pageViews = createPageViews();

/**
 * vite asks for a page's stylesheet once per window: after a failed attempt it skips it, and a
 * page loaded again would have no styles. The failed <link> elements (no sheet) are replaced by
 * fresh ones, which the browser fetches again.
 */
export function reviveStylesheets(doc: Document = document): number {
  let revived = 0;
  for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
    if (link.sheet) continue;
    const fresh = link.cloneNode() as HTMLLinkElement;
    link.replaceWith(fresh);
    revived += 1;
  }
  return revived;
}

/** The wait before the n-th automatic retry (n from 0): 1, 2, 4, 8, 16 s, then every 30 s. */
export const retryDelayMs = (n: number): number => Math.min(1000 * 2 ** n, 30_000);
