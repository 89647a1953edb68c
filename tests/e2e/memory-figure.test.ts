/**
 * The Checks card's "Memory in use" in chromium (issue 49): RSS, and its parts (the V8 heap and
 * the native part) in a tooltip that shows on hover and on keyboard focus, as the API gives them.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { AppStatus } from '../../shared/contract';
import { type ApiRunner, startApiRunner } from '../helpers/api-runner';
import { buildRenderer, CHROMIUM, launchChromium, signInContext } from '../helpers/dashboard';
import { peer } from '../helpers/peers';
import { startWorld, type World } from '../helpers/world';

const browserPeer = peer('chromium', { packages: ['chromium'], files: [CHROMIUM] });

describe.skipIf(browserPeer.skip)('Memory in use in chromium', () => {
  let browser: Browser;
  let world: World;
  let dash: ApiRunner;
  let context: BrowserContext;
  beforeAll(async () => {
    await buildRenderer();
    browser = await launchChromium();
    world = await startWorld();
    dash = await startApiRunner({ world });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await signInContext(context, dash.url, dash.token);
  }, 180_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await dash?.stop();
    await world?.close();
  });

  it('shows RSS, and the heap and the native part on hover and on keyboard focus', async () => {
    const page = await context.newPage();
    await page.goto(`${dash.url}/`);
    const checks = page.getByRole('region', { name: 'Checks' });
    const figure = checks.locator('.memory-figure');
    await figure.waitFor();
    const tip = page.getByRole('tooltip');
    expect(await tip.isVisible()).toBe(false);
    // The figure is RSS as the API's status gives it (the runner's, read a moment apart).
    const status = (await (await dash.fetch('/api/v1/status')).json()) as AppStatus;
    const shown = (await figure.evaluate((e) => e.firstChild?.textContent)) ?? '';
    expect(shown).toMatch(/^\d+\.\d MB$/);
    expect(Math.abs(Number.parseFloat(shown) - status.process.rssBytes / 2 ** 20)).toBeLessThan(30);
    await figure.hover();
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toMatch(
      /^V8 heap \d+\.\d MB in use \(of \d+\.\d MB\); native \d+\.\d MB \(outside the heap\)$/,
    );
    // Away from it, and then to it by the keyboard alone.
    await page.mouse.move(0, 0);
    await tip.waitFor({ state: 'hidden' });
    for (let i = 0; i < 200 && !(await figure.evaluate((e) => e.matches(':focus'))); i++)
      await page.keyboard.press('Tab');
    expect(await figure.evaluate((e) => e.matches(':focus'))).toBe(true);
    await tip.waitFor({ state: 'visible' });
    expect(await figure.getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
    await page.close();
  });
});
