// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import type { HistoryEntry, StatsReport } from '../../renderer/src/api/types';
import { fakeEngine, renderApp } from './fake-engine';

const H = 3_600_000;
const D = 86_400_000;

/** happy-dom lays nothing out: give every element a width, as a 1280 px window would the timeline's axis. */
function layoutWidth(px: number): () => void {
  const before = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth');
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => px });
  return () => {
    if (before) Object.defineProperty(HTMLElement.prototype, 'clientWidth', before);
  };
}
let restore = () => {};
afterEach(() => {
  cleanup();
  restore();
});

const run = (id: number, ip: string, from: number, to: number, prefix: string | null = null): HistoryEntry => ({
  id,
  family: prefix ? 6 : 4,
  ip,
  prefix,
  firstSeen: from,
  lastSeen: to,
  checks: 10,
  sources: ['http0-v4'],
  identity: null,
  change: null,
});

function recentRuns(now: number): HistoryEntry[] {
  return [
    run(3, '81.2.69.160', now - 2 * D, now),
    run(2, '198.51.100.1', now - 5 * D, now - 2 * D),
    run(1, '81.2.69.160', now - 40 * D, now - 5 * D),
    run(4, '2a02:1:2:3::5', now - 10 * D, now - 4 * D, '2a02:1:2:3::/64'),
    run(5, '2a02:1:2:3::9', now - 4 * D, now, '2a02:1:2:3::/64'),
    run(6, '2a02:9:9:9::1', now - 12 * D, now - 10 * D, '2a02:9:9:9::/64'),
  ];
}

const texts = (el: HTMLElement, sel: string) => [...el.querySelectorAll(sel)].map((e) => e.textContent);

describe('charts page', () => {
  it('draws IPv4 in a row and IPv6 in a row per /64, each address in one colour of its own, with its times on hover', async () => {
    const fake = fakeEngine({ history: recentRuns(Date.now()) });
    renderApp(fake, '#/charts');
    const v4 = await screen.findByRole('list', { name: 'IPv4 addresses over time' });
    const spans = within(v4).getAllByRole('listitem');
    expect(spans.map((s) => s.dataset.key)).toEqual(['81.2.69.160', '198.51.100.1', '81.2.69.160']);
    // One row per /64, the interface ids inside it.
    const p1 = screen.getByRole('list', { name: 'IPv6 2a02:1:2:3::/64 over time' });
    expect(within(p1).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('list', { name: 'IPv6 2a02:9:9:9::/64 over time' })).toBeTruthy();
    expect(texts(document.body, '.tl-prefix')).toEqual(['2a02:9:9:9::/64', '2a02:1:2:3::/64']);
    // The same address in the same colour, on the timeline and in the time held; every address its own.
    expect(spans[0]!.style.background).toBe(spans[2]!.style.background);
    const fills = [spans[0]!, spans[1]!, within(p1).getAllByRole('listitem')[0]!].map((s) => s.style.background);
    expect(new Set(fills).size).toBe(3);
    const held = screen.getByRole('list', { name: 'Time held per address' });
    const bar = held.querySelector('[data-key="81.2.69.160"]') as HTMLElement;
    expect(bar.style.background).toBe(spans[0]!.style.background);
    // Hover reads the span out: address, from, to, how long.
    const readout = screen.getByTestId('timeline-readout');
    expect(readout.textContent).toMatch(/^4 addresses in this period \(IPv4: 3 runs, IPv6: 3 runs in 2 \/64s\)/);
    fireEvent.mouseEnter(spans[1]!);
    expect(readout.textContent).toMatch(/^198\.51\.100\.1: .+ to .+ \(3 d\)$/);
    expect(spans[1]!.getAttribute('title')).toBe(readout.textContent);
    fireEvent.mouseLeave(spans[1]!);
    expect(readout.textContent).toMatch(/^4 addresses/);
    // The legend lists every address of the period by time held, with that time.
    const legend = screen.getByRole('list', { name: 'Addresses over time: legend' });
    const items = within(legend)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    // 81.2.69.160 for 27 days, less the few ms between the test's clock and the period the page asks for.
    expect(items).toEqual([
      expect.stringMatching(/^81\.2\.69\.160 \((26 d 23 h|27 d)\)$/),
      '2a02:1:2:3::/64 (10 d)',
      '198.51.100.1 (3 d)',
      '2a02:9:9:9::/64 (2 d)',
    ]);
  });

  it('labels only the spans wide enough for the whole label', async () => {
    restore = layoutWidth(1000);
    const now = Date.now();
    const fake = fakeEngine({
      history: [
        run(1, '198.51.100.1', now - 20 * D, now - 4 * D),
        // A day on a 1000 px axis of 30 days is 33 px: too narrow for "198.51.100.2".
        run(2, '198.51.100.2', now - 4 * D, now - 3 * D),
        run(3, '2a02:1:2:3::5', now - 30 * D, now - 29 * D, '2a02:1:2:3::/64'),
      ],
    });
    renderApp(fake, '#/charts');
    const v4 = await screen.findByRole('list', { name: 'IPv4 addresses over time' });
    expect(texts(v4, '.tl-ip')).toEqual(['198.51.100.1']);
    // The interface id is short: a day holds it.
    expect(texts(screen.getByRole('list', { name: 'IPv6 2a02:1:2:3::/64 over time' }), '.tl-ip')).toEqual(['::5']);
    // Every span still names its address to a screen reader.
    expect(texts(v4, '.sr-only').map((t) => t?.split(',')[0])).toEqual(['198.51.100.1', '198.51.100.2']);
    // Ticks every few days on a month, none outside the axis.
    const ticks = [...document.querySelectorAll<HTMLElement>('.tl-tick')].map((t) => Number(t.dataset.at));
    expect(ticks.length).toBeGreaterThanOrEqual(10);
  });

  it('says why instead of drawing empty charts: no change yet, imported days without checks, sources that failed', async () => {
    const now = Date.now();
    const fake = fakeEngine({ history: [run(1, '81.2.69.142', now - 20 * D, now - D)] });
    const stats = await fake.client.getStats({});
    const quiet: StatsReport = {
      ...stats,
      from: now - 30 * D,
      changes: {
        total: 0,
        perDay: [{ start: now - H, label: 'x', count: 0, v4: 0, v6: 0 }],
        perWeek: [],
        perMonth: [],
      },
      sources: [
        { ...emptySource(), hours: [{ hour: now - H, ok: 0, fail: 3, meanLatencyMs: null, maxLatencyMs: null }] },
      ],
    };
    fake.client.getStats.mockResolvedValue(quiet);
    renderApp(fake, '#/charts');
    expect(
      await screen.findByText(
        'No changes in this period: no address replaced another (the first address seen is not a change).',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'Uptime per day needs checks made by IPWatch: the days in this period have imported addresses only.',
      ),
    ).toBeTruthy();
    // A source that only failed has no latency to draw: no plot with a legend of names.
    expect(screen.getByText('No source answered in this period, so there is no answer time to draw.')).toBeTruthy();
    expect(document.querySelector('[data-testid$="-chart"]')).toBeNull();
    expect(document.querySelector('.u-legend')).toBeNull();
  });
});

function emptySource(): StatsReport['sources'][number] {
  return { source: 'dns-v4', ok: 0, fail: 3, successRate: 0, meanLatencyMs: null, maxLatencyMs: null, hours: [] };
}
