// @vitest-environment happy-dom
/** The window's header (renderer/src/shell/Header.tsx): the Menu button as a disclosure, Sign out beside it. */
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';

import { createConnection } from '../../renderer/src/api/connection';
import { EngineProvider } from '../../renderer/src/api/engine';
import { createEventLog } from '../../renderer/src/api/event-log';
import type { HttpClient } from '../../renderer/src/api/http';
import type { Client } from '../../renderer/src/api/types';
import { newQueryClient } from '../../renderer/src/App';
import { PAGES } from '../../renderer/src/routes';
import { Header } from '../../renderer/src/shell/Header';
import { fakeEngine } from './fake-engine';
import { inEnglish } from './in-english';

afterEach(cleanup);

/** The header inside the engine it reads the status from (its plain-HTTP warning, serving.test.tsx). */
function inEngine() {
  const engine = {
    client: fakeEngine().client as Client,
    connection: createConnection('connected'),
    http: null,
    events: createEventLog(),
  };
  const queryClient = newQueryClient();
  return (el: ReactElement) => (
    <QueryClientProvider client={queryClient}>
      <EngineProvider engine={engine}>{inEnglish(el)}</EngineProvider>
    </QueryClientProvider>
  );
}

describe('Header', () => {
  it('opens the page list from Menu, moves focus to the current page, and Escape gives it back', async () => {
    render(inEngine()(<Header route="/history" http={null} />));
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const toggle = screen.getByRole('button', { name: 'Menu' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe('main-nav');
    expect(nav.className).toBe('');
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(nav.className).toBe('open');
    expect(document.activeElement?.textContent).toBe('History');
    expect(document.activeElement?.getAttribute('aria-current')).toBe('page');
    await userEvent.keyboard('{Escape}');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
    // No Sign out in the app's window (no HTTP session there).
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
  });

  it('closes when a page is chosen or on a click outside, and keeps Sign out in a browser', async () => {
    let signedOut = 0;
    const http = {
      signOut: async () => void (signedOut += 1),
      whoAmI: async () => null,
    } as unknown as HttpClient;
    const wrap = inEngine();
    const { rerender } = render(wrap(<Header route="/" http={http} />));
    const toggle = screen.getByRole('button', { name: 'Menu' });
    await userEvent.click(toggle);
    await userEvent.click(screen.getByRole('link', { name: 'Charts' }));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    rerender(wrap(<Header route="/charts" http={http} />));
    expect(screen.getByRole('link', { name: 'Charts' }).getAttribute('aria-current')).toBe('page');
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await userEvent.click(document.body);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(signedOut).toBe(1);
  });

  it('lists the same pages on every page: a page left out stays out while it is shown (issue 75)', () => {
    const wrap = inEngine();
    const links = () => screen.getAllByRole('link').map((a) => a.textContent);
    const { rerender } = render(wrap(<Header route="/" http={null} hidden={['/sites']} />));
    const onDashboard = links();
    expect(onDashboard).not.toContain('Sites');
    rerender(wrap(<Header route="/sites" http={null} hidden={['/sites']} />));
    expect(links()).toEqual(onDashboard);
    rerender(wrap(<Header route="/sites" http={null} />));
    const at = PAGES.findIndex((p) => p.path === '/sites');
    expect(links()).toEqual([...onDashboard.slice(0, at), 'Sites', ...onDashboard.slice(at)]);
  });
});
