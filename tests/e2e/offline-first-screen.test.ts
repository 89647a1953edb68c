/**
 * The dashboard with the network down, as at a first start before the Wi-Fi is up (issue 75): the
 * built headless runner at its default settings (the built-in sources) in a network namespace of
 * its own with nothing but loopback, so every source fails for want of a route and nothing leaves
 * the machine; Debian's chromium in the same namespace, reaching the runner's 127.0.0.1. At 360 x
 * 740 the first screen holds the verdict, the outage's start and both addresses; the Sources card
 * is one line, the verdict's cause as a sentence ("No source could be reached: the network is down
 * or has no way out."), the words the banner says, its table folded behind a disclosure the
 * keyboard opens, whose rows do not repeat the line. Screenshots at 360 and 1280 px, light and
 * dark: test-output/screenshots/offline-*.png.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { AppStatus } from '../../shared/contract';
import { type ApiRunner, startApiRunner } from '../helpers/api-runner';
import { buildRenderer, CHROMIUM, launchChromium, seriousAxeFindings } from '../helpers/dashboard';
import { browserPeer, SHOTS } from '../helpers/e2e-dashboard';
import { createNetns, type Netns, netnsSupport } from '../helpers/netns';
import { until } from '../helpers/until';

const ns = netnsSupport();
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

let net: Netns | undefined;
let launcher: string | undefined;
let browser: Browser | undefined;
let dash: ApiRunner | undefined;
let context: BrowserContext | undefined;
let page: Page;

/** The API as the page reads it, with the page's session. */
const status = (): Promise<AppStatus> =>
  page.evaluate(async () => (await (await fetch('/api/v1/status')).json()) as AppStatus);
const sources = () => page.getByRole('region', { name: 'Sources' });
/** The verdict's cause (the API's health reason, in English) as the card says it: a sentence of its own. */
const causeSentence = async (): Promise<string> => {
  const { reason } = (await status()).health;
  return `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`;
};

/** The bottom edge of `what`, in px from the top of the page as first shown. */
async function bottom(what: ReturnType<Page['locator']>): Promise<number> {
  const box = await what.boundingBox();
  if (!box) throw new Error('not shown');
  return Math.round(box.y + box.height);
}

describe.skipIf(browserPeer.skip || ns.skip)('the dashboard with the network down, in chromium', () => {
  beforeAll(async () => {
    await buildRenderer();
    await mkdir(SHOTS, { recursive: true });
    net = createNetns('offline');
    // chromium started inside the namespace: the pipe playwright drives it by passes through `ip netns exec`.
    launcher = mkdtempSync(path.join(tmpdir(), 'ipwatch-chromium-'));
    const script = path.join(launcher, 'chromium');
    writeFileSync(script, `#!/bin/sh\nexec ip netns exec ${net.name} ${CHROMIUM} "$@"\n`, { mode: 0o755 });
    browser = await launchChromium([], [], script);
    dash = await startApiRunner({ wrap: (argv) => net!.exec(argv) });
    context = await browser.newContext({ viewport: PHONE });
    page = await context.newPage();
    // Signed in from the page: the test's own process is outside the namespace and cannot reach the runner.
    await page.goto(`${dash.url}/`);
    const signed = await page.evaluate(
      async (token) =>
        (
          await fetch('/api/v1/session', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ token }),
          })
        ).status,
      dash.token,
    );
    expect(signed).toBe(204);
  }, 180_000);
  afterAll(async () => {
    await context?.close();
    await dash?.stop();
    await browser?.close();
    net?.close();
    if (launcher) rmSync(launcher, { recursive: true, force: true });
  });

  it('the API says no source answered, in both families, with the built-in sources', async () => {
    await until(async () => (await status()).online === false, { what: 'the runner to see no internet' });
    const s = await status();
    expect([s.families.v4.lastCheck?.result, s.families.v6.lastCheck?.result]).toEqual(['unavailable', 'unavailable']);
    expect(s.sources.length).toBeGreaterThan(10);
  }, 60_000);

  it('at 360 x 740 the first screen holds the verdict, the outage and both addresses; Sources is one line', async () => {
    await page.goto(`${dash!.url}/`);
    const badge = page.getByTestId('health-badge');
    await until(async () => (await badge.getAttribute('data-state')) === 'no-internet', {
      timeoutMs: 15_000,
      what: 'the no-internet badge',
    });
    const note = page.getByTestId('health-note');
    // The outage's start reaches the page with the status after the badge's first state: wait for it.
    const since = /Since .+ \((.+ ago|just now)\)\.$/;
    await until(async () => since.test((await note.textContent()) ?? ''), {
      timeoutMs: 15_000,
      what: "the outage's start in the verdict",
    });
    const cards = page.locator('section.card.address');
    expect(await cards.count()).toBe(2);
    const bottoms = {
      verdict: await bottom(badge),
      outage: await bottom(note),
      v4: await bottom(cards.nth(0)),
      v6: await bottom(cards.nth(1)),
    };
    // The screens first, so a first screen that overflows can be seen.
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: path.join(SHOTS, `offline-360-${scheme}.png`) });
      await page.screenshot({ path: path.join(SHOTS, `offline-360-${scheme}-page.png`), fullPage: true });
    }
    for (const [what, px] of Object.entries(bottoms)) expect(px, what).toBeLessThanOrEqual(PHONE.height);

    // One cause, one sentence: the card's line is the verdict's cause, and the banner says the same words.
    const { reason } = (await status()).health;
    expect(reason).toBe('no source could be reached: the network is down or has no way out');
    expect(await note.textContent()).toContain(`No internet: ${reason}.`);
    const glance = sources().getByTestId('sources-glance');
    expect(await glance.textContent()).toBe(await causeSentence());
    expect(await sources().textContent()).not.toMatch(/counted as failing|before this outage/);
    const fold = sources().getByTestId('sources-fold');
    expect(await fold.evaluate((d) => d.hasAttribute('open'))).toBe(false);
    // Folded, the whole card is a few lines, not a table of every source.
    const card = (await sources().boundingBox())!;
    expect(card.height).toBeLessThan(200);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await seriousAxeFindings(page), scheme).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  }, 60_000);

  it('the folded table opens from the keyboard; its rows say not answering, and no row repeats why', async () => {
    const summary = sources().locator('summary').first();
    await summary.focus();
    await page.keyboard.press('Enter');
    const fold = sources().getByTestId('sources-fold');
    await until(async () => fold.evaluate((d) => d.hasAttribute('open')), { what: 'the table to open' });
    const rows = sources().locator('tbody tr');
    const s = await status();
    expect(await rows.count()).toBe(s.sources.length);
    const words = await rows.evaluateAll((r) => r.map((e) => e.getAttribute('data-word')));
    expect(new Set(words)).toEqual(new Set(['not answering']));
    expect(await sources().locator('details.source-reason').count()).toBe(0);
    expect(await sources().textContent()).not.toMatch(/before this outage|check it for typos/);
    await sources().screenshot({ path: path.join(SHOTS, 'offline-360-sources-open.png') });
    await page.keyboard.press('Enter');
    await until(async () => !(await fold.evaluate((d) => d.hasAttribute('open'))), { what: 'it to fold' });
  }, 30_000);

  it('at 1280 px, light and dark: the same one line', async () => {
    await page.setViewportSize(DESKTOP);
    expect(await sources().getByTestId('sources-glance').textContent()).toBe(await causeSentence());
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: path.join(SHOTS, `offline-1280-${scheme}.png`), fullPage: true });
      expect(await seriousAxeFindings(page), scheme).toEqual([]);
    }
  }, 30_000);
});
