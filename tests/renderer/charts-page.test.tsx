// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { HistoryEntry, StatsReport } from '../../renderer/src/api/types';
import { blankCanvas } from './blank-canvas';
import { fakeEngine, renderApp } from './fake-engine';
import { insight } from './fake-insight';

const H = 3_600_000;
const D = 86_400_000;
/** This machine's zone: the page's when Appearance names none. */
const HERE = Intl.DateTimeFormat().resolvedOptions().timeZone;

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

/** Runs newest first, as the API answers. */
const newestFirst = (runs: HistoryEntry[]) => [...runs].sort((a, b) => b.firstSeen - a.firstSeen);

function recentRuns(now: number): HistoryEntry[] {
  return newestFirst([
    run(3, '81.2.69.160', now - 2 * D, now),
    run(2, '198.51.100.1', now - 5 * D, now - 2 * D),
    run(1, '81.2.69.160', now - 40 * D, now - 5 * D),
    run(4, '2a02:1:2:3::5', now - 10 * D, now - 4 * D, '2a02:1:2:3::/64'),
    run(5, '2a02:1:2:3::9', now - 4 * D, now, '2a02:1:2:3::/64'),
    run(6, '2a02:9:9:9::1', now - 12 * D, now - 10 * D, '2a02:9:9:9::/64'),
  ]);
}

/** Picks a period as a person would, once the page has opened on its default. */
async function choosePeriod(days: number): Promise<void> {
  const period = await screen.findByRole('combobox', { name: 'Period' });
  fireEvent.change(period, { target: { value: String(days) } });
}

const texts = (el: HTMLElement, sel: string) => [...el.querySelectorAll(sel)].map((e) => e.textContent);

describe('charts page', () => {
  it('draws IPv4 in a row and IPv6 in a row per /64, each address in one colour of its own, with its times on hover', async () => {
    const fake = fakeEngine({ history: recentRuns(Date.now()) });
    renderApp(fake, '#/charts');
    // 40 days of history: the page opens on the year; the month is asked for.
    await choosePeriod(30);
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
    expect(readout.textContent).toMatch(/^4 addresses in this period \(IPv4: 3 periods, IPv6: 3 periods in 2 \/64s\)/);
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
      history: newestFirst([
        run(1, '198.51.100.1', now - 20 * D, now - 4 * D),
        // A day on a 1000 px axis of 30 days is 33 px: too narrow for "198.51.100.2".
        run(2, '198.51.100.2', now - 4 * D, now - 3 * D),
        run(3, '2a02:1:2:3::5', now - 29 * D, now - 28 * D, '2a02:1:2:3::/64'),
      ]),
    });
    renderApp(fake, '#/charts');
    expect(((await screen.findByRole('combobox', { name: 'Period' })) as HTMLSelectElement).value).toBe('30');
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
      await screen.findByText(/^No changes in this period: no address replaced another \(the first address seen/),
    ).toBeTruthy();
    expect(
      screen.getByText(/^Uptime per day needs checks made by IPWatch: the days in this period have imported/),
    ).toBeTruthy();
    // A source that only failed has no latency to draw: no plot with a legend of names.
    expect(
      screen.getByText(/^No source answered in this period, so there is no answer time to draw: the Sources card/),
    ).toBeTruthy();
    expect(document.querySelector('[data-testid$="-chart"]')).toBeNull();
    expect(document.querySelector('.u-legend')).toBeNull();
  });
});

function emptySource(): StatsReport['sources'][number] {
  return { source: 'dns-v4', ok: 0, fail: 3, successRate: 0, meanLatencyMs: null, maxLatencyMs: null, hours: [] };
}

/** The stats a fresh install answers: minutes of hourly source figures, in the hour they fall in. */
function freshStats(base: StatsReport, now: number, days: number, firstFigure: number): StatsReport {
  const hour = Math.floor(firstFigure / H) * H;
  const hours = [{ hour, ok: 3, fail: 0, meanLatencyMs: 42, maxLatencyMs: 60 }];
  return {
    ...base,
    from: now - days * D,
    to: now,
    sources: [{ source: 'ipify-v4', ok: 3, fail: 0, successRate: 1, meanLatencyMs: 42, maxLatencyMs: 60, hours }],
  };
}

describe('the period the charts open on', () => {
  it.each([
    ['a fresh install: minutes of data', 4 * 60_000, '1'],
    ['3 days of data', 3 * D, '7'],
    ['20 days of data', 20 * D, '30'],
    ['2 years of data', 730 * D, '365'],
  ])('%s: the smallest period that holds it all, asked for once', async (_name, age, days) => {
    const now = Date.now();
    const fake = fakeEngine({ history: [run(1, '81.2.69.142', now - age, now)] });
    renderApp(fake, '#/charts');
    const period = (await screen.findByRole('combobox', { name: 'Period' })) as HTMLSelectElement;
    expect(period.value).toBe(days);
    expect([...period.options].map((o) => o.textContent)).toEqual([
      'Last 24 hours',
      'Last 7 days',
      'Last 30 days',
      'Last year',
    ]);
    await screen.findByRole('list', { name: 'IPv4 addresses over time' });
    // No 30-day question first and a redraw after: the stats are asked for the default period only.
    expect(fake.client.getStats.mock.calls).toEqual([[{ days: Number(days), hourly: true, tz: HERE }]]);
    const asked = fake.client.getHistory.mock.calls.map(([q]) => q).find((q) => q.from !== undefined);
    const back = now - Number(asked!.from);
    expect(back).toBeGreaterThanOrEqual(Number(days) * D - 60_000);
    expect(back).toBeLessThanOrEqual(Number(days) * D + 60_000);
  });

  it('draws a fresh install over 24 hours, its timeline from the first sighting: minutes are a span to see', async () => {
    restore = layoutWidth(1000);
    const now = Date.now();
    const fake = fakeEngine({ history: [run(1, '81.2.69.142', now - 30 * 60_000, now)] });
    renderApp(fake, '#/charts');
    const v4 = await screen.findByRole('list', { name: 'IPv4 addresses over time' });
    const span = within(v4).getByRole('listitem');
    // The axis: the last two hours of the day asked for (MIN_TIMELINE_SPAN), not the whole day,
    // where half an hour is 2 % of the row (of 30 days it was 0.07 %).
    const axis = screen.getByTestId('timeline-axis');
    expect(Number(axis.dataset.to) - Number(axis.dataset.from)).toBe(2 * H);
    // Half an hour of two: the last quarter of the row (happy-dom keeps no max() width: where it starts says it).
    expect(parseFloat(span.style.left)).toBeCloseTo(75, 0);
    expect(fake.client.getStats.mock.calls).toEqual([[{ days: 1, hourly: true, tz: HERE }]]);
  });
});

