/**
 * The small ones of issue 75 in chromium, on the built dashboard served by the built headless
 * runner: signed-in browsers told apart (browser and system from the User-Agent, loopback as
 * "this machine", the page's own marked), the menu the same on every page (Sites opened by its
 * link adds no entry), no box inside a page that scrolls on its own, and Connections grouped by
 * purpose. Screenshots at 360 and 1280 px, light and dark: test-output/screenshots/small-ones-*.png.
 */
import { statSync } from 'node:fs';
import path from 'node:path';

import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { signInContext } from '../helpers/dashboard';
import { browserPeer, closeDashboard, openDashboard, SHOTS, type SignedIn } from '../helpers/e2e-dashboard';
import { until } from '../helpers/until';
import { startWorld } from '../helpers/world';

const FIREFOX_ON_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';
const PAGES = ['/', '/history', '/charts', '/sites', '/settings', '/discord', '/activity', '/connections'];

/** The menu's entries as the page lists them. */
const menu = (page: Page) => page.locator('#main-nav a').allTextContents();

/** Elements in the page area that scroll on their own (a box with more content than its height). */
const innerScrollers = (page: Page) =>
  page.evaluate<string[]>(`[...document.querySelectorAll('main *')]
    .filter((el) => {
      const y = getComputedStyle(el).overflowY;
      return (y === 'auto' || y === 'scroll') && el.scrollHeight > el.clientHeight + 1;
    })
    .map((el) => el.tagName.toLowerCase() + '.' + el.className)`);

describe.skipIf(browserPeer.skip)('the small ones of issue 75 in chromium', () => {
  const opened: Partial<SignedIn> = {};
  let d: SignedIn;
  let other: BrowserContext;
  beforeAll(async () => {
    d = await openDashboard({ world: () => startWorld(), viewport: { width: 1280, height: 900 } }, opened);
    other = await d.browser.newContext({ userAgent: FIREFOX_ON_WINDOWS });
    await signInContext(other, d.dash.url, d.dash.token);
  }, 180_000);
  afterAll(async () => {
    await other?.close();
    await closeDashboard(opened);
  });

  it('tells the signed-in browsers apart by browser, system and address, its own marked', async () => {
    const { page, dash } = d;
    await page.goto(`${dash.url}/#/settings/api`);
    const rows = page.getByRole('table', { name: 'Signed-in browsers' }).locator('tbody tr');
    await until(async () => (await rows.count()) === 2, { what: 'two signed-in browsers listed', timeoutMs: 45_000 });
    const cells = async (i: number) => (await rows.nth(i).locator('th, td').allTextContents()).slice(0, 5);
    const all = [await cells(0), await cells(1)];
    const own = all.find((r) => r[0] === 'admin (this browser)')!;
    expect(own[3]).toMatch(/^Headless Chrome \d+ on Linux$/);
    expect(own[4]).toBe('this machine');
    expect(all.find((r) => r[0] === 'admin')![3]).toBe('Firefox 128 on Windows');
    expect(await page.locator('tr[data-current="true"] th').textContent()).toBe('admin (this browser)');
  });

  it('lists the same menu on every page, and no page has a box that scrolls inside it', async () => {
    const { page, dash } = d;
    await page.goto(`${dash.url}/#/`);
    await page.locator('#main-nav a').first().waitFor();
    const first = await menu(page);
    expect(first).not.toContain('Sites'); // this runner watches no fleet
    for (const p of PAGES) {
      await page.goto(`${dash.url}/#${p}`);
      await page.locator('main h1').first().waitFor({ timeout: 30_000 });
      expect(await menu(page), p).toEqual(first);
      expect(await innerScrollers(page), p).toEqual([]);
    }
  });

  it('groups Connections by purpose, each group with its count, a long one folded', async () => {
    const { page, dash } = d;
    await page.goto(`${dash.url}/#/connections`);
    const groups = page.locator('details[data-purpose]');
    await groups.first().waitFor({ timeout: 30_000 });
    const seen = await groups.evaluateAll((els) =>
      els.map((e) => ({
        purpose: e.getAttribute('data-purpose'),
        open: e.hasAttribute('open'),
        rows: e.querySelectorAll('tbody tr').length,
        summary: e.querySelector('summary')!.textContent!,
      })),
    );
    expect(new Set(seen.map((g) => g.purpose)).size).toBe(seen.length);
    for (const g of seen) {
      expect(g.summary).toMatch(new RegExp(`\\(${g.rows} destinations?\\)$`));
      expect(g.open, g.purpose!).toBe(g.rows <= 3);
    }
  });

  it('takes the changed pages at 360 and 1280 px, light and dark', async () => {
    const { page, dash } = d;
    const taken: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        for (const [name, route, ready] of [
          ['sessions', '/settings/api', 'table[aria-label="Signed-in browsers"] tbody tr'],
          ['connections', '/connections', 'details[data-purpose]'],
          ['activity', '/activity', 'main h1'],
          ['charts', '/charts', 'main h1'],
        ] as const) {
          await page.goto(`${dash.url}/#${route}`);
          await page.locator(ready).first().waitFor({ timeout: 30_000 });
          if (name === 'sessions') await page.locator('#signed-in-browsers').scrollIntoViewIfNeeded();
          const file = path.join(SHOTS, `small-ones-${name}-${width}-${scheme}.png`);
          await page.screenshot({ path: file, fullPage: name !== 'sessions' });
          taken.push(file);
        }
      }
    }
    // Each one written, with something on it (a blank page is a few hundred bytes).
    for (const file of taken) expect(statSync(file).size, file).toBeGreaterThan(5000);
  }, 180_000);
});
