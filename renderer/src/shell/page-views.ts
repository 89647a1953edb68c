/**
 * The pages as React components. The dashboard loads with the window; the others (with the
 * table, chart and schema libraries they alone need) load when first opened, which keeps the
 * first load small. The page the window opens on is asked for at once (main.tsx, `preload`),
 * beside the first reads, not after them. A page whose files could not be fetched (the engine was
 * stopped) must be fetchable again: React.lazy keeps its first outcome for good, so a failed one
 * is forgotten here and the next render makes a new lazy component that imports again.
 */
import { type ComponentType, lazy, type LazyExoticComponent } from 'react';

import { withSettingsWords } from '../i18n/settings-words';
import { Dashboard } from '../pages/Dashboard';
import type { PagePath } from '../routes';

type Loader = () => Promise<ComponentType>;

const LOADERS: Record<Exclude<PagePath, '/'>, Loader> = {
  '/history': () => import('../pages/History').then((m) => m.History),
  '/charts': () => import('../pages/Charts').then((m) => m.Charts),
  '/sites': () => import('../pages/Sites').then((m) => m.Sites),
  // These name Settings' own words (a setting by its schema path): fetched with them.
  '/settings': withSettingsWords(() => import('../pages/Settings').then((m) => m.Settings)),
  '/discord': () => import('../pages/Discord').then((m) => m.Discord),
  '/activity': withSettingsWords(() => import('../pages/Activity').then((m) => m.Activity)),
  '/connections': () => import('../pages/Connections').then((m) => m.Connections),
};

/** A page's code or stylesheet did not arrive; the page area says so and tries again. */
export class PageLoadError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'PageLoadError';
  }
}

/**
 * The page components. A page whose code has arrived is its own component; until then a lazy one
 * stands for it, and `subscribe` says when one arrives, so the shell draws it at once. (Revealed
 * by the lazy component's own retry instead, React would hold it behind the "Loading…" line
 * until 300 ms after that line was drawn: its Suspense fallback throttle, FALLBACK_THROTTLE_MS.)
 */
export function createPageViews(loaders: Record<string, Loader> = LOADERS) {
  const made = new Map<string, LazyExoticComponent<ComponentType>>();
  const loading = new Map<string, Promise<ComponentType>>();
  const ready = new Map<string, ComponentType>();
  const listeners = new Set<() => void>();
  /** One import at a time per page; a failed one is forgotten, so the next asks again. */
  const load = (route: PagePath): Promise<ComponentType> => {
    let mine = loading.get(route);
    if (!mine) {
      mine = loaders[route]!().then(
        (c) => {
          ready.set(route, c);
          for (const l of [...listeners]) l();
          return c;
        },
        (err: unknown) => {
          if (loading.get(route) === mine) loading.delete(route);
          throw new PageLoadError(err);
        },
      );
      loading.set(route, mine);
    }
    return mine;
  };
  return {
    view(route: PagePath): ComponentType {
      if (route === '/') return Dashboard;
      const arrived = ready.get(route);
      if (arrived) return arrived;
      let view = made.get(route);
      if (!view) {
        const mine = lazy(() =>
          load(route).then(
            (c) => ({ default: c }),
            (err: unknown) => {
              if (made.get(route) === mine) made.delete(route);
              throw err;
            },
          ),
        );
        view = mine;
        made.set(route, view);
      }
      return view;
    },
    /** Starts fetching a page's code before anything draws it; a failure waits for the page's own try. */
    preload(route: PagePath): void {
      if (route !== '/') load(route).catch(() => undefined);
    },
    /** Whether a page's code has arrived: with `subscribe`, a store for useSyncExternalStore. */
    arrived: (route: PagePath): boolean => route === '/' || ready.has(route),
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
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
