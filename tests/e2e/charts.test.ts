/**
 * The Charts page and the dashboard's insight end to end: the real headless runner with a
 * history imported through its API (three weeks of runs, changes, outages and monitor
 * sessions) and a change made by the local world, in Debian's chromium. Screenshots go to
 * test-output/screenshots/: charts-light.png, charts-dark.png, charts-360-light.png,
 * charts-year-light.png, charts-empty-light.png, dashboard-insight-light.png, dashboard-insight-dark.png,
 * dashboard-insight-360-light.png.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { type ApiRunner, startApiRunner } from '../helpers/api-runner';
import { buildRenderer, CHROMIUM, launchChromium, seriousAxeFindings, signInContext } from '../helpers/dashboard';
import { peer } from '../helpers/peers';
import { until } from '../helpers/until';
import { startWorld, type World } from '../helpers/world';

const browserPeer = peer('chromium', { packages: ['chromium'], files: [CHROMIUM] });
const SHOTS = path.resolve(import.meta.dirname, '../../test-output/screenshots');
const A4 = '81.2.69.142';
const A6 = '2a02:1:2:3::5';
const NEXT4 = '81.2.69.143';
const H = 3_600_000;
const D = 86_400_000;

/** Three weeks before `now`: an address back again after another, one IPv6 prefix, two outages, one session. */
function pastHistory(now: number) {
  const t0 = now - 20 * D;
  const end = now - 2 * H;
  const sources = ['ipify', 'icanhazip'];
  const run = (family: 4 | 6, ip: string, firstSeen: number, lastSeen: number) => ({
    family,
    ip,
    firstSeen,
    lastSeen,
    checks: Math.round((lastSeen - firstSeen) / 60_000),
    sources,
  });
  const change = (from: string | null, to: string, at: number) => ({
    family: 4,
    from,
    to,
    at,
    sources,
    trigger: 'interval',
  });
  return {
    format: 'ipwatch-history',
    version: 1,
    runs: [
      run(4, '198.51.100.1', t0, t0 + 5 * D),
      run(4, '198.51.100.2', t0 + 5 * D, t0 + 12 * D),
      run(4, '198.51.100.1', t0 + 12 * D, end),
      run(6, '2001:db8:1:2::1', t0, end),
    ],
    changes: [change('198.51.100.1', '198.51.100.2', t0 + 5 * D), change('198.51.100.2', '198.51.100.1', t0 + 12 * D)],
    outages: [
      { start: t0 + 3 * D, end: t0 + 3 * D + 2 * H, cause: 'no source answered (2 families unavailable)' },
      { start: t0 + 10 * D, end: t0 + 10 * D + H / 2, cause: 'no source answered (2 families unavailable)' },
    ],
    sessions: [{ start: t0, end, lastAlive: end, clean: true }],
  };
}

let browser: Browser;
let world: World;
let runner: ApiRunner;
let context: BrowserContext;
let page: Page;

/** The Charts page for a period, once every answer is in. */
async function openCharts(p: Page, period: string, url = runner.url): Promise<void> {
  await p.goto(`${url}/#/charts`);
  await p.getByRole('combobox', { name: 'Period' }).selectOption({ label: period });
  await p.locator('main h1').waitFor();
  await p.locator('.state.loading').first().waitFor({ state: 'detached', timeout: 10_000 });
}

/** The x range uPlot drew on a chart, as the chart element reports it. */
async function xRange(p: Page, testId: string): Promise<[number, number]> {
  const el = p.getByTestId(testId);
  await until(async () => (await el.getAttribute('data-x-max')) !== null, { timeoutMs: 5000, what: `${testId} drawn` });
  return [Number(await el.getAttribute('data-x-min')), Number(await el.getAttribute('data-x-max'))];
}

const fits360 = (p: Page) => p.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');

