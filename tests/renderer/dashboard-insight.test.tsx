// @vitest-environment happy-dom
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { fakeEngine, renderApp, status } from './fake-engine';
import { insight } from './fake-insight';

afterEach(cleanup);

describe('dashboard insight', () => {
  it('shows uptime over 24 h, 30 d and a year, the recent checks, the mean time held and the outages', async () => {
    const fake = fakeEngine();
    renderApp(fake);
    const uptime = await screen.findByRole('region', { name: 'Uptime' });
    // Each tile names the time it covers: the figure is over monitored time only.
    expect(within(uptime).getByTestId('uptime-1').textContent).toBe(
      '99.50 %last 24 hover 1 d monitored · offline 7 min 12 s',
    );
    expect(within(uptime).getByTestId('uptime-30').textContent).toBe(
      '99.98 %last 30 dover 30 d monitored · offline 8 min 38 s',
    );
    expect(within(uptime).getByTestId('uptime-365').textContent).toBe(
      '99.98 %last 1 yover 40 d monitored · offline 10 min',
    );

    const recent = screen.getByRole('region', { name: 'Recent checks' });
    const v4 = within(recent).getByRole('img', { name: 'IPv4, the last 20 checks: 19 ok, 1 failed' });
    const marks = v4.querySelectorAll('.beat');
    expect(marks).toHaveLength(20);
    expect(marks[7]!.className).toBe('beat beat-failed');
    expect(marks[7]!.getAttribute('title')).toMatch(/: failed: no source answered$/);
    expect(within(recent).getByRole('img', { name: 'IPv6, the last 20 checks: 20 ok' })).toBeTruthy();

    const held = screen.getByRole('region', { name: 'Time an address is held' });
    expect(within(held).getByTestId('held-v4').textContent).toBe('3 d 4 h (12 addresses)');
    expect(within(held).getByTestId('held-v6').textContent).toBe('no change seen yet');

    const outages = screen.getByRole('region', { name: 'Outages' });
    const table = within(outages).getByRole('table', { name: 'Latest outages' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Start', 'End', 'Duration', 'Cause']);
    const row = within(outages).getAllByRole('row')[1]!;
    expect(within(row).getByText('7 min 12 s')).toBeTruthy();
    expect(within(row).getByText('no source answered with an address for IPv4')).toBeTruthy();
    expect(fake.client.getInsight).toHaveBeenCalledWith({ checks: 50, outages: 10 });
  });

  it('a fresh install shows one figure since its first check, in the API figures, offline never above monitored', async () => {
    const fake = fakeEngine();
    const now = Date.now();
    const first = now - (4 * 60_000 + 59_000);
    // Offline longer than monitored would read "offline 4 min 18 s" over "4 minutes": clamped, in the same words.
    const w = (label: string, days: number) => ({
      label,
      days,
      from: now - days * 86_400_000,
      percent: 13.71,
      monitoredMs: 299_000,
      offlineMs: 258_000,
    });
    fake.client.getInsight.mockResolvedValue(
      insight({ at: now, firstCheckAt: first, uptime: [w('24 h', 1), w('30 d', 30), w('1 y', 365)] }),
    );
    renderApp(fake);
    const uptime = await screen.findByRole('region', { name: 'Uptime' });
    const tiles = await within(uptime).findAllByRole('listitem');
    expect(tiles).toHaveLength(1);
    const text = tiles[0]!.textContent!;
    expect(text).toMatch(/^13\.71 %since .+over 4 min 59 s monitored · offline 4 min 18 s$/);
    expect(text).toContain(new Date(first).getFullYear().toString());
  });

  it('with no source set up, the time is "not monitored: no source", never offline, and the network is not blamed', async () => {
    const fake = fakeEngine({ status: { ...status(), sources: [] } });
    fake.client.getInsight.mockResolvedValue(
      insight({
        firstCheckAt: null,
        uptime: [{ label: '24 h', days: 1, from: 0, percent: null, monitoredMs: 0, offlineMs: 0 }],
        // What the store records for a check with no source: unavailable, no request sent.
        checks: {
          v4: Array.from({ length: 20 }, (_, i) => ({ at: Date.now() - (20 - i) * 60_000, result: 'unavailable' })),
          v6: [],
        },
        outages: { items: [], total: 0 },
      }),
    );
    renderApp(fake);
    const uptime = await screen.findByRole('region', { name: 'Uptime' });
    await vi.waitFor(() =>
      expect(within(uptime).getByTestId('uptime-1').textContent).toBe(
        '—not monitored: no sourceno source is set up, so no check is sent',
      ),
    );
    expect(uptime.textContent).not.toMatch(/offline|portal|Wi-Fi/);
    // The recent checks: no request was sent, so each is not monitored, in a neutral mark, never failed.
    const recent = screen.getByRole('region', { name: 'Recent checks' });
    const v4 = within(recent).getByRole('img', { name: 'IPv4, the last 20 checks: 20 not monitored: no source' });
    const marks = [...v4.querySelectorAll('.beat')];
    expect(marks.map((m) => m.className)).toEqual(Array(20).fill('beat beat-unmonitored'));
    expect(marks[7]!.getAttribute('title')).toMatch(/: not monitored: no source$/);
    expect(v4.querySelector('.beat-failed')).toBeNull();
    expect(within(recent).getByRole('list', { name: 'What the marks mean' }).textContent).toMatch(
      /not monitored: no source$/,
    );
  });

  it('leaves out a family switched off, says when there was no outage, and refreshes after a check', async () => {
    const st = status();
    const fake = fakeEngine({
      status: { ...st, families: { ...st.families, v6: { ...st.families.v6, enabled: false } } },
    });
    fake.client.getInsight.mockResolvedValue(insight({ outages: { items: [], total: 0 } }));
    renderApp(fake);
    const recent = await screen.findByRole('region', { name: 'Recent checks' });
    expect(within(recent).queryByText('IPv6')).toBeNull();
    expect(screen.getByText('No outage recorded.')).toBeTruthy();
    const calls = fake.client.getInsight.mock.calls.length;
    act(() =>
      fake.emit({
        type: 'check',
        at: Date.now(),
        family: 4,
        trigger: 'interval',
        result: 'unchanged',
        ip: '81.2.69.142',
        requests: 1,
        durationMs: 5,
        attempts: [],
      }),
    );
    await vi.waitFor(() => expect(fake.client.getInsight.mock.calls.length).toBeGreaterThan(calls));
  });
});
