/**
 * The browser window survives the engine: stopped while the window is open, every page opened
 * meanwhile keeps the menu and says it could not load, and comes up by itself once the runner is
 * back; a new build served while the window is open reloads it exactly once; the header fits a
 * phone. The real headless runner serves a private copy of the built dashboard (IPWATCH_WEB_DIR),
 * so a build made meanwhile by another test does not reach these windows, and a test can change it.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { BUILD_ID_HEADER, buildIdOfIndex } from '../../shared/build-id';
import { type ApiRunner, startApiRunner } from '../helpers/api-runner';
import { buildRenderer, CHROMIUM, launchChromium, seriousAxeFindings, signInContext } from '../helpers/dashboard';
import { peer } from '../helpers/peers';
import { startWorld, type World } from '../helpers/world';

const browserPeer = peer('chromium', { packages: ['chromium'], files: [CHROMIUM] });
const ROOT = path.resolve(import.meta.dirname, '../..');
const A4 = '81.2.69.142';
const A6 = '2a02:1:2:3::5';
// Every page of the menu but the Dashboard (Sites shows with a fleet only); Activity last: it is
// the page left open while the runner is away.
const LAZY_PAGES = ['History', 'Charts', 'Map', 'Settings', 'Discord', 'Connections', 'Activity'] as const;
const WITHIN = 15_000;

let browser: Browser;
let webDir: string;
let world: World;
let dash: ApiRunner;
let context: BrowserContext;
let page: Page;

const menu = (p: Page) => p.getByRole('navigation', { name: 'Main' });
const heading = (p: Page, name: string) => p.locator('main').getByRole('heading', { level: 1, name, exact: true });

/** Opens a page from the menu, as a person would (the Menu button first on a narrow window). */
async function openFromMenu(p: Page, title: string): Promise<void> {
  const toggle = menu(p).getByRole('button', { name: 'Menu' });
  if (await toggle.isVisible()) await toggle.click();
  await menu(p).getByRole('link', { name: title, exact: true }).click();
}

