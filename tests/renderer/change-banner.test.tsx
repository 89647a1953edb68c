// @vitest-environment happy-dom
/**
 * A change you cannot miss: the family's card says "Changed 4 s ago: was 81.2.69.1" with the old
 * address struck through, for as long as monitor.changeShownMinutes says, and the window's title
 * and favicon say which family changed. The clock is vitest's fake one (the seconds tick by it).
 */
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { HistoryEntry } from '../../renderer/src/api/types';
import { changeTitle, faviconHref } from '../../renderer/src/change-signal';
import { english } from '../../shared/i18n/translators';
import { fakeEngine, renderApp, status } from './fake-engine';

const T = Date.UTC(2026, 10, 26, 12, 0, 0);
const NEW = '81.2.69.142';
const OLD = '81.2.69.1';

/** The recent addresses, newest first: IPv4 changed from OLD 4 s before T, IPv6's first sighting an hour before. */
const recent = (changedAt: number): HistoryEntry[] => [
  {
    id: 3,
    family: 4,
    ip: NEW,
    prefix: null,
    firstSeen: changedAt,
    lastSeen: changedAt,
    checks: 1,
    sources: ['http0-v4'],
    change: { from: OLD, trigger: 'interval', sources: ['http0-v4', 'http1-v4'] },
  },
  {
    id: 2,
    family: 6,
    ip: '2a02:1:2:3::5',
    prefix: null,
    firstSeen: changedAt - 3_600_000,
    lastSeen: changedAt,
    checks: 60,
    sources: ['http0-v6'],
    change: { from: null, trigger: 'start', sources: ['http0-v6'] },
  },
];

beforeEach(() => {
  vi.useFakeTimers({ now: T, shouldAdvanceTime: true, toFake: ['Date', 'setInterval', 'clearInterval'] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  document.title = '';
});

describe('a change you cannot miss', () => {
  it('marks the changed card with the old address struck through, then stops after the set time', async () => {
    const fake = fakeEngine({ status: status(), history: recent(T - 4000) });
    renderApp(fake);
    const banner = await screen.findByTestId('change-v4');
    expect(banner.getAttribute('role')).toBe('status');
    // Seen: "Changed 4 s ago: was 81.2.69.1", the old address in <del>.
    expect(within(banner).getByText(/Changed 4 s ago: was/)).toBeTruthy();
    expect(banner.querySelector('del')!.textContent).toBe(OLD);
    // Heard: one steady sentence, with the time of day rather than ticking seconds.
    expect(banner.querySelector('.sr-only')!.textContent).toMatch(
      /^IPv4 changed at .+; the old address was 81\.2\.69\.1\.$/,
    );
    expect(screen.getByRole('region', { name: 'IPv4' }).className).toContain('changed');
    // IPv6's first address is not a change: no banner on its card.
    expect(screen.queryByTestId('change-v6')).toBeNull();
    // The title and favicon say it.
    await vi.waitFor(() => expect(document.title).toBe('IPWatch · IPv4 changed'));
    expect(document.querySelector<HTMLLinkElement>('link[rel="icon"]')!.dataset.changed).toBe('true');
    // The seconds count on.
    await act(async () => {
      vi.advanceTimersByTime(10_000);
    });
    expect(within(screen.getByTestId('change-v4')).getByText(/Changed 14 s ago/)).toBeTruthy();
    // The default hour passes: the card, the title and the icon are back to normal.
    await act(async () => {
      vi.advanceTimersByTime(60 * 60_000);
    });
    await vi.waitFor(() => expect(screen.queryByTestId('change-v4')).toBeNull());
    await vi.waitFor(() => expect(document.title).toBe('Dashboard · IPWatch'));
    expect(document.querySelector<HTMLLinkElement>('link[rel="icon"]')!.dataset.changed).toBe('false');
  });

  it('follows monitor.changeShownMinutes: 0 never marks a change', async () => {
    const fake = fakeEngine({ status: status(), history: recent(T - 4000) });
    await fake.client.saveSettings({
      settings: { ...fake.settings, monitor: { ...(fake.settings.monitor as object), changeShownMinutes: 0 } },
    });
    renderApp(fake);
    await screen.findByTestId('ip-v4');
    await vi.waitFor(() => expect(fake.client.getSettings).toHaveBeenCalled());
    await vi.waitFor(() => expect(document.title).toBe('Dashboard · IPWatch'));
    expect(screen.queryByTestId('change-v4')).toBeNull();
  });

  it('puts Recent changes beside the addresses, not after the other cards', async () => {
    renderApp(fakeEngine({ status: status(), history: recent(T - 4000) }));
    const changes = await screen.findByRole('region', { name: 'Recent changes' });
    expect(changes.parentElement).toBe(screen.getByRole('region', { name: 'IPv4' }).parentElement);
  });

  it.each([
    [[], 'Dashboard', 'Dashboard · IPWatch'],
    [[{ family: 4 as const }], 'Dashboard', 'IPWatch · IPv4 changed'],
    [[{ family: 6 as const }], 'History', 'IPWatch · IPv6 changed'],
    [[{ family: 4 as const }, { family: 6 as const }], 'Charts', 'IPWatch · IPv4 and IPv6 changed'],
  ])('title of %j on %s: %s', (changes, page, title) => {
    expect(changeTitle(changes, page, english)).toBe(title);
  });

  it('draws the favicon from the app icon, an orange mark when changed, without a request', () => {
    const calm = decodeURIComponent(faviconHref(false));
    const changed = decodeURIComponent(faviconHref(true));
    expect(calm.startsWith('data:image/svg+xml,<svg')).toBe(true);
    expect(calm).toContain('#16a34a');
    expect(changed).toContain('#ea580c');
    expect(changed).not.toContain('#16a34a');
  });
});
