/**
 * Settings as pages, as in Uptime Kuma, in a real browser: the headless runner with 6 custom
 * sources and 4 channels (all on loopback), its built renderer in Debian's chromium. Every page
 * of the side menu is at most 2,000 px tall at 1280 px with its disclosures closed (each page's
 * height is printed); at 360 px the menu stays in reach and no control is cut off (its
 * scrollWidth is within its clientWidth, and it ends inside the window); axe finds nothing
 * serious, light and dark. An edit left unsaved on one page survives moving to another, and a
 * save checks every page: the summary's link opens the field's page and focuses the field.
 * Screenshots of every page go to test-output/screenshots/ (settings-page-<id>.png, and -360.png
 * with its folds open).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type NotifyFake, startNotifyFake } from '../fakes/notify-http';
import { type ApiRunner, startApiRunner } from '../helpers/api-runner';
import { buildRenderer, CHROMIUM, launchChromium, seriousAxeFindings, signInContext } from '../helpers/dashboard';
import { peer } from '../helpers/peers';
import { until } from '../helpers/until';
import { startWorld, type World } from '../helpers/world';

const browserPeer = peer('chromium', { packages: ['chromium'], files: [CHROMIUM] });
const SHOTS = path.resolve(import.meta.dirname, '../../test-output/screenshots');
const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 360, height: 740 };
/** The bound for each page at 1280 px with 6 sources and 4 channels, disclosures closed. */
const MAX_PAGE_HEIGHT_1280 = 2000;
const SOURCE_IDS = ['http0-v4', 'dns-v4', 'stun-v4', 'http0-v6', 'dns-v6', 'stun-v6'];

let browser: Browser;
let world: World;
let hook: NotifyFake;
let dash: ApiRunner;
let context: BrowserContext;
let page: Page;

/** Where the page's content ends (the document is at least the window's height, whatever it holds). */
const pageHeight = (p: Page) =>
  p.evaluate<number>(
    `Math.ceil(Math.max(...[...document.querySelectorAll('main > *')].map((e) => e.getBoundingClientRect().bottom)) + window.scrollY)`,
  );

/** The side menu's pages, in order: id (from the link's address) and title. */
async function menuPages(p: Page): Promise<{ id: string; title: string }[]> {
  await p.goto(`${dash.url}/#/settings`);
  const nav = p.getByRole('navigation', { name: 'Settings sections' });
  await nav.getByRole('link').first().waitFor();
  return nav.evaluate((n) =>
    [...n.querySelectorAll('a')].map((a) => ({
      id: a.getAttribute('href')!.replace('#/settings/', ''),
      title: a.textContent!,
    })),
  );
}

/** Opens a page of Settings and waits until it is drawn (on Sources, until every row has its state). */
async function openPage(p: Page, id: string, title: string): Promise<void> {
  await p.goto(`${dash.url}/#/settings/${id}`);
  await p.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
  if (id !== 'sources') return;
  const sources = p.getByRole('list', { name: 'Your own sources' });
  // The rows' states come from the status; the quorum asks only some sources per check.
  await until(
    async () =>
      (await sources.locator('.item-state .badge').count()) === SOURCE_IDS.length &&
      (await sources.getByText('answering', { exact: true }).count()) > 0,
    { timeoutMs: 15_000, what: 'a state on every source row, one answering' },
  );
}

/**
 * Controls whose content is wider than their box, or whose box ends outside the window: "label: 412 > 300".
 * A select's scrollWidth does not grow with its words, so for a select it is its longest choice's
 * words, measured in its font, plus its padding and arrow (20 px).
 */
