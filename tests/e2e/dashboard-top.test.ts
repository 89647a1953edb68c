/**
 * The dashboard's actions at the top, in Debian's chromium on the real headless runner: Check
 * now, Pause and Copy lie inside the first viewport at 1280 and at 360 px, light and dark, and
 * work from there; while paused the addresses read "last known". Screenshots go to
 * test-output/screenshots/dashboard-top-*.png (gitignored).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { type ApiRunner, startApiRunner } from '../helpers/api-runner';
import { buildRenderer, CHROMIUM, launchChromium, seriousAxeFindings, signInContext } from '../helpers/dashboard';
import { peer } from '../helpers/peers';
import { until } from '../helpers/until';
import { startWorld, type World } from '../helpers/world';

const browserPeer = peer('chromium', { packages: ['chromium'], files: [CHROMIUM] });
const SHOTS = path.resolve(import.meta.dirname, '../../test-output/screenshots');
const A4 = '81.2.69.142';
const A6 = '2a02:1:2:3::5';
const VIEWS = [
  { width: 1280, height: 800 },
  { width: 360, height: 640 },
] as const;
const ACTIONS = ['Check now', 'Pause monitoring', 'Copy IPv4', 'Copy IPv6'];

let browser: Browser;
let world: World;
let dash: ApiRunner;
let context: BrowserContext;
let page: Page;

/** The bottom edge of each action, in px from the top of the page as first shown (no scrolling). */
async function actionBottoms(p: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const name of ACTIONS) {
    const box = await p.getByRole('button', { name, exact: true }).boundingBox();
    if (!box) throw new Error(`${name}: not shown`);
    out[name] = Math.round(box.y + box.height);
  }
  return out;
}

describe.skipIf(browserPeer.skip)('dashboard actions at the top, in chromium', () => {
  beforeAll(async () => {
    await buildRenderer();
    browser = await launchChromium();
    await mkdir(SHOTS, { recursive: true });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    world = await startWorld(A4, A6);
    dash = await startApiRunner({ world });
    context = await browser.newContext({ viewport: VIEWS[0] });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: dash.url });
    await signInContext(context, dash.url, dash.token);
    page = await context.newPage();
  }, 90_000);
  afterEach(async () => {
    await context?.close();
    await dash?.stop();
    await world.close();
  });

  it.each(VIEWS)(
    'puts Check now, Pause and Copy in the first viewport at $width px',
    async (view) => {
      await page.setViewportSize(view);
      await page.goto(`${dash.url}/`);
      await until(async () => (await page.getByTestId('ip-v6').textContent()) === A6, {
        timeoutMs: 15_000,
        what: 'both addresses',
      });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const what = `${scheme} at ${view.width} px`;
        expect(await page.evaluate<number>('window.scrollY'), what).toBe(0);
        const bottoms = await actionBottoms(page);
        console.log(`dashboard actions, ${what}: bottom edges ${JSON.stringify(bottoms)} of ${view.height} px`);
        for (const [name, bottom] of Object.entries(bottoms))
          expect(bottom, `${name}, ${what}`).toBeLessThanOrEqual(view.height);
        const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
        expect(overflow, what).toBeLessThanOrEqual(0);
        expect(await seriousAxeFindings(page), what).toEqual([]);
        await page.screenshot({ path: path.join(SHOTS, `dashboard-top-${view.width}-${scheme}.png`) });
      }

      // They work from there: Copy, then Pause (the addresses turn last known), then Resume.
      await page.getByRole('button', { name: 'Copy IPv4', exact: true }).click();
      expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(A4);
      await page.getByRole('button', { name: 'Pause monitoring' }).click();
      await page.getByTestId('last-known-v4').waitFor({ timeout: 10_000 });
      expect(await page.getByTestId('last-known-v4').textContent()).toMatch(/paused by the user/);
      expect(await page.getByTestId('ip-v4').getAttribute('class')).toBe('ip stale');
      await page.screenshot({ path: path.join(SHOTS, `dashboard-top-${view.width}-paused.png`) });
      await page.getByRole('button', { name: 'Resume monitoring' }).click();
      await page.getByTestId('last-known-v4').waitFor({ state: 'detached', timeout: 15_000 });
      await page.getByRole('button', { name: 'Check now' }).click();
      await page.getByRole('button', { name: 'Check now' }).waitFor({ timeout: 15_000 });
    },
    120_000,
  );
});
