// @vitest-environment happy-dom
/**
 * The page area's guard (renderer/src/shell/PageBoundary.tsx): a page whose files did not arrive
 * says so beside a menu that stays, and loads again by itself, importing anew, when the engine
 * answers again or on its timer; a page that throws offers a reload.
 */
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ComponentType, Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';

import { createConnection } from '../../renderer/src/api/connection';
import { EngineProvider } from '../../renderer/src/api/engine';
import { createEventLog } from '../../renderer/src/api/event-log';
import type { Client } from '../../renderer/src/api/types';
import { createPageViews, retryDelayMs } from '../../renderer/src/shell/page-views';
import { PageBoundary } from '../../renderer/src/shell/PageBoundary';
import './fake-engine';
import { renderInEnglish } from './in-english';

afterEach(cleanup);

/** A page loader that fails while `down` (as a fetch to a stopped engine does), then loads. */
function flakyLoader() {
  const calls = { n: 0, down: true };
  const load = async (): Promise<ComponentType> => {
    calls.n += 1;
    if (calls.down) throw new TypeError('Failed to fetch dynamically imported module: /assets/History-x.js');
    return function History() {
      return <h1>History content</h1>;
    };
  };
  return { calls, load };
}

function renderArea(view: ComponentType, state: 'connected' | 'disconnected') {
  const connection = createConnection(state);
  const engine = { client: {} as Client, connection, http: null, events: createEventLog() };
  const View = view;
  renderInEnglish(
    <EngineProvider engine={engine}>
      <nav aria-label="Main">
        <a href="#/">Dashboard</a>
      </nav>
      <main>
        <PageBoundary title="History">
          <Suspense fallback={<p>Loading…</p>}>
            <View />
          </Suspense>
        </PageBoundary>
      </main>
    </EngineProvider>,
  );
  return connection;
}

/** The lazy view is asked for on each render, as the shell does, so a failed one is made anew. */
function viewOf(load: () => Promise<ComponentType>): ComponentType {
  const views = createPageViews({ '/history': load });
  return function Area() {
    const View = views.view('/history');
    return <View />;
  };
}

describe('PageBoundary', () => {
  it('keeps the menu while a page cannot load, and loads it when the engine answers again', async () => {
    const flaky = flakyLoader();
    const connection = renderArea(viewOf(flaky.load), 'disconnected');
    const alert = await screen.findByRole('alert');
    expect(screen.getByRole('heading', { name: 'History could not be loaded' })).toBeTruthy();
    expect(alert.textContent).toMatch(/the engine is not answering/);
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
    const failedCalls = flaky.calls.n;
    flaky.calls.down = false;
    act(() => connection.set('connected'));
    expect(await screen.findByRole('heading', { name: 'History content' })).toBeTruthy();
    // React.lazy keeps a failure for good: the page was imported again by a new lazy component.
    expect(flaky.calls.n).toBeGreaterThan(failedCalls);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tries again on its own timer while the engine answers (the files were missing)', async () => {
    const flaky = flakyLoader();
    renderArea(viewOf(flaky.load), 'connected');
    expect((await screen.findByRole('alert')).textContent).toMatch(/files did not arrive/);
    const failedCalls = flaky.calls.n;
    flaky.calls.down = false;
    // The first retry comes after retryDelayMs(0), with no one touching the window.
    expect(
      await screen.findByRole('heading', { name: 'History content' }, { timeout: retryDelayMs(0) + 9000 }),
    ).toBeTruthy();
    expect(flaky.calls.n).toBe(failedCalls + 1);
  });

  it('tries again at once when asked, and fetches failed stylesheets anew', async () => {
    const flaky = flakyLoader();
    const failed = document.createElement('link');
    failed.rel = 'stylesheet';
    document.head.append(failed);
    renderArea(viewOf(flaky.load), 'disconnected');
    const button = await screen.findByRole('button', { name: 'Try again now' });
    flaky.calls.down = false;
    await userEvent.click(button);
    expect(await screen.findByRole('heading', { name: 'History content' })).toBeTruthy();
    expect(failed.isConnected).toBe(false);
    expect(document.head.querySelectorAll('link[rel="stylesheet"]')).toHaveLength(1);
    document.head.querySelector('link')?.remove();
  });

  it('shows a page that threw, with Reload, and keeps the menu', async () => {
    function Broken(): never {
      throw new Error('cannot read properties of undefined');
    }
    renderArea(Broken, 'connected');
    expect(await screen.findByRole('heading', { name: 'Something went wrong on the History page' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(screen.getByText('cannot read properties of undefined')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again now' })).toBeNull();
  });
});

describe('retryDelayMs', () => {
  it.each([
    [0, 1000],
    [1, 2000],
    [3, 8000],
    [4, 16_000],
    [5, 30_000],
    [20, 30_000],
  ])('retry %i waits %i ms', (n, ms) => {
    expect(retryDelayMs(n)).toBe(ms);
  });
});
