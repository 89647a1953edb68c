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
      '99.50 %last 24 hover the 24 hours monitored · offline 7 min 12 s',
    );
    expect(within(uptime).getByTestId('uptime-30').textContent).toMatch(/^99\.98 %last 30 dover the 30 days monitored/);
    // Nothing monitored over the year in this answer: a dash, not 100 %.
    expect(within(uptime).getByTestId('uptime-365').textContent).toBe('—last 1 ynot monitored in this time');

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
    expect(within(row).getByText('no source answered')).toBeTruthy();
    expect(fake.client.getInsight).toHaveBeenCalledWith({ checks: 50, outages: 10 });
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