describe.skipIf(browserPeer.skip)('charts and insight in chromium', () => {
  beforeAll(async () => {
    await buildRenderer();
    browser = await launchChromium();
    await mkdir(SHOTS, { recursive: true });
    world = await startWorld(A4, A6);
    runner = await startApiRunner({ world });
    const content = JSON.stringify(pastHistory(Date.now()));
    const res = await runner.fetch('/api/v1/import', { method: 'POST', json: { content, name: 'three-weeks.json' } });
    expect(res.status, await res.clone().text()).toBe(200);
    // And a change of its own, with a few checks around it.
    world.setIp(NEXT4, A6);
    await until(
      async () => {
        await runner.fetch('/api/v1/check', { method: 'POST', json: {} });
        const st = (await (await runner.fetch('/api/v1/status')).json()) as { families: { v4: { ip: string } } };
        return st.families.v4.ip === NEXT4;
      },
      { timeoutMs: 15_000, what: 'the new address confirmed' },
    );
    for (let i = 0; i < 3; i++) await runner.fetch('/api/v1/check', { method: 'POST', json: {} });
  }, 240_000);
  afterAll(async () => {
    await runner?.stop();
    await world?.close();
    await browser?.close();
  });
  beforeEach(async () => {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await signInContext(context, runner.url, runner.token);
    page = await context.newPage();
  });

  it('says so, instead of drawing empty plots, when no source ever answered', async () => {
    // A world that is gone: every source refuses, so no address, no change, no latency figure.
    const gone = await startWorld(A4, A6);
    await gone.close();
    const lonely = await startApiRunner({ world: gone });
    try {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await signInContext(ctx, lonely.url, lonely.token);
      const p = await ctx.newPage();
      await openCharts(p, 'Last 30 days', lonely.url);
      await p.getByTestId('changes').getByText('No changes in this period.').waitFor();
      // Every source failed: none has a latency to draw, so no plot with a legend of their names.
      await p.getByTestId('latency').getByText('No hourly source figures in this period.').waitFor();
      expect(await p.getByText('No address was recorded in this period.').count()).toBe(2);
      expect(await p.locator('[data-testid="changes"] canvas, [data-testid="latency"] canvas').count()).toBe(0);
      // uPlot's own legend (with its "Time: --") is nowhere on the page.
      expect(await p.locator('.u-legend').count()).toBe(0);
      expect(await p.getByText('Time:').count()).toBe(0);
      // The time it watched, offline, is drawn: 0 % online.
      expect(await p.getByTestId('uptime-chart').count()).toBe(1);
      await p.screenshot({ path: path.join(SHOTS, 'charts-empty-light.png'), fullPage: true });
      await ctx.close();
    } finally {
      await lonely.stop();
    }
  }, 60_000);

  it('bounds every axis by the period, labels every legend, and gives an address one colour on two charts', async () => {
    const asked = Date.now();
    await openCharts(page, 'Last 30 days');
    for (const chart of ['changes-chart', 'uptime-chart', 'latency-chart']) {
      const [min, max] = await xRange(page, chart);
      expect(max - min, chart).toBe(30 * D);
      expect(max, chart).toBeGreaterThanOrEqual(asked - 60_000);
      expect(max, chart).toBeLessThanOrEqual(Date.now());
    }
    const timelineAxis = page.getByTestId('timeline-axis');
    const [from, to] = [
      Number(await timelineAxis.getAttribute('data-from')),
      Number(await timelineAxis.getAttribute('data-to')),
    ];
    expect(to - from).toBe(30 * D);
    const ticks = (await timelineAxis
      .locator('.tl-tick')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-at'))))) as number[];
    expect(ticks.length).toBeGreaterThan(2);
    for (const t of ticks) expect(t >= from && t <= to, `tick ${t}`).toBe(true);

    // Legends say what is drawn, in words.
    const legend = (name: string) =>
      page
        .getByRole('list', { name: `${name}: legend` })
        .getByRole('listitem')
        .allTextContents();
    expect(await legend('Changes per day')).toEqual(['Address changes, IPv4 and IPv6']);
    expect(await legend('Uptime per day (monitored time)')).toEqual(['Share of the monitored time online']);
    const sources = await legend('Source latency per hour');
    expect(sources).toEqual(expect.arrayContaining(['dns-v4', 'stun-v4', 'dns-v6']));
    expect(await legend('Addresses over time')).toEqual(
      expect.arrayContaining(['198.51.100.1', '198.51.100.2', A4, NEXT4, '2001:db8:1:2::/64']),
    );

    // One address, one colour: both of its spans on the timeline and its bar in the time held.
    const color = (sel: string) =>
      page
        .locator(sel)
        .evaluateAll((els) => els.map((e) => e.ownerDocument.defaultView!.getComputedStyle(e).backgroundColor));
    const spans = await color('.tl-span[data-key="198.51.100.1"]');
    const held = await color('.held-bar[data-key="198.51.100.1"]');
    expect(spans).toHaveLength(2);
    expect(new Set([...spans, ...held]).size).toBe(1);
    expect(await color('.tl-span[data-key="198.51.100.2"]')).not.toEqual([spans[0]]);

    // A span's address, times and length on hover.
    await page.locator('.tl-span[data-key="198.51.100.2"]').hover();
    await expect
      .poll(() => page.getByTestId('timeline-readout').textContent())
      .toMatch(/^198\.51\.100\.2: .+ to .+ \(7 d\)$/);

    // A bar's day and count on hover: today's, at the right end of the period.
    const over = page.getByTestId('changes-chart').locator('.u-over');
    const box = (await over.boundingBox())!;
    await over.hover({ position: { x: box.width - 2, y: box.height / 2 } });
    await expect
      .poll(() => page.getByTestId('changes-readout').textContent())
      .toMatch(/^[A-Z][a-z]{2} \d+, \d{4}: \d+ changes?$/);

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.mouse.move(0, 0);
      await page.screenshot({ path: path.join(SHOTS, `charts-${scheme}.png`), fullPage: true });
      expect(await seriousAxeFindings(page), scheme).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    // Every period: each chart spans exactly it, whatever bars (days, weeks) it draws.
    for (const [label, days] of [
      ['Last 7 days', 7],
      ['Last 90 days', 90],
      ['Last year', 365],
    ] as const) {
      await openCharts(page, label);
      for (const chart of ['changes-chart', 'uptime-chart', 'latency-chart']) {
        // The page redraws once the new period's answer is in.
        await expect
          .poll(async () => ((r) => r[1] - r[0])(await xRange(page, chart)), { message: `${label} ${chart}` })
          .toBe(days * D);
      }
    }
    await page.screenshot({ path: path.join(SHOTS, 'charts-year-light.png'), fullPage: true });
    await openCharts(page, 'Last 30 days');
    await page.setViewportSize({ width: 360, height: 740 });
    await page.locator('.tl-tick').first().waitFor();
    expect(await fits360(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS, 'charts-360-light.png'), fullPage: true });
  }, 90_000);

  it('shows uptime over 24 h, 30 d and a year, the recent checks, the time an address is held and the outages', async () => {
    await page.goto(`${runner.url}/#/`);
    const uptime = page.getByRole('region', { name: 'Uptime' });
    await uptime.waitFor();
    // Two and a half hours offline in three weeks of monitoring: below 100 % over the month and the year.
    expect(await uptime.getByTestId('uptime-30').textContent()).toMatch(/^99\.\d\d %last 30 d · offline 2 h 30 min$/);
    expect(await uptime.getByTestId('uptime-1').textContent()).toMatch(/^100 %last 24 h$/);
    const strip = page.getByRole('img', { name: /^IPv4, the last \d+ checks: \d+ ok/ });
    expect(await strip.locator('.beat').count()).toBeGreaterThan(2);
    expect(await strip.locator('.beat').first().getAttribute('title')).toMatch(/: (ok|address changed)/);
    // 198.51.100.1, .2, .1 again, 81.2.69.142, .143: four changes over about 20 days.
    expect(await page.getByTestId('held-v4').textContent()).toMatch(/^\d+ d( \d+ h)? \(4 addresses\)$/);
    const outages = page.getByRole('region', { name: 'Outages' });
    expect(await outages.getByRole('row').count()).toBe(3);
    expect(await outages.getByText('30 min', { exact: true }).count()).toBe(1);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: path.join(SHOTS, `dashboard-insight-${scheme}.png`), fullPage: true });
      expect(await seriousAxeFindings(page), scheme).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await fits360(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS, 'dashboard-insight-360-light.png'), fullPage: true });
  }, 60_000);
});
