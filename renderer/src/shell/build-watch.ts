/**
 * Reloads a browser window once when the server has started serving a new build of the
 * dashboard: an upgrade replaces the page's chunks, and the old window would fail to load the
 * pages it had not opened yet. The server's build is asked for at calm moments only (a
 * navigation, the engine answering again after a gap, a page that failed to load); what to do is
 * reloadDecision's. The app's file:// window has no server build and is not watched.
 */
import { BUILD_ID_HEADER } from '../../../shared/build-id';
import type { Connection } from '../api/connection';
import { type ReloadMoment, reloadDecision } from './reload-decision';

export const RELOADED_FOR_KEY = 'ipwatch.reloadedForBuild';

export interface BuildWatchOptions {
  /** This window's build (buildIdOfScript(import.meta.url)); null: nothing to watch. */
  own: string | null;
  connection: Connection;
  /** The build the server serves now, or null when it does not say. */
  served?: () => Promise<string | null>;
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  reload?: () => void;
  /** A form holds edits not saved yet. */
  unsaved?: () => boolean;
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

/** The dashboard's index answer names its build in a header; HEAD, so nothing else is sent. */
async function servedBuild(): Promise<string | null> {
  try {
    const res = await fetch('./', { method: 'HEAD', cache: 'no-store', credentials: 'same-origin' });
    return res.ok ? res.headers.get(BUILD_ID_HEADER) : null;
  } catch {
    return null;
  }
}

/**
 * Pages mark a form with unsaved edits `data-unsaved="true"`; a field being typed in counts too,
 * so a reconnect never reloads under someone's fingers.
 */
function pageHasUnsavedEdits(): boolean {
  if (document.querySelector('main [data-unsaved="true"]')) return true;
  const active = document.activeElement;
  return !!active?.closest('main') && active.matches('input:not([type=button]):not([type=submit]), textarea, select');
}

export interface BuildWatch {
  stop(): void;
  /** Resolves once the checks under way have been answered and acted on. */
  idle(): Promise<void>;
}

export function watchBuild(o: BuildWatchOptions): BuildWatch {
  const target = o.target ?? window;
  if (o.own === null) return { stop: () => {}, idle: async () => {} };
  const served = o.served ?? servedBuild;
  const storage = o.storage ?? sessionStorage;
  const reload = o.reload ?? (() => window.location.reload());
  const unsaved = o.unsaved ?? pageHasUnsavedEdits;
  const asking = new Set<Promise<void>>();

  // Each moment asks on its own: a navigation during a reconnect's question must not be lost
  // (the reconnect may have answered "later"). Two answers cannot reload twice: the first
  // records the build in storage before reloading, and the second then stays.
  const check = (moment: ReloadMoment) => {
    const q = served()
      .catch(() => null)
      .then((id) => {
        const decision = reloadDecision({
          own: o.own,
          served: id,
          reloadedFor: storage.getItem(RELOADED_FOR_KEY),
          moment,
          unsaved: unsaved(),
        });
        if (decision !== 'reload' || id === null) return;
        storage.setItem(RELOADED_FOR_KEY, id);
        reload();
      });
    asking.add(q);
    void q.finally(() => asking.delete(q));
  };

  const onNavigate = () => check('navigation');
  const onLoadFailed = () => check('load-failed');
  let was = o.connection.get();
  const stopConnection = o.connection.subscribe(() => {
    const now = o.connection.get();
    if (now === 'connected' && was === 'disconnected') check('reconnect');
    was = now;
  });
  target.addEventListener('hashchange', onNavigate);
  // vite's event for a chunk or stylesheet of a page that failed to load.
  target.addEventListener('vite:preloadError', onLoadFailed);
  return {
    stop() {
      stopConnection();
      target.removeEventListener('hashchange', onNavigate);
      target.removeEventListener('vite:preloadError', onLoadFailed);
    },
    async idle() {
      while (asking.size > 0) await Promise.allSettled([...asking]);
    },
  };
}
