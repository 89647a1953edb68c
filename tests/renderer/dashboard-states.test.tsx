// @vitest-environment happy-dom
/**
 * The dashboard tells the truth: addresses read "last known" while nothing confirms them, the
 * first address seen is not a change, and the actions sit in the page's head.
 */
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { fakeEngine, renderApp, status } from './fake-engine';
import { insight } from './fake-insight';

afterEach(cleanup);

const MIN = 60_000;

describe('dashboard states', () => {
  it('shows current addresses in full, with For counting from when each was first seen', async () => {
    renderApp(fakeEngine());
    const v4 = await screen.findByTestId('ip-v4');
    expect(v4.className).toBe('ip');
    expect(screen.queryByTestId('last-known-v4')).toBeNull();
    expect(screen.getByTestId('for-v4').textContent).toBe('1 h');
  });

  it('greys both addresses as last known while there is no internet, and For stops at the last confirmation', async () => {
    const now = Date.now();
    const s = status({ online: false, offlineSince: now - 5 * MIN });
    // Each address held from an hour before this test's clock (the fixture reads its own clock, which
    // can be a millisecond later and made "49 min 59 s").
    const failed = (f: typeof s.families.v4) => ({
      ...f,
      since: now - 60 * MIN,
      lastCheck: { ...f.lastCheck!, at: now - MIN, result: 'unavailable' as const },
    });
    s.families = { v4: failed(s.families.v4), v6: failed(s.families.v6) };
    const fake = fakeEngine({ status: s });
    // The store's recent checks: the last one that confirmed the addresses was 10 minutes ago.
    const checks = [
      { at: now - 10 * MIN, result: 'unchanged' as const },
      { at: now - MIN, result: 'unavailable' as const },
    ];
    fake.client.getInsight.mockResolvedValue(insight({ checks: { v4: checks, v6: checks } }));
    renderApp(fake);
    expect(await screen.findByLabelText('Monitoring: No internet')).toBeTruthy();
    for (const f of [4, 6]) {
      const note = await screen.findByTestId(`last-known-v${f}`);
      expect(note.textContent).toMatch(
        /^Last known no source answered with an address; last confirmed .*\(10 min ago\)\.$/,
      );
      expect(screen.getByTestId(`ip-v${f}`).className).toBe('ip stale');
      // Held from an hour ago until the last confirmation 10 minutes ago: 50 minutes, not counting on.
      expect(screen.getByTestId(`for-v${f}`).textContent).toBe('50 min (to its last confirmation)');
    }
  });

  it('reads last known while disconnected, and current again once back', async () => {
    const { connection } = renderApp(fakeEngine());
    await screen.findByTestId('ip-v4');
    act(() => connection.set('disconnected'));
    expect(screen.getByTestId('last-known-v4').textContent).toMatch(/lost contact with the engine/);
    expect(screen.getByTestId('ip-v4').className).toBe('ip stale');
    act(() => connection.set('connected'));
    expect(screen.queryByTestId('last-known-v4')).toBeNull();
    expect(screen.getByTestId('ip-v4').className).toBe('ip');
  });

  it('reads last known while paused', async () => {
    renderApp(fakeEngine({ status: status({ pausedSince: Date.now() - MIN }) }));
    expect((await screen.findByTestId('last-known-v4')).textContent).toMatch(/paused by the user/);
    expect(screen.getByTestId('last-known-v6').textContent).toMatch(/paused by the user/);
  });

  it('does not call the first address seen a change', async () => {
    const t0 = Date.now() - 10 * MIN;
    const first = (id: number, family: 4 | 6, ip: string) => ({
      id,
      family,
      ip,
      prefix: null,
      firstSeen: t0,
      lastSeen: t0 + 9 * MIN,
      checks: 10,
      sources: ['http0-v4'],
      change: { from: null, trigger: 'start' as const, sources: ['http0-v4'] },
    });
    const fake = fakeEngine({ history: [first(1, 4, '81.2.69.142'), first(2, 6, '2a02:1:2:3::5')] });
    const held = { meanMs: null, addresses: 0 };
    fake.client.getInsight.mockResolvedValue(insight({ held: { v4: held, v6: held } }));
    renderApp(fake);
    const changes = await screen.findByRole('region', { name: 'Recent changes' });
    expect(await within(changes).findByText('No change seen yet.')).toBeTruthy();
    expect(within(changes).getAllByText(/first address seen, not a change/)).toHaveLength(2);
    expect(within(changes).queryByText(/was /)).toBeNull();
    const heldCard = await screen.findByRole('region', { name: 'Time an address is held' });
    expect(within(heldCard).getByTestId('held-v4').textContent).toBe('no change seen yet');
  });

  it('says "No change seen yet." with no address listed too, in the same words', async () => {
    renderApp(fakeEngine({ history: [] }));
    const changes = await screen.findByRole('region', { name: 'Recent changes' });
    expect(await within(changes).findByText('No change seen yet.')).toBeTruthy();
    expect(within(changes).queryByText(/No changes yet/)).toBeNull();
  });

  it('puts Check now, Pause and Copy in the page head, beside the health badge', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine({ status: status({ sources: [] }) });
    renderApp(fake);
    const actions = await screen.findByRole('group', { name: 'Actions' });
    const head = actions.closest('header')!;
    expect(within(head).getByRole('heading', { name: 'Dashboard' })).toBeTruthy();
    expect(within(head).getByTestId('health-badge')).toBeTruthy();
    expect(
      within(actions)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label') ?? b.textContent),
    ).toEqual(['Check now', 'Pause monitoring', 'Copy IPv4', 'Copy IPv6']);
    await user.click(within(actions).getByRole('button', { name: 'Copy IPv6' }));
    expect(await navigator.clipboard.readText()).toBe('2a02:1:2:3::5');
    expect(await within(actions).findByText('Copied')).toBeTruthy();
    // The Checks card further down keeps its facts only: one Check now on the page.
    expect(screen.getAllByRole('button', { name: 'Check now' })).toHaveLength(1);
    await user.click(within(actions).getByRole('button', { name: 'Check now' }));
    expect(fake.client.checkNow).toHaveBeenCalledOnce();
  });
});
