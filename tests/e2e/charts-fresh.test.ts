/**
 * A fresh install's Charts page, end to end: the real headless runner after its first few
 * checks, in Debian's chromium, in a browser whose zone (New York) is not this machine's. The
 * page opens on the last 24 hours, draws the minutes it has (the timeline from the first
 * sighting), and names the first figure's time
 * in that zone. Screenshot: test-output/screenshots/charts-fresh-light.png.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { HistoryPage, StatsReport } from '../../shared/contract/history';
import { type ApiRunner, startApiRunner } from '../helpers/api-runner';
import { buildRenderer, CHROMIUM, launchChromium, seriousAxeFindings, signInContext } from '../helpers/dashboard';
import { peer } from '../helpers/peers';
import { until } from '../helpers/until';
import { startWorld, type World } from '../helpers/world';

const browserPeer = peer('chromium', { packages: ['chromium'], files: [CHROMIUM] });
const SHOTS = path.resolve(import.meta.dirname, '../../test-output/screenshots');
const A4 = '81.2.69.142';
const A6 = '2a02:1:2:3::5';
const ZONE = 'America/New_York';
const H = 3_600_000;
const D = 24 * H;

let browser: Browser;
let world: World;
let runner: ApiRunner;
let context: BrowserContext;
let page: Page;

/** The x range uPlot drew on a chart, as the chart element reports it. */
async function xRange(p: Page, testId: string): Promise<[number, number]> {
  const el = p.getByTestId(testId);
  await until(async () => (await el.getAttribute('data-x-max')) !== null, { timeoutMs: 5000, what: `${testId} drawn` });
  return [Number(await el.getAttribute('data-x-min')), Number(await el.getAttribute('data-x-max'))];
}

describe.skipIf(browserPeer.skip)("a fresh install's charts in chromium", () => {
  beforeAll(async () => {
    await buildRenderer();
    browser = await launchChromium();
    await mkdir(SHOTS, { recursive: true });
    world = await startWorld(A4, A6);
    runner = await startApiRunner({ world });
    // A few checks after the first: minutes of figures, as a new user sees them.
    for (let i = 0; i < 3; i++) {
      const res = await runner.fetch('/api/v1/check', { method: 'POST', json: {} });
      expect(res.status).toBe(200);
    }
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: ZONE, locale: 'en-US' });
    await signInContext(context, runner.url, runner.token);
    page = await context.newPage();
  }, 240_000);
  afterAll(async () => {
    await context?.close();
    await runner?.stop();
    await world?.close();
    await browser?.close();
  });

  it('opens on the last 24 hours, draws the minutes it has, and names the first check in the browser zone', async () => {
    const history = (await (await runner.fetch('/api/v1/history?limit=10')).json()) as HistoryPage;
    const first = Math.min(...history.items.map((r) => r.firstSeen));
    expect(Date.now() - first).toBeLessThan(10 * 60_000);

    await page.goto(`${runner.url}/#/charts`);
    const period = page.getByRole('combobox', { name: 'Period' });
    await period.waitFor();
    expect(await period.inputValue()).toBe('1');
    expect(await period.locator('option:checked').textContent()).toBe('Last 24 hours');
    await page.locator('.state.loading').first().waitFor({ state: 'detached', timeout: 10_000 });

    // The first address is no change: the card says so, and what will draw a bar.
    expect(await page.getByTestId('changes').textContent()).toContain('A new address draws a bar here.');
    // The uptime bars span the day; the latency line the hours it has, not the period.
    const [min, max] = await xRange(page, 'uptime-chart');
    expect(max - min).toBe(D);
    const [lo, hi] = await xRange(page, 'latency-chart');
    expect(hi - lo).toBe(6 * H);

    // The data is there to see: the address's span, today's uptime bar, a latency line per source.
    // Seconds of history on a timeline from the first sighting (at least two hours): each
    // family's span is inside its row, a few pixels wide, not past its end.
    const axis = page.getByTestId('timeline-axis');
    const [from, to] = [Number(await axis.getAttribute('data-from')), Number(await axis.getAttribute('data-to'))];
    expect(to - from).toBe(2 * H);
    for (const track of await page.locator('.tl-track').all()) {
      const row = (await track.boundingBox())!;
      const spans = await track.locator('.tl-span').all();
      expect(spans).toHaveLength(1);
      const box = (await spans[0]!.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(8);
      expect(box.x + box.width).toBeLessThanOrEqual(row.x + row.width + 0.5);
    }
    const span = page.locator(`.tl-span[data-key="${A4}"]`);
    expect(await page.getByTestId('uptime-readout').textContent()).toMatch(/^100 % online over /);
    const sources = await page
      .getByRole('list', { name: 'Source latency per hour: legend' })
      .getByRole('listitem')
      .allTextContents();
    expect(sources.length).toBeGreaterThan(0);

    // The caption names the first check, in New York time as the browser keeps it.
    const inZone = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: ZONE }).format(
      first,
    );
    expect(await page.getByTestId('latency-readout').textContent()).toContain(`since ${inZone} (the first figures)`);
    // ...and the timeline's hover says the same minute.
    await span.hover();
    const hover = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'medium', timeZone: ZONE }).format(
      first,
    );
    await expect.poll(() => page.getByTestId('timeline-readout').textContent()).toContain(hover);
    await page.mouse.move(0, 0);

    // The days of the stats start at the reader's midnight, as the page asks; a zone nobody has is refused.
    const stats = (await (
      await runner.fetch(`/api/v1/stats?days=1&tz=${encodeURIComponent(ZONE)}`)
    ).json()) as StatsReport;
    const midnight = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeStyle: 'short', hourCycle: 'h23' });
    expect(stats.uptime.perDay.map((d) => midnight.format(d.start))).toContain('00:00');
    expect((await runner.fetch('/api/v1/stats?tz=Mars%2FOlympus')).status).toBe(400);

    // No speed test yet, and speed tests are off: the chart says where to switch them on.
    expect(await page.getByTestId('speed').textContent()).toContain('Switch them on in Settings, "Speed test"');
    await page.screenshot({ path: path.join(SHOTS, 'charts-fresh-light.png'), fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
  }, 60_000);
});
