// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { fakeEngine, renderApp, runs } from './fake-engine';

afterEach(cleanup);

describe('charts, discord and activity pages', () => {
  it('charts: the empty states once the answers are in', async () => {
    const fake = fakeEngine({ history: runs(6) });
    renderApp(fake, '#/charts');
    // The runs are from January: the page opens on the year, which holds them all.
    const period = await screen.findByRole('combobox', { name: 'Period' });
    expect((period as HTMLSelectElement).value).toBe('365');
    fireEvent.change(period, { target: { value: '30' } });
    // Each empty chart says why (charts/empty-reasons.ts): none of the runs is in the last 30 days.
    expect(await screen.findByText('No changes in this period: no address was recorded.')).toBeTruthy();
    expect(screen.getByText(/^Nothing monitored in this period yet: each check/)).toBeTruthy();
    expect(screen.getByText(/^No source answer time in this period yet: each check/)).toBeTruthy();
    expect(
      screen.getAllByText('No address was recorded in this period: a longer period holds the older ones.'),
    ).toHaveLength(2);
    expect(screen.queryByText(/Loading/)).toBeNull();
    // One query per period, not one per render.
    const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(fake.client.getStats.mock.calls).toEqual([
      [{ days: 365, hourly: true, tz }],
      [{ days: 30, hourly: true, tz }],
    ]);
  });

  it('discord: says when the bot is off, and shows one that runs', async () => {
    const fake = fakeEngine();
    const { unmount } = renderApp(fake, '#/discord');
    expect(await screen.findByText(/The bot is off/)).toBeTruthy();
    unmount();
    const withBot = fakeEngine();
    const st = await withBot.client.getStatus();
    withBot.setStatus({
      ...st,
      bot: {
        state: 'connected',
        user: 'ipwatch#0001',
        guilds: [{ id: '1', name: 'Home', channel: '2', problem: 'missing Send Messages' }],
        pingMs: 42,
        lastError: null,
        nextAttemptAt: null,
        commands: { registered: true, scope: 'guild', at: 1, error: null },
        inviteUrl: null,
      },
    });
    renderApp(withBot, '#/discord');
    expect(await screen.findByText('as ipwatch#0001')).toBeTruthy();
    expect(screen.getByText(/Home/)).toBeTruthy();
    expect(screen.getByText(/missing Send Messages/)).toBeTruthy();
    expect(screen.getByText('Registered in each configured server.')).toBeTruthy();
  });

  it('activity: opens with the events the history keeps, then adds the live ones, each once', async () => {
    const fake = fakeEngine();
    const now = Date.now();
    fake.client.getAudit.mockResolvedValue({
      items: [{ id: 1, at: now, actor: 'api', action: 'settings.write', detail: 'monitor.intervalSec', result: 'ok' }],
      total: 1,
    });
    const change = { at: now - 60_000, family: 4 as const, from: '81.2.69.142', to: '81.2.69.143' };
    fake.client.getRecentEvents.mockResolvedValue({
      at: now,
      items: [
        { type: 'change', ...change, trigger: 'manual' },
        { type: 'check', at: now - 60_000, family: 4, result: 'changed' },
        { type: 'notice', at: now - 59_000, channel: 'hook', kind: 'ipv4-changed', status: 'sent', error: null },
      ],
    });
    renderApp(fake, '#/activity');
    const audit = await screen.findByRole('table', { name: 'Audit log' });
    expect(within(audit).getByText('Settings written by IPWatch')).toBeTruthy();
    expect(within(audit).getByText('the API')).toBeTruthy();
    const events = await screen.findByRole('list', { name: 'Events, newest first' });
    expect(
      within(events).getByText(/IPv4 changed 81\.2\.69\.142 → 81\.2\.69\.143, found by a check you started/),
    ).toBeTruthy();
    expect(within(events).getByText(/Sent 'IPv4 address changed' to hook/)).toBeTruthy();
    expect(screen.queryByText(/Waiting for the engine's next event/)).toBeNull();
    expect(fake.client.getRecentEvents).toHaveBeenCalledWith({ limit: 500 });
    // The same change arriving live (a page subscribed before the read) shows once; a new outage joins.
    act(() => fake.emit({ type: 'change', ...change, trigger: 'manual', fromSince: null, sources: [] }));
    act(() => fake.emit({ type: 'offline', at: Date.now(), cause: 'no route to host' }));
    expect(await within(events).findByText(/Offline: no route to host/)).toBeTruthy();
    expect(within(events).getAllByText(/IPv4 changed/)).toHaveLength(1);
    expect(within(events).getAllByRole('listitem')).toHaveLength(4);
  });

  it('activity: a check with no source reads not monitored, neutral; one page of audit needs no pager', async () => {
    const fake = fakeEngine();
    const now = Date.now();
    fake.client.getAudit.mockResolvedValue({ items: [], total: 0 });
    fake.client.getRecentEvents.mockResolvedValue({
      at: now,
      items: [
        { type: 'check', at: now - 1000, family: 6, result: 'no-source' },
        { type: 'check', at: now - 2000, family: 4, result: 'unavailable' },
      ],
    });
    renderApp(fake, '#/activity');
    const events = await screen.findByRole('list', { name: 'Events, newest first' });
    const unmonitored = (await within(events).findByText(/IPv6 not monitored: no source/)).closest('li')!;
    expect(unmonitored.className).toBe('event-unmonitored');
    const failed = within(events)
      .getByText(/Checked IPv4: no source answered/)
      .closest('li')!;
    expect(failed.className).toBe('');
    expect(await screen.findByText('Nothing in the audit log yet.')).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Audit pages' })).toBeNull();
  });

  it('activity: hides unchanged checks until asked, and pages through the rest', async () => {
    const fake = fakeEngine();
    const now = Date.now();
    // Newest first, as the server sends them (the page keeps the server's order).
    const items = [
      { type: 'check' as const, at: now - 500, family: 4 as const, result: 'unchanged' as const },
      ...Array.from({ length: 60 }, (_, i) => ({
        type: 'notice' as const,
        at: now - 1000 * (i + 1),
        channel: 'hook',
        kind: 'offline',
        status: 'sent' as const,
        error: null,
      })),
    ];
    fake.client.getRecentEvents.mockResolvedValue({ at: now, items });
    renderApp(fake, '#/activity');
    const events = await screen.findByRole('list', { name: 'Events, newest first' });
    // 60 notices: 50 on the first page, the unchanged check hidden.
    expect(within(events).getAllByRole('listitem')).toHaveLength(50);
    expect(within(events).queryByText(/Checked IPv4/)).toBeNull();
    const pager = screen.getByRole('navigation', { name: 'Event pages' });
    expect(pager.textContent).toMatch(/60 events, page 1 of 2/);
    fireEvent.click(within(pager).getByRole('button', { name: 'Older' }));
    expect(within(screen.getByRole('list', { name: 'Events, newest first' })).getAllByRole('listitem')).toHaveLength(
      10,
    );
    // Ticking unchanged checks shows the check (the newest line, on the first page).
    fireEvent.click(screen.getByRole('checkbox', { name: /Unchanged checks \(1\)/ }));
    fireEvent.click(within(pager).getByRole('button', { name: 'Newer' }));
    const first = screen.getByRole('list', { name: 'Events, newest first' });
    expect(within(first).getAllByRole('listitem')[0]!.textContent).toMatch(/Checked IPv4: no change$/);
    // Hiding notifications leaves the check alone.
    fireEvent.click(screen.getByRole('checkbox', { name: /Notifications \(60\)/ }));
    expect(within(screen.getByRole('list', { name: 'Events, newest first' })).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.queryByRole('navigation', { name: 'Event pages' })).toBeNull();
  });

  it('activity: says when nothing happened yet', async () => {
    renderApp(fakeEngine(), '#/activity');
    expect(await screen.findByText("Nothing happened yet: the engine's first check shows here.")).toBeTruthy();
  });
});
