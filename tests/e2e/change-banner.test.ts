/**
 * A change you cannot miss, in Debian's chromium on the real headless runner: the local sources
 * (tests/helpers/world.ts) move IPv4 from 81.2.69.142 to 81.2.69.200, "Check now" confirms it, and
 * the IPv4 card says "Changed … ago: was 81.2.69.142" with the old address struck through (a
 * status a screen reader reads), the window's title reads "IPWatch · IPv4 changed" on every page
 * and its favicon carries the mark; Recent changes sits beside the addresses, in the first screen.
 * Screenshots: test-output/screenshots/change-*.png (gitignored).
 */
import path from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ApiRunner } from '../helpers/api-runner';
import { seriousAxeFindings } from '../helpers/dashboard';
import { browserPeer, closeDashboard, openDashboard, SHOTS, type SignedIn } from '../helpers/e2e-dashboard';
import { until } from '../helpers/until';
import { startWorld, type World } from '../helpers/world';

const A4 = '81.2.69.142';
const A4_NEW = '81.2.69.200';
const A6 = '2a02:1:2:3::5';

let world: World;
let dash: ApiRunner;
let page: Page;

describe.skipIf(browserPeer.skip)('a change you cannot miss, in chromium', () => {
  const opened: Partial<SignedIn> = {};
  beforeAll(async () => {
    ({ world, dash, page } = await openDashboard(
      { world: () => startWorld(A4, A6), viewport: { width: 1280, height: 800 } },
      opened,
    ));
  }, 180_000);
  afterAll(() => closeDashboard(opened));

  it('marks the changed card, the title and the favicon, with Recent changes beside the addresses', async () => {
    await page.goto(`${dash.url}/`);
    // Each read gives up soon, so a busy machine's slow first load is waited for by until alone.
    await until(
      async () =>
        (await page
          .getByTestId('ip-v4')
          .textContent({ timeout: 2000 })
          .catch(() => null)) === A4,
      {
        timeoutMs: 30_000,
        what: 'the first address',
      },
    );
    // The first address seen is not a change: nothing marked.
    expect(await page.getByTestId('change-v4').count()).toBe(0);
    expect(await page.title()).toBe('Dashboard · IPWatch');

    world.setIp(A4_NEW, A6);
    await page.getByRole('button', { name: 'Check now' }).click();
    const banner = page.getByTestId('change-v4');
    await banner.waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('ip-v4').textContent()).toBe(A4_NEW);
    expect(await banner.getAttribute('role')).toBe('status');
    expect(await banner.locator('[aria-hidden="true"]').textContent()).toMatch(
      /^Changed (just now|\d+ s ago): was 81\.2\.69\.142$/,
    );
    expect(await banner.locator('del').textContent()).toBe(A4);
    expect(await banner.locator('.sr-only').textContent()).toMatch(
      /^IPv4 changed at .+; the old address was 81\.2\.69\.142\.$/,
    );
    expect(await page.getByTestId('change-v6').count()).toBe(0);
    await until(async () => (await page.title()) === 'IPWatch · IPv4 changed', {
      what: 'the title',
      timeoutMs: 10_000,
    });
    const icon = page.locator('link[rel="icon"]');
    expect(await icon.getAttribute('data-changed')).toBe('true');
    expect(decodeURIComponent((await icon.getAttribute('href'))!)).toContain('#ea580c');

    // Recent changes beside the addresses, inside the first screen, listing the change.
    const recent = page.getByRole('region', { name: 'Recent changes' });
    await recent.getByText(`was ${A4}`).waitFor({ timeout: 10_000 });
    const [card, list] = await Promise.all([
      page.getByRole('region', { name: 'IPv4' }).boundingBox(),
      recent.boundingBox(),
    ]);
    console.log(`IPv4 card top ${Math.round(card!.y)} px, Recent changes top ${Math.round(list!.y)} px at 1280 wide`);
    expect(Math.abs(list!.y - card!.y)).toBeLessThan(5);
    expect(list!.y + 40).toBeLessThan(800);
    expect(await seriousAxeFindings(page)).toEqual([]);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: path.join(SHOTS, `change-1280-${scheme}.png`) });
    }
    await page.setViewportSize({ width: 360, height: 640 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: path.join(SHOTS, `change-360.png`) });

    // Another page: the title still says it.
    await page.goto(`${dash.url}/#/history`);
    await until(async () => (await page.title()) === 'IPWatch · IPv4 changed', {
      what: 'the title on History',
      timeoutMs: 10_000,
    });
  }, 120_000);
});