describe.skipIf(browserPeer.skip)('the window and the engine restarting, in chromium', () => {
  beforeAll(async () => {
    await buildRenderer();
    webDir = await mkdtemp(path.join(tmpdir(), 'ipwatch-web-'));
    await cp(path.join(ROOT, 'out/renderer'), webDir, { recursive: true });
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    if (webDir) await rm(webDir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    world = await startWorld(A4, A6);
    dash = await startApiRunner({ world, env: { IPWATCH_WEB_DIR: webDir } });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await signInContext(context, dash.url, dash.token);
    page = await context.newPage();
  }, 60_000);
  afterEach(async () => {
    await context?.close();
    await dash?.stop();
    await world.close();
  });

  it('keeps the menu while the runner is stopped, and every page comes up by itself once it is back', async () => {
    await page.goto(`${dash.url}/#/`);
    await page.getByTestId('ip-v4').waitFor();
    const port = new URL(dash.url).port;
    const dataDir = dash.dataDir;
    await dash.stop(true);
    await page.getByText('Disconnected from the engine. Reconnecting…').waitFor({ timeout: WITHIN });

    // Every page not loaded yet: the menu stays, the page area says it could not load.
    for (const title of LAZY_PAGES) {
      await openFromMenu(page, title);
      await heading(page, `${title} could not be loaded`).waitFor({ timeout: WITHIN });
      expect(await menu(page).getByRole('link').count(), title).toBe(LAZY_PAGES.length + 1);
      expect(await page.locator('main').getByRole('alert').textContent(), title).toMatch(/not answering/);
    }
    expect(await seriousAxeFindings(page)).toEqual([]);

    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));
    dash = await startApiRunner({ world, dataDir, env: { IPWATCH_WEB_DIR: webDir, IPWATCH_API_PORT: port } });
    // The page left open (Activity) comes up without anyone touching the window.
    await heading(page, 'Activity').waitFor({ timeout: WITHIN });
    await page.getByText('Disconnected from the engine. Reconnecting…').waitFor({ state: 'detached' });
    // Then every other page, each with its menu, its content and its styles.
    for (const title of ['Dashboard', ...LAZY_PAGES]) {
      await openFromMenu(page, title);
      await heading(page, title).waitFor({ timeout: WITHIN });
      expect(await menu(page).getByRole('link', { name: title, exact: true }).getAttribute('aria-current')).toBe(
        'page',
      );
    }
    await openFromMenu(page, 'Settings');
    await heading(page, 'Settings').waitFor({ timeout: WITHIN });
    // Every stylesheet the pages asked for arrived in the end (none left without a sheet).
    const unstyled = await page.evaluate<number>(
      `[...document.querySelectorAll('link[rel="stylesheet"]')].filter((l) => !l.sheet).length`,
    );
    expect(unstyled).toBe(0);
    expect(loads, 'no reload was needed').toEqual([]);
  }, 120_000);

  it('reloads a window once when a new build is served', async () => {
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));
    await page.goto(`${dash.url}/#/`);
    await page.getByTestId('ip-v4').waitFor();
    const index = path.join(webDir, 'index.html');
    const before = await readFile(index, 'utf8');
    const old = buildIdOfIndex(before)!;
    const head = await context.request.head(`${dash.url}/`);
    expect(head.headers()[BUILD_ID_HEADER]).toBe(old);

    // A new build: an entry script of a new name, which index.html now loads. It runs the app by
    // importing the old entry, not a copy of it: the lazy chunks import the entry by its own name,
    // and a copy would be a second module, mounting a second app in the page (which a real build,
    // whose chunks import its own entry, never does).
    const fresh = old.replace(/\.js$/, 'n.js');
    await writeFile(path.join(webDir, 'assets', fresh), `import './${old}';\n`);
    try {
      await writeFile(index, before.replace(old, fresh));
      await page.evaluate("window.location.hash = '#/?after=build'");
      await page.waitForEvent('load', { timeout: WITHIN });
      await page.getByTestId('ip-v4').waitFor();
      expect(
        await page.evaluate<string>(`document.querySelector('script[type="module"]')?.getAttribute('src')`),
      ).toContain(fresh);
      // A later navigation asks again and finds its own build: no second reload.
      const asked = page.waitForResponse((r) => r.request().method() === 'HEAD');
      await page.evaluate("window.location.hash = '#/?again=1'");
      expect((await asked).headers()[BUILD_ID_HEADER]).toBe(fresh);
      expect(loads).toHaveLength(2);
    } finally {
      await writeFile(index, before);
      await rm(path.join(webDir, 'assets', fresh), { force: true });
    }
  }, 60_000);

  it('fits the header in 64 px at 360 px, with a menu that opens, closes on Escape and keeps Sign out', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${dash.url}/#/`);
    await page.getByTestId('ip-v4').waitFor();
    const box = (await page.locator('header.top').boundingBox())!;
    expect(box.height).toBeLessThanOrEqual(64);
    // Sign out stays one press away, behind the account button (issue 50).
    const account = page.getByRole('button', { name: /^Account/ });
    await account.click();
    expect(
      await page
        .getByRole('group', { name: 'Account' })
        .getByRole('button', { name: 'Sign out', exact: true })
        .isVisible(),
    ).toBe(true);
    await page.keyboard.press('Escape');
    expect(await account.getAttribute('aria-expanded')).toBe('false');
    const toggle = menu(page).getByRole('button', { name: 'Menu' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await menu(page).getByRole('link', { name: 'History' }).isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await menu(page).getByRole('link', { name: 'History' }).waitFor();
    // Focus goes to the current page's link; Escape closes the menu and gives it back to the button.
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Dashboard');
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await menu(page).getByRole('link', { name: 'History' }).waitFor({ state: 'hidden' });
    expect(await page.evaluate("document.activeElement?.getAttribute('aria-expanded')")).toBe('false');
    await openFromMenu(page, 'History');
    await heading(page, 'History').waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    // At 1280 px the pages are a row and the button is gone.
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await toggle.isVisible()).toBe(false);
    expect(await menu(page).getByRole('link', { name: 'Charts' }).isVisible()).toBe(true);
    expect((await page.locator('header.top').boundingBox())!.height).toBeLessThanOrEqual(64);
  }, 60_000);
});
