/**
 * German at 360 px cuts nothing (issue 62): the real headless runner's dashboard in Debian's
 * chromium, its browser set to German (de-DE: navigator.languages and Accept-Language), on a phone's
 * width. Every page and every Settings section is in German (<html lang="de">), scrolls no wider
 * than the screen, and no text is clipped: no element whose words overflow a box that hides them,
 * none that runs past the screen's right edge. Screenshots: test-output/screenshots/de-360-*.png.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type ApiRunner, startApiRunner } from '../helpers/api-runner';
import { buildRenderer, CHROMIUM, launchChromium, signInContext } from '../helpers/dashboard';
import { peer } from '../helpers/peers';
import { until } from '../helpers/until';
import { startWorld, type World } from '../helpers/world';

const browserPeer = peer('chromium', { packages: ['chromium'], files: [CHROMIUM] });
const SHOTS = path.resolve(import.meta.dirname, '../../test-output/screenshots');
const WIDTH = 360;

let browser: Browser;
let world: World;
let dash: ApiRunner;
let context: BrowserContext;
let page: Page;

/**
 * What is cut on the page as shown: text in a box that hides its overflow and is wider or taller
 * than the box, and visible text that reaches past the screen's right edge where nothing scrolls
 * to it. One line each.
 */
const CUT_SCRIPT = `(() => {
  const cut = [];
  const width = window.innerWidth;
  // Inside a box that scrolls sideways (the Settings sections' strip), text past the edge is
  // reached by scrolling, not cut.
  const scrolls = (el) => { for (let a = el.parentElement; a; a = a.parentElement) { const o = getComputedStyle(a).overflowX; if (o === 'auto' || o === 'scroll') return true; } return false; };
  const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
  for (const el of document.querySelectorAll('body *')) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && /\\p{L}/u.test(n.textContent));
    if (!own) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    // Visually hidden text for screen readers (a 1 px clipped box) is not shown: not cut.
    if (rect.width <= 1 || rect.height <= 1) continue;
    const hides = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY) || style.textOverflow === 'ellipsis';
    if (hides && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1))
      cut.push(name(el) + ' hides its overflow: "' + el.textContent.trim().slice(0, 60) + '"');
    else if (rect.right > width + 1 && !scrolls(el))
      cut.push(name(el) + ' runs past the right edge (' + Math.round(rect.right) + ' px): "' + el.textContent.trim().slice(0, 60) + '"');
  }
  return cut;
})()`;

async function shownIn(p: Page, hash: string): Promise<void> {
  await p.goto(`${dash.url}/${hash}`);
  await until(async () => (await p.evaluate<string>('document.documentElement.lang')) === 'de', {
    timeoutMs: 15_000,
    what: `${hash} in German`,
  });
  await until(
    async () => (await p.locator('.state.loading').count()) === 0 && (await p.locator('main h1, main h2').count()) > 0,
    {
      timeoutMs: 15_000,
      what: `${hash} loaded`,
    },
  );
}

async function checkPage(p: Page, hash: string, shot: string): Promise<void> {
  await shownIn(p, hash);
  const overflow = await p.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
  expect(overflow, `${hash}: the page scrolls sideways`).toBeLessThanOrEqual(0);
  expect(await p.evaluate<string[]>(CUT_SCRIPT), `${hash}: text cut`).toEqual([]);
  await p.screenshot({ path: path.join(SHOTS, `de-360-${shot}.png`), fullPage: true });
}

describe.skipIf(browserPeer.skip)('German at 360 px, in chromium', () => {
  beforeAll(async () => {
    await buildRenderer();
    browser = await launchChromium();
    await mkdir(SHOTS, { recursive: true });
    world = await startWorld('81.2.69.142', '2a02:1:2:3::5');
    dash = await startApiRunner({ world });
    context = await browser.newContext({ viewport: { width: WIDTH, height: 640 }, locale: 'de-DE' });
    await signInContext(context, dash.url, dash.token);
    page = await context.newPage();
  }, 180_000);
  afterAll(async () => {
    await context?.close();
    await dash?.stop();
    await world?.close();
    await browser?.close();
  });

  it('finds a cut text, and one past the edge (the check itself)', async () => {
    const probe = await context.newPage();
    await shownIn(probe, '#/');
    await probe.evaluate(`(() => {
      const box = document.createElement('p');
      box.style.cssText = 'width: 60px; overflow: hidden; white-space: nowrap';
      box.textContent = 'Benachrichtigungskanäle';
      const wide = document.createElement('p');
      wide.style.cssText = 'width: 500px';
      wide.textContent = 'Dienstüberwachungen';
      document.querySelector('main').append(box, wide);
    })()`);
    const cut = await probe.evaluate<string[]>(CUT_SCRIPT);
    await probe.close();
    expect(cut.some((c) => c.includes('hides its overflow: "Benachrichtigungskanäle"'))).toBe(true);
    expect(cut.some((c) => c.includes('past the right edge') && c.includes('Dienstüberwachungen'))).toBe(true);
  }, 60_000);

  it('every page cuts nothing', async () => {
    // The pages the header's navigation links to, as a person finds them.
    await shownIn(page, '#/');
    const pages = await page.evaluate<string[]>(
      `[...new Set([...document.querySelectorAll('header a[href^="#/"], nav a[href^="#/"]')].map((a) => a.getAttribute('href')).filter((h) => !h.startsWith('#/settings/')))]`,
    );
    expect(pages.length, 'the pages of the navigation').toBeGreaterThanOrEqual(6);
    for (const hash of pages) await checkPage(page, hash, hash.replace(/^#\/?/, '') || 'dashboard');
  }, 180_000);

  it('every Settings section cuts nothing', async () => {
    await shownIn(page, '#/settings');
    const sections = await page.evaluate<string[]>(
      `[...new Set([...document.querySelectorAll('a[href^="#/settings/"]')].map((a) => a.getAttribute('href')))]`,
    );
    expect(sections.length, 'the sections of Settings').toBeGreaterThan(5);
    for (const hash of sections) await checkPage(page, hash, `settings-${hash.split('/').pop()}`);
  }, 180_000);
});
