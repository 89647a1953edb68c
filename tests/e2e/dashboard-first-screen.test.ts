/**
 * The dashboard's first screen comes first (issue 75), in Debian's chromium on the real headless
 * runner and the built renderer: the shell and the address cards are drawn while the code of the
 * cards below them (pages/dashboard-more.tsx, a chunk of its own) is still on its way, which a
 * loading line says; the cards follow when it arrives. That chunk is served as the entry script is,
 * with the same security and caching headers.
 */
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type ApiRunner, startApiRunner } from '../helpers/api-runner';
import { buildRenderer, CHROMIUM, launchChromium, signInContext } from '../helpers/dashboard';
import { peer } from '../helpers/peers';
import { startWorld, type World } from '../helpers/world';

const browserPeer = peer('chromium', { packages: ['chromium'], files: [CHROMIUM] });
const A4 = '81.2.69.142';
const A6 = '2a02:1:2:3::5';
const MORE_CHUNK = /\/assets\/dashboard-more-[\w-]+\.js$/;
/** Headers that name the file itself, not how it is served. */
const OWN = new Set(['content-length', 'etag', 'last-modified', 'date', 'content-type']);

let browser: Browser;
let world: World;
let dash: ApiRunner;
let context: BrowserContext;
let page: Page;

describe.skipIf(browserPeer.skip)("the dashboard's first screen, in chromium", () => {
  beforeAll(async () => {
    await buildRenderer();
    browser = await launchChromium();
    world = await startWorld(A4, A6);
    dash = await startApiRunner({ world });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await signInContext(context, dash.url, dash.token);
    page = await context.newPage();
  }, 180_000);
  afterAll(async () => {
    await context?.close();
    await dash?.stop();
    await world?.close();
    await browser?.close();
  });

  it('draws the address cards before the code of the cards below them arrives, then those cards', async () => {
    // The lower cards' chunk is held until the first screen has been looked at.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const held: string[] = [];
    await page.route(MORE_CHUNK, async (route: Route) => {
      held.push(route.request().url());
      await released;
      await route.continue();
    });
    await page.goto(`${dash.url}/`);
    await page.getByTestId('ip-v4').getByText(A4).waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('ip-v6').textContent()).toBe(A6);
    await page.getByRole('status').getByText('Loading the other cards…').waitFor();
    expect(held).toHaveLength(1);
    expect(await page.getByRole('region', { name: 'Sources' }).count()).toBe(0);
    release();
    await page.getByRole('region', { name: 'Sources' }).waitFor({ timeout: 15_000 });
    await page.getByRole('region', { name: 'Notifications' }).waitFor();
    expect(await page.getByText('Loading the other cards…').count()).toBe(0);
  }, 60_000);

  it('serves that chunk with the headers the entry script has', async () => {
    const html = await (await dash.fetch('/')).text();
    const entry = /<script type="module" crossorigin src="\.?\/?(assets\/index-[\w-]+\.js)"/.exec(html)?.[1];
    expect(entry, 'the entry script in index.html').toBeTruthy();
    const entryText = await (await dash.fetch(`/${entry}`)).text();
    const more = /"\.\/(dashboard-more-[\w-]+\.js)"/.exec(entryText)?.[1];
    expect(more, "the entry script's import of the lower cards").toBeTruthy();
    const served = async (p: string) => {
      const res = await fetch(`${dash.url}${p}`);
      expect(res.status, p).toBe(200);
      expect(res.headers.get('content-type'), p).toMatch(/^text\/javascript|^application\/javascript/);
      return Object.fromEntries([...res.headers].filter(([k]) => !OWN.has(k)));
    };
    const entryHeaders = await served(`/${entry}`);
    expect(await served(`/assets/${more}`)).toEqual(entryHeaders);
    // The policy a page is held to, and how long a copy may be kept, are among them.
    expect(Object.keys(entryHeaders)).toEqual(
      expect.arrayContaining(['content-security-policy', 'x-content-type-options', 'cache-control']),
    );
  });
});
