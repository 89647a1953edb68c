/**
 * A fresh install's Uptime card, end to end: the real headless runner after a short outage
 * (every source answers without an address, as a captive portal does) and a recovery, in
 * Debian's chromium. Minutes monitored show one figure "since <first check>", not three equal
 * tiles, and it reads exactly as the API's insight at the same moment (paused, so the moment
 * holds), offline never longer than monitored. A runner with no source set up reads "not
 * monitored: no source" (its recent checks' marks too, neutral, never failed) and blames no network. Screenshots: test-output/screenshots/uptime-fresh-*.png.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import type { Insight } from '../../shared/contract/insight';
import { english } from '../../shared/i18n/translators';
import { noSourceWords, uptimeCover, uptimeText } from '../../shared/uptime';
import { type ApiRunner, startApiRunner } from '../helpers/api-runner';
import { buildRenderer, CHROMIUM, launchChromium, seriousAxeFindings, signInContext } from '../helpers/dashboard';
import { peer } from '../helpers/peers';
import { startWorld, type World } from '../helpers/world';

const browserPeer = peer('chromium', { packages: ['chromium'], files: [CHROMIUM] });
const SHOTS = path.resolve(import.meta.dirname, '../../test-output/screenshots');

let browser: Browser;
let world: World;
let runner: ApiRunner | undefined;
let context: BrowserContext | undefined;

function portal(on: boolean): void {
  for (const fw of [world.v4, world.v6]) {
    for (const s of fw.http) s.setFault(on ? 'html' : 'none');
    fw.dns.setFault(on ? 'nxdomain' : 'none');
    fw.stun.setFault(on ? 'no-address' : 'none');
  }
}

async function open(r: ApiRunner) {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await signInContext(context, r.url, r.token);
  const page = await context.newPage();
  await page.goto(`${r.url}/#/`);
  const card = page.getByRole('region', { name: 'Uptime' });
  await card.waitFor();
  return { page, card };
}

describe.skipIf(browserPeer.skip)("a fresh install's uptime in chromium", () => {
  beforeAll(async () => {
    await buildRenderer();
    browser = await launchChromium();
    await mkdir(SHOTS, { recursive: true });
    world = await startWorld();
  }, 240_000);
  afterEach(async () => {
    await context?.close();
    await runner?.stop();
    context = undefined;
    runner = undefined;
  });
  afterAll(async () => {
    await world?.close();
    await browser?.close();
  });

  it('shows one figure since the first check, equal to the API at the same moment', async () => {
    runner = await startApiRunner({ world });
    const r = runner;
    const post = async (p: string) =>
      expect((await r.fetch(`/api/v1${p}`, { method: 'POST', json: {} })).ok).toBe(true);
    const offline = r.lines.until((l) => l.type === 'offline', 20_000);
    portal(true);
    await post('/check');
    await offline;
    const online = r.lines.until((l) => l.type === 'online', 20_000);
    portal(false);
    await post('/check');
    await online;
    await post('/pause');
    const insight = (await (await r.fetch('/api/v1/insight')).json()) as Insight;
    const day = insight.uptime[0]!;
    expect(day.offlineMs).toBeGreaterThan(0);
    expect(day.offlineMs).toBeLessThanOrEqual(day.monitoredMs);

    const { page, card } = await open(r);
    const tiles = card.getByRole('listitem');
    await expect.poll(() => tiles.count()).toBe(1);
    const tile = card.getByTestId('uptime-1');
    expect(await tile.locator('.uptime-value').textContent()).toBe(uptimeText(day.percent, english));
    expect(await tile.textContent()).toContain(uptimeCover(day.monitoredMs, day.offlineMs, english));
    expect(await tile.textContent()).toMatch(/since \d/);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await card.screenshot({ path: path.join(SHOTS, `uptime-fresh-${scheme}.png`) });
      expect(await seriousAxeFindings(page), scheme).toEqual([]);
    }
  }, 120_000);

  it('with no source set up, reads "not monitored: no source" and blames no network', async () => {
    runner = await startApiRunner({ world, settings: { sources: { builtIn: false, custom: [] } } });
    const { page, card } = await open(runner);
    const tile = card.getByTestId('uptime-1');
    await expect.poll(() => tile.textContent()).toContain(noSourceWords(english));
    expect(await card.textContent()).not.toMatch(/offline/);
    expect(await page.locator('body').textContent()).not.toMatch(/sign in to its portal|check the network connection/);
    expect(await page.locator('body').textContent()).toContain('No source is set up for IPv4 and IPv6');
    // The recent checks sent no request: each mark is "not monitored: no source", neutral, none failed.
    const recent = page.getByRole('region', { name: 'Recent checks' });
    const marks = recent.getByTestId('beats-v4').locator('.beat');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    expect(await recent.locator('[data-testid^="beats-"] .beat-failed').count()).toBe(0);
    const classes = await marks.evaluateAll((els) => els.map((e) => e.className));
    expect(new Set(classes)).toEqual(new Set(['beat beat-unmonitored']));
    expect(await marks.first().getAttribute('title')).toMatch(new RegExp(`: ${noSourceWords(english)}$`));
    await recent.screenshot({ path: path.join(SHOTS, 'recent-checks-no-source-light.png') });
    await card.screenshot({ path: path.join(SHOTS, 'uptime-no-source-light.png') });
    await page.screenshot({ path: path.join(SHOTS, 'uptime-no-source-page-light.png') });
    // The address cards say it in the same words: never the monitor's "unavailable".
    expect(await page.locator('body').innerText()).not.toMatch(/unavailable/);
    expect(await page.getByText('No address (not monitored: no source).').count()).toBe(2);
    // Activity: each check reads "IPv4 not monitored: no source", neutral, never "no source answered".
    await page.goto(`${runner.url}/#/activity`);
    const events = page.getByRole('list', { name: 'Events, newest first' });
    const line = events.locator('li.event-unmonitored', { hasText: /IPv4 not monitored: no source$/ });
    await line.first().waitFor();
    expect(
      await events.locator('li.event-unmonitored', { hasText: 'IPv6 not monitored: no source' }).count(),
    ).toBeGreaterThan(0);
    expect(await events.innerText()).not.toMatch(/no source answered|unavailable/);
    await page.screenshot({ path: path.join(SHOTS, 'activity-no-source-light.png') });
  }, 120_000);
});