const cutOff = (p: Page) =>
  p.evaluate<string[]>(`const pen = document.createElement('canvas').getContext('2d');
    const selectWidth = (el) => {
      const style = getComputedStyle(el);
      pen.font = style.font;
      const words = Math.max(0, ...[...el.options].map((o) => pen.measureText(o.text).width));
      return Math.ceil(words + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + 20);
    };
    [...document.querySelectorAll(
      '.settings-body :is(input, select, textarea, button, label, summary, a, .choices, .field, fieldset, code, p)')]
    .filter((el) => el.getClientRects().length > 0)
    .flatMap((el) => {
      const box = el.getBoundingClientRect();
      const name = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || el.tagName).trim().slice(0, 50);
      const content = el.tagName === 'SELECT' ? selectWidth(el) : el.scrollWidth;
      const wide = content > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'auto';
      const out = box.right > window.innerWidth + 0.5 || box.left < -0.5;
      return wide || out ? [el.tagName.toLowerCase() + ' "' + name + '": ' + content + ' > ' + el.clientWidth + ', ends at ' + Math.round(box.right)] : [];
    })`);

describe.skipIf(browserPeer.skip)('Settings as pages, in chromium', () => {
  let pages: { id: string; title: string }[] = [];
  beforeAll(async () => {
    await buildRenderer();
    await mkdir(SHOTS, { recursive: true });
    browser = await launchChromium();
    world = await startWorld();
    hook = await startNotifyFake();
    const channels = [
      { id: 'home-hook', type: 'webhook', url: `${hook.url}/ipwatch` },
      { id: 'phone', type: 'ntfy', topic: 'home-ip', server: hook.url },
      { id: 'gotify', type: 'gotify', url: hook.url, token: 'AbCdEf123456' },
      { id: 'discord-posts', type: 'discord-webhook', url: `${hook.url}/api/webhooks/1/abc` },
    ];
    dash = await startApiRunner({
      world,
      settings: {
        sources: { builtIn: false, custom: world.sources.filter((s) => SOURCE_IDS.includes(s.id)) },
        notifications: { channels },
      },
    });
    context = await browser.newContext({ viewport: WIDE });
    await signInContext(context, dash.url, dash.token);
    page = await context.newPage();
    pages = await menuPages(page);
  }, 240_000);
  afterAll(async () => {
    await context?.close();
    await dash?.stop();
    await hook?.close();
    await world?.close();
    await browser?.close();
  });

  it('has a page per section, each at most 2,000 px tall at 1280 px with its disclosures closed', async () => {
    expect(pages.map((p) => p.id)).toEqual(expect.arrayContaining(['monitor', 'sources', 'channels', 'api', 'about']));
    const heights: string[] = [];
    for (const { id, title } of pages) {
      await openPage(page, id, title);
      expect(await page.locator('details[open]').count(), `${id}: a disclosure open`).toBe(0);
      const height = await pageHeight(page);
      heights.push(`${title} ${height}`);
      await page.screenshot({ path: path.join(SHOTS, `settings-page-${id}.png`), fullPage: true });
      expect(height, `${title} at 1280 px`).toBeLessThanOrEqual(MAX_PAGE_HEIGHT_1280);
    }
    console.log(`Settings pages at 1280 px (6 sources, 4 channels): ${heights.join(', ')}`);
    // The one-line rows are still there: 6 sources, 4 channels, no form open.
    await openPage(page, 'sources', 'Sources');
    expect(await page.getByRole('list', { name: 'Your own sources' }).getByRole('listitem').count()).toBe(6);
    expect(await page.locator('.item-form').count()).toBe(0);
    await openPage(page, 'channels', 'Notification channels');
    expect(await page.getByRole('list', { name: 'Notification channels' }).getByRole('listitem').count()).toBe(4);
  }, 180_000);

  it('cuts nothing off at 360 px, keeps the menu in reach, and axe finds nothing serious, light and dark', async () => {
    await page.setViewportSize(NARROW);
    const heights: string[] = [];
    try {
      for (const { id, title } of pages) {
        await openPage(page, id, title);
        const nav = page.getByRole('navigation', { name: 'Settings sections' });
        const link = nav.getByRole('link', { name: title, exact: true });
        expect(await link.getAttribute('aria-current'), id).toBe('page');
        // The current page's link is in the menu's visible strip.
        const [strip, at] = [(await nav.boundingBox())!, (await link.boundingBox())!];
        expect(at.x >= strip.x - 1 && at.x + at.width <= strip.x + strip.width + 1, `${id}: its link in view`).toBe(
          true,
        );
        // Folds open too: what is inside one must fit as well.
        for (const fold of await page.locator('.settings-body details:not([open]) > summary').all())
          await fold.click().catch(() => undefined);
        await page.screenshot({ path: path.join(SHOTS, `settings-page-${id}-360.png`), fullPage: true });
        expect(await cutOff(page), `${id} at 360 px`).toEqual([]);
        heights.push(`${title} ${await pageHeight(page)}`);
        await page.goto(`${dash.url}/#/settings/${id}`);
        await page.reload();
        await page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          expect(await seriousAxeFindings(page), `${id}, ${scheme} at 360 px`).toEqual([]);
        }
        await page.emulateMedia({ colorScheme: 'light' });
        const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
        expect(overflow, `${id} at 360 px`).toBeLessThanOrEqual(0);
      }
      console.log(`Settings pages at 360 px, folds open: ${heights.join(', ')}`);
      // On a long page, scrolled down, the menu is at the top and takes the reader to another page.
      await openPage(page, 'sources', 'Sources');
      const nav = page.getByRole('navigation', { name: 'Settings sections' });
      await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
      await until(async () => (await nav.boundingBox())!.y === 0, { what: 'the menu at the top, scrolled down' });
      expect((await nav.boundingBox())!.height).toBeLessThanOrEqual(48);
      await nav.getByRole('link', { name: 'Notification channels' }).click();
      await page.getByRole('heading', { level: 2, name: 'Notification channels' }).waitFor();
      expect(page.url()).toMatch(/#\/settings\/channels$/);
    } finally {
      await page.setViewportSize(WIDE);
    }
  }, 300_000);

  it('keeps an unsaved edit across pages, and a save checks every page: the summary opens the field on its page', async () => {
    await openPage(page, 'monitor', 'Monitoring');
    await page.getByLabel('Check every (seconds)').fill('0');
    await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'About' }).click();
    await page.getByRole('heading', { level: 2, name: 'About' }).waitFor();
    await page.getByText(/^IPWatch \d+\.\d+\.\d+/).waitFor();
    expect(await page.getByText('Unsaved changes on the settings pages.').count()).toBe(1);
    await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Monitoring' }).click();
    expect(await page.getByLabel('Check every (seconds)').inputValue()).toBe('0');
    await page
      .getByRole('navigation', { name: 'Settings sections' })
      .getByRole('link', { name: 'Web dashboard and API' })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Web dashboard and API' }).waitFor();
    await page.getByRole('button', { name: 'Save settings' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await page.getByRole('link', { name: /^Monitoring \(to fix\)$/ }).count()).toBe(1);
    await summary.getByRole('button', { name: /Check every/ }).click();
    await until(async () => page.url().endsWith('#/settings/monitor'), { what: 'the Monitoring page' });
    await until(async () => (await page.evaluate<string>('document.activeElement?.id ?? ""')) !== '', {
      what: 'the focus on a field',
    });
    expect(
      await page.evaluate<string>(
        'document.activeElement.closest("[data-path]")?.dataset.path ?? document.activeElement.dataset.path',
      ),
    ).toBe('monitor.intervalSec');
    await page.screenshot({ path: path.join(SHOTS, 'settings-page-error-summary.png') });
    // The engine still has the saved value: nothing was sent.
    const saved = (await (await context.request.get(`${dash.url}/api/v1/settings`)).json()) as {
      settings: { monitor: { intervalSec: number } };
    };
    expect(saved.settings.monitor.intervalSec).not.toBe(0);
  }, 60_000);

  it('opens the older links, #/settings?section=<id>, at that page', async () => {
    await page.goto(`${dash.url}/#/settings?section=discord`);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Discord bot' }).waitFor();
    expect(await page.getByRole('heading', { level: 2 }).count()).toBe(1);
  }, 30_000);
});