describe('times in the user zone', () => {
  let restoreCanvas = () => {};
  beforeEach(() => (restoreCanvas = blankCanvas()));
  afterEach(() => {
    restoreCanvas();
    localStorage.removeItem('ipwatch.appearance');
  });

  it('names the first figure in the latency caption: 8:46, not the axis start six hours before', async () => {
    // New York, 12-hour clock: a zone that is not this machine's (UTC here), so a UTC time would show.
    localStorage.setItem(
      'ipwatch.appearance',
      JSON.stringify({ theme: 'light', timeZone: 'America/New_York', clock: '12' }),
    );
    const now = Date.now();
    const first = now - 2 * 60_000;
    const fake = fakeEngine({ history: [run(1, '81.2.69.142', first, now)] });
    const base = await fake.client.getStats({});
    fake.client.getStats.mockImplementation(async (q) => freshStats(base, now, Number(q.days ?? 30), first));
    renderApp(fake, '#/charts');
    const readout = await screen.findByTestId('latency-readout');
    // The stats count their days from New York's midnights too.
    expect(fake.client.getStats).toHaveBeenCalledWith({ days: 1, hourly: true, tz: 'America/New_York' });
    const inZone = (t: number) =>
      new Intl.DateTimeFormat(undefined, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'America/New_York',
        hour12: true,
      }).format(t);
    expect(readout.textContent).toBe(
      `Mean answer time per hour of 1 source since ${inZone(first)} (the first figures); switch one off in the legend.`,
    );
    // The axis is six hours wide, but its start is no figure.
    expect(readout.textContent).not.toContain(inZone(now - 6 * H));
    // The time axis and every readout use the same zone: the timeline's hover says the same time.
    const span = within(await screen.findByRole('list', { name: 'IPv4 addresses over time' })).getByRole('listitem');
    fireEvent.mouseEnter(span);
    const hover = new Intl.DateTimeFormat(undefined, {
      dateStyle: 'medium',
      timeStyle: 'medium',
      timeZone: 'America/New_York',
      hour12: true,
    }).format(first);
    expect(screen.getByTestId('timeline-readout').textContent).toContain(hover);
  });
});

describe('an empty chart names a control that exists', () => {
  it('speed tests off: names the Settings section, which is there', async () => {
    const fake = fakeEngine({ history: [run(1, '81.2.69.142', Date.now() - H, Date.now())] });
    fake.client.getSpeedTests.mockResolvedValue({ items: [] });
    renderApp(fake, '#/charts');
    const card = await screen.findByTestId('speed');
    expect(card.textContent).toContain(
      'No speed test in this period: speed tests are off. Switch them on in Settings, "Speed test"',
    );
    cleanup();
    renderApp(fakeEngine(), '#/settings');
    expect((await screen.findAllByText('Speed test', { exact: true })).length).toBeGreaterThan(0);
  });

  it('speed tests on: names "Run a speed test" and "Check now", which the dashboard shows', async () => {
    const fake = fakeEngine({ history: [] });
    const st = await fake.client.getStatus();
    const speedTest = { enabled: true, runningSince: null, last: null, nextAt: null, skipped: null, metered: null };
    fake.setStatus({ ...st, speedTest });
    fake.client.getSpeedTests.mockResolvedValue({ items: [] });
    renderApp(fake, '#/charts');
    const speed = await screen.findByTestId('speed');
    expect(speed.textContent).toContain('No speed test in this period: "Run a speed test" on the dashboard runs one');
    // No address yet: the timeline points at the check button.
    const timeline = screen.getByTestId('timeline');
    expect(timeline.textContent).toContain('"Check now" on the dashboard runs one');
    cleanup();
    const again = fakeEngine();
    again.setStatus({ ...(await again.client.getStatus()), speedTest });
    renderApp(again, '#/');
    expect(await screen.findByRole('button', { name: 'Run a speed test' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Check now' })).toBeTruthy();
  });

  it('the dashboard\'s recent checks, before any: names "Check now", which is above them', async () => {
    const fake = fakeEngine();
    fake.client.getInsight.mockResolvedValue(insight({ checks: { v4: [], v6: [] } }));
    renderApp(fake, '#/');
    const recent = await screen.findByRole('region', { name: 'Recent checks' });
    expect(within(recent).getAllByText('No checks yet: "Check now" above runs one.')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Check now' })).toBeTruthy();
  });
});
