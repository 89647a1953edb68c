/** An open window and a new build served (renderer/src/shell/build-watch.ts): asked at calm moments, reloaded once. */
import { describe, expect, it } from 'vitest';

import { createConnection } from '../../renderer/src/api/connection';
import { RELOADED_FOR_KEY, watchBuild } from '../../renderer/src/shell/build-watch';

function setup(own: string | null, served: string | null, unsaved = false) {
  const connection = createConnection('connected');
  const target = new EventTarget();
  const stored = new Map<string, string>();
  const asked: string[] = [];
  const reloads: string[] = [];
  let answer = served;
  const watch = watchBuild({
    own,
    connection,
    target: target as unknown as Window,
    storage: { getItem: (k) => stored.get(k) ?? null, setItem: (k, v) => void stored.set(k, v) },
    unsaved: () => unsaved,
    served: async () => (asked.push(String(answer)), answer),
    reload: () => reloads.push(String(answer)),
  });
  return {
    connection,
    stored,
    asked,
    reloads,
    watch,
    serve: (id: string | null) => (answer = id),
    /** Fires an event and waits until the watcher has acted on the server's answer. */
    async fire(type: string) {
      target.dispatchEvent(new Event(type));
      await watch.idle();
    },
  };
}

describe('watchBuild', () => {
  it('reloads once for a new build on navigation, and never again for the same build', async () => {
    const w = setup('index-A.js', 'index-B.js');
    await w.fire('hashchange');
    expect(w.reloads).toEqual(['index-B.js']);
    expect(w.stored.get(RELOADED_FOR_KEY)).toBe('index-B.js');
    // The reload brought the old build back (a cache): the next navigation does not loop.
    await w.fire('hashchange');
    expect(w.asked).toHaveLength(2);
    expect(w.reloads).toHaveLength(1);
    // A newer build still reloads; a page that failed to load asks too.
    w.serve('index-C.js');
    await w.fire('vite:preloadError');
    expect(w.reloads).toEqual(['index-B.js', 'index-C.js']);
    w.watch.stop();
    await w.fire('hashchange');
    expect(w.asked).toHaveLength(3);
  });

  it('stays with the same build, or when the server does not say', async () => {
    const w = setup('index-A.js', 'index-A.js');
    await w.fire('hashchange');
    w.serve(null);
    await w.fire('vite:preloadError');
    expect(w.asked).toEqual(['index-A.js', 'null']);
    expect(w.reloads).toEqual([]);
  });

  it('asks when the engine answers again after a gap, and waits while a form holds edits', async () => {
    const calm = setup('index-A.js', 'index-B.js');
    calm.connection.set('connecting');
    calm.connection.set('connected');
    await calm.watch.idle();
    // Not a gap: the first connection of the window.
    expect(calm.asked).toEqual([]);
    calm.connection.set('disconnected');
    calm.connection.set('connected');
    await calm.watch.idle();
    expect(calm.reloads).toEqual(['index-B.js']);

    const busy = setup('index-A.js', 'index-B.js', true);
    busy.connection.set('disconnected');
    busy.connection.set('connected');
    await busy.watch.idle();
    expect(busy.asked).toHaveLength(1);
    expect(busy.reloads).toEqual([]);
    // The reconnect's answer was "later"; the navigation that follows reloads.
    await busy.fire('hashchange');
    expect(busy.reloads).toEqual(['index-B.js']);
  });

  it('loses no navigation while a reconnect is still asking, and reloads once for both', async () => {
    const w = setup('index-A.js', 'index-B.js');
    w.connection.set('disconnected');
    w.connection.set('connected');
    await w.fire('hashchange');
    expect(w.asked).toHaveLength(2);
    expect(w.reloads).toEqual(['index-B.js']);
  });

  it('watches nothing without a build of its own (the app window)', async () => {
    const w = setup(null, 'index-B.js');
    w.connection.set('disconnected');
    w.connection.set('connected');
    await w.fire('hashchange');
    expect(w.asked).toEqual([]);
    expect(w.reloads).toEqual([]);
  });
});
