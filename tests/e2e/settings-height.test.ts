/**
 * The Settings page in the shape of Uptime Kuma's, in a real browser: the headless runner with
 * 6 custom sources and 4 channels (all on loopback), its built renderer in Debian's chromium.
 * Every item is a one-line row, so the whole page at 1280 px is at most 4,000 px tall (it was
 * 13,337 with a form per item); its height at 1280 and 360 px is printed. A row's Edit opens
 * that item's form alone; on a phone the section menu stays at the top while the page scrolls;
 * axe finds nothing serious, light and dark, at both widths. Screenshots go to
 * test-output/screenshots/ (settings-rows*.png).
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
/** The bound for the page at 1280 px with 6 sources and 4 channels. */
const MAX_HEIGHT_1280 = 4000;
const SOURCE_IDS = ['http0-v4', 'dns-v4', 'stun-v4', 'http0-v6', 'dns-v6', 'stun-v6'];

let browser: Browser;
let world: World;
let hook: NotifyFake;
let dash: ApiRunner;
let context: BrowserContext;
let page: Page;

const pageHeight = (p: Page) => p.evaluate<number>('document.documentElement.scrollHeight');

/** "Monitoring 820, Sources 610, ..." : where the height goes. */
const sectionHeights = (p: Page) =>
  p.evaluate<string>(
    `[...document.querySelectorAll('.settings-body section[id]')]
      .map((s) => s.querySelector('h2').textContent + ' ' + Math.round(s.getBoundingClientRect().height))
      .join(', ')`,
  );

async function openSettings(p: Page): Promise<void> {
  await p.goto(`${dash.url}/#/settings`);
  const sources = p.getByRole('list', { name: 'Your own sources' });
  await sources.waitFor();
  // The rows' states come from the status: wait until each row has one, and the first check's
  // answers are in (the quorum asks only some sources per check: the others are "not asked yet").
  await until(
    async () =>
      (await sources.locator('.item-state .badge').count()) === SOURCE_IDS.length &&
      (await sources.getByText('answering', { exact: true }).count()) > 0,
    { timeoutMs: 15_000, what: 'a state on every source row, one answering' },
  );
}

describe.skipIf(browserPeer.skip)('the Settings page as rows, in chromium', () => {
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
  }, 240_000);
  afterAll(async () => {
    await context?.close();
    await dash?.stop();
    await hook?.close();
    await world?.close();
    await browser?.close();
  });

  it('is at most 4,000 px tall at 1280 px with 6 sources and 4 channels, one row each', async () => {
    await openSettings(page);
    expect(await page.getByRole('list', { name: 'Your own sources' }).getByRole('listitem').count()).toBe(6);
    expect(await page.getByRole('list', { name: 'Notification channels' }).getByRole('listitem').count()).toBe(4);
    // No form is open before one is asked for.
    expect(await page.locator('.item-form').count()).toBe(0);
    const wide = await pageHeight(page);
    await page.setViewportSize(NARROW);
    const narrow = await pageHeight(page);
    await page.setViewportSize(WIDE);
    console.log(`Settings page height (6 sources, 4 channels): ${wide} px at 1280, ${narrow} px at 360`);
    console.log(`Its sections at 1280 px: ${await sectionHeights(page)}`);
    expect(wide).toBeLessThanOrEqual(MAX_HEIGHT_1280);
  }, 60_000);

  it('opens one form at a time from its row, and finds nothing serious with axe at 1280 and 360, light and dark', async () => {
    await openSettings(page);
    const sources = page.getByRole('list', { name: 'Your own sources' });
    await sources.getByRole('button', { name: 'Edit dns-v4' }).click();
    await page.getByRole('group', { name: 'Custom source dns-v4' }).waitFor();
    await sources.getByRole('button', { name: 'Edit stun-v6' }).click();
    await page.getByRole('group', { name: 'Custom source stun-v6' }).waitFor();
    expect(await page.getByRole('group', { name: 'Custom source dns-v4' }).count()).toBe(0);
    expect(await page.locator('.item-form').count()).toBe(1);
    // A row's test asks the source as it is on the page.
    await sources.getByRole('button', { name: 'Test http0-v4' }).click();
    await sources.getByText(/^Answered 81\.2\.69\.142 in \d+ ms$/).waitFor({ timeout: 15_000 });
    for (const view of [WIDE, NARROW]) {
      await page.setViewportSize(view);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const suffix = `${view === WIDE ? '' : '-360'}-${scheme}`;
        await page.screenshot({ path: path.join(SHOTS, `settings-rows${suffix}.png`), fullPage: true });
        expect(await seriousAxeFindings(page), `${scheme} at ${view.width} px`).toEqual([]);
        const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
        expect(overflow, `${scheme} at ${view.width} px`).toBeLessThanOrEqual(0);
      }
    }
    await page.setViewportSize(WIDE);
  }, 120_000);

  it('keeps the section menu in reach on a phone while the page scrolls', async () => {
    await page.setViewportSize(NARROW);
    try {
      await openSettings(page);
      const nav = page.getByRole('navigation', { name: 'Settings sections' });
      for (const at of [0.5, 1]) {
        await page.evaluate(`window.scrollTo(0, document.documentElement.scrollHeight * ${at})`);
        await until(async () => (await nav.boundingBox())!.y === 0, { what: `the menu at the top, scrolled ${at}` });
        const box = (await nav.boundingBox())!;
        expect(box.height).toBeLessThanOrEqual(48);
      }
      // From the bottom of the page, the menu takes the reader to a section.
      await nav.getByRole('link', { name: 'Sources' }).click();
      await until(
        async () => {
          const top = (await page.locator('#set-sources').boundingBox())!.y;
          return top >= 0 && top < NARROW.height / 2;
        },
        { what: 'the Sources section in view', timeoutMs: 5000 },
      );
      expect(page.url()).toContain('section=sources');
    } finally {
      await page.setViewportSize(WIDE);
    }
  }, 60_000);
});
