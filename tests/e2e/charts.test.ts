/**
 * The Charts page and the dashboard's insight end to end: the real headless runner with a
 * history imported through its API (60 days, 36 addresses of the last 30 among them: IPv4
 * every day or so, IPv6 a new /64 every few days, changes, outages and 20 days of monitor
 * sessions) and a change made by the local world, in Debian's chromium. Screenshots go to
 * test-output/screenshots/: charts-light.png, charts-dark.png, charts-360-light.png,
 * charts-360-dark.png, charts-year-light.png, charts-empty-light.png,
 * dashboard-insight-light.png, dashboard-insight-dark.png, dashboard-insight-360-light.png.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { StatsReport } from '../../shared/contract/history';
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

const sources = ['ipify', 'icanhazip'];
const run = (family: 4 | 6, ip: string, firstSeen: number, lastSeen: number) => ({
  family,
  ip,
  firstSeen,
  lastSeen,
  checks: Math.max(1, Math.round((lastSeen - firstSeen) / 600_000)),
  sources,
});
type Run = ReturnType<typeof run>;

/** Each run opened by a change from the one before; the first from nothing (the first address: no change). */
const changesOf = (runs: Run[]) =>
  runs.map((r, i) => ({
    family: r.family,
    from: i === 0 ? null : runs[i - 1]!.ip,
    to: r.ip,
    at: r.firstSeen,
    sources,
    trigger: 'import',
  }));

/**
 * 60 days before `now`. IPv4: six addresses of five days, then 24 of about a day and a quarter,
 * the first of them back at the end. IPv6: one /64 for the first 30 days, then twelve of
 * about two and a half days, the first back at the end with another interface id. 20 days of
 * monitor sessions with two outages; the days before have addresses only.
 */
function sixtyDays(now: number) {
  const t0 = now - 60 * D;
  const mid = now - 31 * D;
  const end = now - 2 * H;
  const v4: Run[] = [];
  for (let i = 0; i < 6; i++)
    v4.push(run(4, `203.0.113.${i + 1}`, t0 + i * 5 * D, Math.min(t0 + (i + 1) * 5 * D, mid)));
  const step4 = Math.floor((end - mid) / 25);
  for (let i = 0; i < 25; i++) v4.push(run(4, `198.51.100.${(i % 24) + 1}`, mid + i * step4, mid + (i + 1) * step4));
  const v6: Run[] = [run(6, '2001:db8:0:1::1', t0, mid)];
  const step6 = Math.floor((end - mid) / 13);
  for (let i = 0; i < 13; i++)
    v6.push(run(6, `2001:db8:1:${(i % 12) + 1}::${i < 12 ? 1 : 2}`, mid + i * step6, mid + (i + 1) * step6));
  const s0 = now - 20 * D;
  return {
    history: {
      format: 'ipwatch-history',
      version: 1,
      runs: [...v4, ...v6],
      changes: [...changesOf(v4), ...changesOf(v6)],
      outages: [
        { start: s0 + 3 * D, end: s0 + 3 * D + 2 * H, cause: 'no source answered (2 families unavailable)' },
        { start: s0 + 10 * D, end: s0 + 10 * D + H / 2, cause: 'no source answered (2 families unavailable)' },
      ],
      sessions: [{ start: s0, end, lastAlive: end, clean: true }],
    },
    runs: { v4: v4.length, v6: v6.length },
  };
}

