/**
 * Components whose code loads when first asked for (a page, or the dashboard's cards below its
 * first screen). One import at a time per key; a failed one is forgotten, so the next render asks
 * again: React.lazy keeps its first outcome for good, so a failed lazy component is dropped and a
 * new one made. A component whose code has arrived is itself; until then a lazy one stands for it,
 * and `subscribe` says when one arrives, so a caller draws it at once. (Revealed by the lazy
 * component's own retry instead, React would hold it behind its Suspense fallback until 300 ms
 * after the fallback was drawn: its fallback throttle, FALLBACK_THROTTLE_MS.)
 */
import { type ComponentType, lazy, type LazyExoticComponent } from 'react';

/** A component's code or stylesheet did not arrive; the page area says so and tries again. */
export class PageLoadError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'PageLoadError';
  }
}

export type Loader<P extends object = object> = () => Promise<ComponentType<P>>;

export function createLazyViews<K extends string, P extends object = object>(loaders: Partial<Record<K, Loader<P>>>) {
  const made = new Map<K, LazyExoticComponent<ComponentType<P>>>();
  const loading = new Map<K, Promise<ComponentType<P>>>();
  const ready = new Map<K, ComponentType<P>>();
  const listeners = new Set<() => void>();
  const load = (key: K): Promise<ComponentType<P>> => {
    let mine = loading.get(key);
    if (!mine) {
      mine = loaders[key]!().then(
        (c) => {
          ready.set(key, c);
          for (const l of [...listeners]) l();
          return c;
        },
        (err: unknown) => {
          if (loading.get(key) === mine) loading.delete(key);
          throw new PageLoadError(err);
        },
      );
      loading.set(key, mine);
    }
    return mine;
  };
  return {
    view(key: K): ComponentType<P> {
      const arrived = ready.get(key);
      if (arrived) return arrived;
      let view = made.get(key);
      if (!view) {
        const mine = lazy(() =>
          load(key).then(
            (c) => ({ default: c }),
            (err: unknown) => {
              if (made.get(key) === mine) made.delete(key);
              throw err;
            },
          ),
        );
        view = mine;
        made.set(key, view);
      }
      return view as ComponentType<P>;
    },
    /** Fetches a component's code; a failure (a PageLoadError) is forgotten, so the next call asks again. */
    load,
    /** Starts fetching a component's code before anything draws it; a failure waits for the draw's own try. */
    preload(key: K): void {
      load(key).catch(() => undefined);
    },
    /** Whether a component's code has arrived: with `subscribe`, a store for useSyncExternalStore. */
    arrived: (key: K): boolean => ready.has(key),
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
