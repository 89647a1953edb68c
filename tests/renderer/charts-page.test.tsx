// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import type { HistoryEntry, StatsReport } from '../../renderer/src/api/types';
import { fakeEngine, renderApp } from './fake-engine';

afterEach(cleanup);

const H = 3_600_000;
const D = 86_400_000;

function recentRuns(now: number): HistoryEntry[] {
  const run = (id: number, ip: string, from: number, to: number, family: 4 | 6 = 4): HistoryEntry => ({
    id,
    family,
    ip,
    prefix: family === 6 ? '2a02:1:2:3::/64' : null,
    firstSeen: from,
    lastSeen: to,
    checks: 10,
    sources: ['http0-v4'],
    change: null,
  });
  return [
    run(3, '81.2.69.160', now - 2 * D, now),
    run(2, '198.51.100.1', now - 5 * D, now - 2 * D),
    run(1, '81.2.69.160', now - 40 * D, now - 5 * D),
    run(4, '2a02:1:2:3::5', now - 10 * D, now, 6),
  ];
}

describe('charts page', () => {
  it('draws each address as a labelled span in its colour, with its times on hover, and the time each held', async () => {
    const now = Date.now();
    const fake = fakeEngine({ history: recentRuns(now) });
    renderApp(fake, '#/charts');
    const v4 = await screen.findByRole('list', { name: 'IPv4 addresses over time' });
    const spans = within(v4).getAllByRole('listitem');
    expect(spans.map((s) => s.querySelector('.tl-ip')?.textContent)).toEqual([
      '81.2.69.160',
      '198.51.100.1',
      '81.2.69.160',
    ]);
    // The same address in the same colour, on the timeline and in the time held.
    expect(spans[0]!.style.background).toBe(spans[2]!.style.background);
    expect(spans[0]!.style.background).not.toBe(spans[1]!.style.background);
    const held = screen.getByRole('list', { name: 'Time held per address' });
    const bar = held.querySelector('[data-key="81.2.69.160"]') as HTMLElement;
    expect(bar.style.background).toBe(spans[0]!.style.background);
    expect(
      within(held)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.held-addr')?.textContent),
    ).toEqual(['IPv4 81.2.69.160', 'IPv6 2a02:1:2:3::/64', 'IPv4 198.51.100.1']);
    // Hover reads the span out: address, from, to, how long.
    const readout = screen.getByTestId('timeline-readout');
    expect(readout.textContent).toMatch(/^3 addresses in this period/);
    fireEvent.mouseEnter(spans[1]!);
    expect(readout.textContent).toMatch(/^198\.51\.100\.1: .+ to .+ \(3 d\)$/);
    expect(spans[1]!.getAttribute('title')).toBe(readout.textContent);
    fireEvent.mouseLeave(spans[1]!);
    expect(readout.textContent).toMatch(/^3 addresses/);
    // The legend names every address in the period with its colour.
    const legend = screen.getByRole('list', { name: 'Addresses over time: legend' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['81.2.69.160', '2a02:1:2:3::/64', '198.51.100.1']);
  });

  it('says so instead of drawing empty charts, for a period without changes, monitoring or figures', async () => {
    const fake = fakeEngine({ history: [] });
    const stats = await fake.client.getStats({});
    const quiet: StatsReport = {
      ...stats,
      from: Date.now() - 30 * D,
      changes: {
        total: 0,
        perDay: [{ start: Date.now() - H, label: 'x', count: 0, v4: 0, v6: 0 }],
        perWeek: [],
        perMonth: [],
      },
      sources: [
        {
          ...emptySource(),
          hours: [{ hour: Date.now() - H, ok: 0, fail: 3, meanLatencyMs: null, maxLatencyMs: null }],
        },
      ],
    };
    fake.client.getStats.mockResolvedValue(quiet);
    renderApp(fake, '#/charts');
    expect(await screen.findByText('No changes in this period.')).toBeTruthy();
    expect(screen.getByText('Nothing monitored in this period yet.')).toBeTruthy();
    // A source that only failed has no latency to draw: no plot with a legend of names.
    expect(screen.getByText('No hourly source figures in this period.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
    expect(document.querySelector('.u-legend')).toBeNull();
  });
});

function emptySource(): StatsReport['sources'][number] {
  return { source: 'dns-v4', ok: 0, fail: 3, successRate: 0, meanLatencyMs: null, maxLatencyMs: null, hours: [] };
}
