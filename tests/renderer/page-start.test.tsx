// @vitest-environment happy-dom
/**
 * The window's start (issue 51): the page it opens on is fetched before React draws anything
 * (renderer/src/shell/page-views.ts `preload`), and the page's first reads beside the status
 * (renderer/src/api/queries.ts `prefetchPageReads`), so the page draws without asking twice.
 */
import { cleanup, screen } from '@testing-library/react';
import { type ComponentType, Suspense, useSyncExternalStore } from 'react';
import { afterEach, describe, expect, it } from 'vitest';

import { createConnection } from '../../renderer/src/api/connection';
import { createEventLog } from '../../renderer/src/api/event-log';
import { prefetchPageReads, sitesQuery } from '../../renderer/src/api/queries';
import type { Client } from '../../renderer/src/api/types';
import { App, newQueryClient } from '../../renderer/src/App';
import { createPageViews } from '../../renderer/src/shell/page-views';
import { fakeEngine } from './fake-engine';
import { renderInEnglish } from './in-english';

afterEach(cleanup);

/** A page loader the test answers when it likes, counting its imports. */
function heldLoader() {
  let answer!: (c: ComponentType) => void;
  const calls = { n: 0 };
  const load = () => {
    calls.n += 1;
    return new Promise<ComponentType>((resolve) => (answer = resolve));
  };
  const History = () => <h1>History content</h1>;
  return { calls, load, arrive: () => answer(History), History };
}

describe('page views', () => {
  it('preload imports a page once; once it arrived, the page is its own component and listeners are told', async () => {
    const held = heldLoader();
    const views = createPageViews({ '/history': held.load });
    let told = 0;
    views.subscribe(() => (told += 1));
    views.preload('/history');
    views.preload('/history');
    const lazyView = views.view('/history');
    expect(held.calls.n).toBe(1);
    expect(views.arrived('/history')).toBe(false);
    held.arrive();
    await expect.poll(() => views.arrived('/history')).toBe(true);
    expect(told).toBe(1);
    expect(views.view('/history')).toBe(held.History);
    expect(lazyView).not.toBe(held.History);
    expect(held.calls.n).toBe(1);
  });

  it('a page drawn while its code travels shows its loading line, then the page as it arrives', async () => {
    const held = heldLoader();
    const views = createPageViews({ '/history': held.load });
    function Area() {
      useSyncExternalStore(views.subscribe, () => views.arrived('/history'));
      const View = views.view('/history');
      return (
        <Suspense fallback={<p>Loading History…</p>}>
          <View />
        </Suspense>
      );
    }
    renderInEnglish(<Area />);
    expect(await screen.findByText('Loading History…')).toBeTruthy();
    held.arrive();
    expect(await screen.findByRole('heading', { name: 'History content' })).toBeTruthy();
    expect(screen.queryByText('Loading History…')).toBeNull();
    expect(held.calls.n).toBe(1);
  });

  it('a failed preload is forgotten: the page imports again when drawn', async () => {
    let n = 0;
    const views = createPageViews({
      '/history': async () => {
        n += 1;
        if (n === 1) throw new TypeError('Failed to fetch dynamically imported module');
        return () => <h1>History content</h1>;
      },
    });
    views.preload('/history');
    await expect.poll(() => n).toBe(1);
    const View = views.view('/history');
    renderInEnglish(
      <Suspense fallback={<p>Loading…</p>}>
        <View />
      </Suspense>,
    );
    expect(await screen.findByRole('heading', { name: 'History content' })).toBeTruthy();
    expect(n).toBe(2);
  });
});

describe('prefetchPageReads', () => {
  it('asks for the sites beside the status when the window opens on Sites, and the page does not ask again', async () => {
    const fake = fakeEngine();
    const client = fake.client as Client;
    const queryClient = newQueryClient();
    prefetchPageReads(queryClient, client, '/sites');
    expect(fake.client.getSites).toHaveBeenCalledTimes(1);
    await expect.poll(() => queryClient.getQueryData(sitesQuery(client).queryKey)).toBeTruthy();
    window.location.hash = '#/sites';
    const engine = { client, connection: createConnection('connected'), http: null, events: createEventLog() };
    renderInEnglish(<App engine={engine} queryClient={queryClient} />);
    expect(await screen.findByRole('heading', { name: 'Sites', level: 1 })).toBeTruthy();
    expect(await screen.findByText('This runner does not watch a fleet.')).toBeTruthy();
    expect(fake.client.getSites).toHaveBeenCalledTimes(1);
  });

  it('asks nothing more for a page without first reads of its own', () => {
    const fake = fakeEngine();
    prefetchPageReads(newQueryClient(), fake.client as Client, '/history');
    expect(fake.client.getSites).not.toHaveBeenCalled();
    expect(fake.client.getHistory).not.toHaveBeenCalled();
  });
});
