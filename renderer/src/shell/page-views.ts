/**
 * The pages as React components. The dashboard loads with the window; the others (with the
 * table, chart and schema libraries they alone need) load when first opened, which keeps the
 * first load small. A page whose files could not be fetched (the engine was stopped) must be
 * fetchable again: React.lazy keeps its first outcome for good, so a failed one is forgotten
 * here and the next render makes a new lazy component that imports again.
 */
import { type ComponentType, lazy, type LazyExoticComponent } from 'react';

import { Dashboard } from '../pages/Dashboard';
import type { PagePath } from '../routes';

type Loader = () => Promise<ComponentType>;

const LOADERS: Record<Exclude<PagePath, '/'>, Loader> = {
  '/history': () => import('../pages/History').then((m) => m.History),
  '/charts': () => import('../pages/Charts').then((m) => m.Charts),
  '/sites': () => import('../pages/Sites').then((m) => m.Sites),
  '/settings': () => import('../pages/Settings').then((m) => m.Settings),
  '/discord': () => import('../pages/Discord').then((m) => m.Discord),
  '/activity': () => import('../pages/Activity').then((m) => m.Activity),
};

/** A page's code or stylesheet did not arrive; the page area says so and tries again. */
export class PageLoadError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'PageLoadError';
  }
}

/** The page components made so far; a failed one is dropped, so the next render imports again. */
export function createPageViews(loaders: Record<string, Loader> = LOADERS) {
  const made = new Map<string, LazyExoticComponent<ComponentType>>();
  return {
    view(route: PagePath): ComponentType {
      if (route === '/') return Dashboard;
      let view = made.get(route);
      if (!view) {
        const mine = lazy(() =>
          loaders[route]!().then(
            (c) => ({ default: c }),
            (err: unknown) => {
              if (made.get(route) === mine) made.delete(route);
              throw new PageLoadError(err);
            },
          ),
        );
        view = mine;
        made.set(route, view);
      }
      return view;
    },
  };
}

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
