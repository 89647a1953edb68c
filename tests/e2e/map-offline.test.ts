/**
 * The Map page in chromium with the network off (issue 77): the built dashboard from the real
 * headless runner, chromium resolving every name but the loopback to nothing and fetching nothing
 * in the background (launchChromium). The runner's addresses are in Germany by the shipped
 * databases (checked until its run has lasted a moment); the page draws Germany shaded and marked from the shapes its own chunk carries,
 * names it in the table, and asks nothing of any origin but the runner's. At 360 px wide the map
 * fits the window, nothing scrolls sideways.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { HistoryPage } from '../../shared/contract/history';
import { MAP_COLOURS } from '../../shared/map/picture';
import { type ApiRunner, startApiRunner } from '../helpers/api-runner';
import { buildRenderer, CHROMIUM, launchChromium, signInContext } from '../helpers/dashboard';
import { peer } from '../helpers/peers';
import { until } from '../helpers/until';
import { startWorld, type World } from '../helpers/world';

const browserPeer = peer('chromium', { packages: ['chromium'], files: [CHROMIUM] });

describe.skipIf(browserPeer.skip)('the Map page offline in chromium', () => {
  let browser: Browser;
  let world: World;
  let dash: ApiRunner;
  let context: BrowserContext;
  beforeAll(async () => {
    await buildRenderer();
    browser = await launchChromium();
    world = await startWorld('79.192.1.1', '2003::1');
    dash = await startApiRunner({ world });
    context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    await signInContext(context, dash.url, dash.token);
  }, 180_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await dash?.stop();
    await world?.close();
  });

  it('draws where the addresses are from what it ships, asking nothing outside', async () => {
    // A run's time held is from its first check to its last: check until the current run has some.
    await until(
      async () => {
        await dash.fetch('/api/v1/check', { method: 'POST' });
        const runs = (await (await dash.fetch('/api/v1/history?family=4&limit=1')).json()) as HistoryPage;
        const run = runs.items[0];
        return run !== undefined && run.lastSeen > run.firstSeen;
      },
      { timeoutMs: 20_000, everyMs: 100, what: 'an IPv4 run held for some time' },
    );
    const page = await context.newPage();
    const asked: string[] = [];
    page.on('request', (r) => asked.push(r.url()));
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    await page.goto(`${dash.url}/#/map`);
    const table = page.getByTestId('map-table');
    await table.getByRole('cell', { name: 'Germany' }).first().waitFor({ timeout: 30_000 });
    const svg = page.getByTestId('map-svg');
    const germany = svg.locator('path[data-code="DE"]');
    expect(await germany.getAttribute('fill')).not.toBe(MAP_COLOURS.light.land);
    expect(await germany.getAttribute('fill')).not.toBe(MAP_COLOURS.dark.land);
    expect(await svg.locator('circle[data-code="DE"]').count()).toBeGreaterThan(0);
    expect(await svg.locator('path[data-code]').count()).toBeGreaterThan(150);
    // 360 px: the picture fits, and the page does not scroll sideways.
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeGreaterThan(200);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth')).toBe(0);
    const origin = new URL(dash.url).origin;
    expect(asked.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
    expect(failed).toEqual([]);
    await page.close();
  }, 60_000);
});