let browser: Browser;
let world: World;
let runner: ApiRunner;
let context: BrowserContext;
let page: Page;
let seeded: ReturnType<typeof sixtyDays>;

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
    seeded = sixtyDays(Date.now());
    const content = JSON.stringify(seeded.history);
    const res = await runner.fetch('/api/v1/import', { method: 'POST', json: { content, name: 'sixty-days.json' } });
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
      await p.getByTestId('changes').getByText('No changes in this period: no address was recorded.').waitFor();
      // Every source failed: none has a latency to draw, so no plot with a legend of their names.
      await p
        .getByTestId('latency')
        .getByText('No source answered in this period, so there is no answer time to draw: the Sources card')
        .waitFor();
      // No address ever: the timeline and the time held point at the button that runs a check.
      expect(
        await p
          .getByText('No address recorded yet: the first check that finds one starts the history ("Check now"', {
            exact: false,
          })
          .count(),
      ).toBe(2);
      expect(await p.locator('[data-testid="changes"] canvas, [data-testid="latency"] canvas').count()).toBe(0);
      // uPlot's own legend (with its "Time: --") is nowhere on the page.
      expect(await p.locator('.u-legend').count()).toBe(0);
      expect(await p.getByText('Time:').count()).toBe(0);
      // The time it watched was all offline: said in words, not drawn as an empty 0 % grid (issue 75).
      expect(await p.getByTestId('uptime-chart').count()).toBe(0);
      expect(
        await p.getByText(/^Nothing to draw: IPWatch was offline for all .+ it monitored in this period/).count(),
      ).toBe(1);
      await p.screenshot({ path: path.join(SHOTS, 'charts-empty-light.png'), fullPage: true });
      await ctx.close();
    } finally {
      await lonely.stop();
    }
  }, 60_000);

  it('counts no first address as a change: the API, per day and per family', async () => {
    const res = await runner.fetch('/api/v1/stats?days=61&hourly=false');
    const s = (await res.json()) as StatsReport;
    // Every imported run but each family's first opened a change; the runner's own first address
    // (before the import) replaced the last imported one, then NEXT4 replaced it; A6 replaced the last /64.
    const v4 = seeded.runs.v4 - 1 + 2;
    const v6 = seeded.runs.v6 - 1 + 1;
    expect(s.families.v4.changes).toBe(v4);
    expect(s.families.v6.changes).toBe(v6);
    expect(s.changes.total).toBe(v4 + v6);
    const sum = (k: 'count' | 'v4' | 'v6') => s.changes.perDay.reduce((n, d) => n + d[k], 0);
    expect([sum('count'), sum('v4'), sum('v6')]).toEqual([v4 + v6, v4, v6]);
  });

  it('bounds every axis, labels only whole addresses, and gives each address in view a colour of its own', async () => {
    // Sixty days of history: the page opens on the smallest period that holds it all, the year.
    await page.goto(`${runner.url}/#/charts`);
    expect(await page.getByRole('combobox', { name: 'Period' }).inputValue()).toBe('365');
    const asked = Date.now();
    await openCharts(page, 'Last 30 days');
    for (const chart of ['changes-chart', 'uptime-chart']) {
      const [min, max] = await xRange(page, chart);
      expect(max - min, chart).toBe(30 * D);
      expect(max, chart).toBeGreaterThanOrEqual(asked - 60_000);
      expect(max, chart).toBeLessThanOrEqual(Date.now());
    }
    // The runner's few minutes of source figures: six hours of axis, not 30 days.
    const [lo, hi] = await xRange(page, 'latency-chart');
    expect(hi - lo).toBe(6 * H);
    const timelineAxis = page.getByTestId('timeline-axis');
    const [from, to] = [
      Number(await timelineAxis.getAttribute('data-from')),
      Number(await timelineAxis.getAttribute('data-to')),
    ];
    expect(to - from).toBe(30 * D);
    const ticks = async () =>
      (await timelineAxis
        .locator('.tl-tick')
        .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-at'))))) as number[];
    expect((await ticks()).length).toBeGreaterThanOrEqual(10);
    for (const t of await ticks()) expect(t >= from && t <= to, `tick ${t}`).toBe(true);

    // IPv6 in a row per /64: the twelve imported ones and the runner's, the interface ids inside.
    const v6rows = page.getByRole('list', { name: /^IPv6 .+\/64 over time$/ });
    expect(await v6rows.count()).toBe(13);
    const back = page.getByRole('list', { name: 'IPv6 2001:db8:1:1::/64 over time' });
    expect(await back.getByRole('listitem').count()).toBe(2);
    // No label cut short: every span shows all of its label or none.
    const cut = await page
      .locator('.tl-span')
      .evaluateAll((els) =>
        els.filter((e) => e.querySelector('.tl-ip') && e.scrollWidth > e.clientWidth).map((e) => e.textContent),
      );
    expect(cut).toEqual([]);
    expect(await page.locator('.tl-ip').count()).toBeGreaterThan(0);

    // One colour per address, all distinct: 36 imported and the runner's three.
    const colors = (await page
      .locator('.tl-span')
      .evaluateAll((els) =>
        els.map(
          (e) =>
            [e.getAttribute('data-key'), e.ownerDocument.defaultView!.getComputedStyle(e).backgroundColor] as const,
        ),
      )) as (readonly [string, string])[];
    const byKey = new Map<string, Set<string>>();
    for (const [k, c] of colors) byKey.set(k, (byKey.get(k) ?? new Set()).add(c));
    expect(byKey.size).toBeGreaterThanOrEqual(36);
    for (const [k, set] of byKey) expect(set.size, k).toBe(1);
    expect(new Set(colors.map(([, c]) => c)).size).toBe(byKey.size);
    // ...the same on the time held, and the addresses listed by time held.
    const heldBars = (await page
      .locator('.held-bar')
      .evaluateAll((els) =>
        els.map(
          (e) =>
            [e.getAttribute('data-key'), e.ownerDocument.defaultView!.getComputedStyle(e).backgroundColor] as const,
        ),
      )) as (readonly [string, string])[];
    expect(heldBars).toHaveLength(10);
    for (const [k, c] of heldBars) expect(byKey.get(k), k).toEqual(new Set([c]));
    const legend = (name: string) =>
      page
        .getByRole('list', { name: `${name}: legend` })
        .getByRole('listitem')
        .allTextContents();
    const listed = await legend('Addresses over time');
    expect(listed).toHaveLength(byKey.size);
    // The /64 that came back held longest (two runs of about two and a half days, the first cut by the period).
    expect(listed[0]).toMatch(/^2001:db8:1:1::\/64 \(3 d \d+ h\)$/);
    expect(await legend('Changes per day')).toEqual(['IPv4', 'IPv6']);
    expect(await legend('Uptime per day (monitored time)')).toEqual(['Share of the monitored time online']);
    expect(await legend('Source latency per hour')).toEqual(expect.arrayContaining(['dns-v4', 'stun-v4', 'dns-v6']));

    // A span's address, times and length on hover.
    await page.locator('.tl-span[data-key="198.51.100.2"]').hover();
    await expect
      .poll(() => page.getByTestId('timeline-readout').textContent())
      .toMatch(/^198\.51\.100\.2: .+ to .+ \(/);
    // A bar's day, count and families on hover: today's, at the right end of the period.
    const over = page.getByTestId('changes-chart').locator('.u-over');
    const box = (await over.boundingBox())!;
    await over.hover({ position: { x: box.width - 2, y: box.height / 2 } });
    await expect
      .poll(() => page.getByTestId('changes-readout').textContent())
      .toMatch(/^[A-Z][a-z]{2} \d+, \d{4}: \d+ changes?( \(IPv4 \d+, IPv6 \d+\))?$/);

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.mouse.move(0, 0);
      await page.screenshot({ path: path.join(SHOTS, `charts-${scheme}.png`), fullPage: true });
      expect(await seriousAxeFindings(page), scheme).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    // Every period: the bars span exactly it, whatever bars (days, weeks) they draw.
    for (const [label, days] of [
      ['Last 24 hours', 1],
      ['Last 7 days', 7],
      ['Last year', 365],
    ] as const) {
      await openCharts(page, label);
      for (const chart of ['changes-chart', 'uptime-chart']) {
        // The page redraws once the new period's answer is in.
        await expect
          .poll(async () => ((r) => r[1] - r[0])(await xRange(page, chart)), { message: `${label} ${chart}` })
          .toBe(days * D);
      }
    }
    await page.screenshot({ path: path.join(SHOTS, 'charts-year-light.png'), fullPage: true });

    // A phone: a tick every few days over the month, nothing wider than the screen, in both themes.
    await openCharts(page, 'Last 30 days');
    await page.setViewportSize({ width: 360, height: 740 });
    await expect.poll(async () => (await ticks()).length).toBeGreaterThanOrEqual(4);
    const at = await ticks();
    for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeLessThanOrEqual(7 * D);
    // ...on the bar charts too (their labels, as the chart element lists them): a tick a week.
    for (const chart of ['changes-chart', 'uptime-chart']) {
      const labels = page.getByTestId(chart).locator('.uplot');
      await expect
        .poll(async () => (await labels.getAttribute('data-x-ticks'))?.split('|').length ?? 0, { message: chart })
        .toBeGreaterThanOrEqual(3);
    }
    expect(await fits360(page)).toBeLessThanOrEqual(0);
    expect(
      await page
        .locator('.tl-span')
        .evaluateAll((els) => els.filter((e) => e.querySelector('.tl-ip') && e.scrollWidth > e.clientWidth).length),
    ).toBe(0);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: path.join(SHOTS, `charts-360-${scheme}.png`), fullPage: true });
      expect(await seriousAxeFindings(page), `360 ${scheme}`).toEqual([]);
    }
  }, 120_000);

  it('shows uptime over 24 h, 30 d and a year, the recent checks, the time an address is held and the outages', async () => {
    await page.goto(`${runner.url}/#/`);
    const uptime = page.getByRole('region', { name: 'Uptime' });
    await uptime.waitFor();
    // Two and a half hours offline in three weeks of monitoring: below 100 % over the month and the year.
    expect(await uptime.getByTestId('uptime-30').textContent()).toMatch(
      /^99\.\d\d %last 30 dover .+ monitored · offline 2 h 30 min$/,
    );
    expect(await uptime.getByTestId('uptime-1').textContent()).toMatch(/^100 %last 24 hover .+ monitored$/);
    const strip = page.getByRole('img', { name: /^IPv4, the last \d+ checks: \d+ ok/ });
    expect(await strip.locator('.beat').count()).toBeGreaterThan(2);
    expect(await strip.locator('.beat').first().getAttribute('title')).toMatch(/: (ok|address changed)/);
    // The imported IPv4 runs, 81.2.69.142 and .143: one change fewer than runs, as the stats count them.
    const changes = seeded.runs.v4 + 2 - 1;
    expect(await page.getByTestId('held-v4').textContent()).toMatch(
      new RegExp(`^\\d+ d( \\d+ h)? \\(${changes} addresses\\)$`),
    );
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
