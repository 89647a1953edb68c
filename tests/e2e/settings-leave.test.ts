/**
 * Nothing typed in Settings is lost (issue 75), in chromium on the built dashboard served by the
 * built headless runner: a channel added and its address typed, then another page's menu link:
 * the question appears and the address stays where it was; Stay keeps the channel and what was
 * typed; Discard leaves without it; a reload with a change gets the browser's own question
 * (beforeunload), and dismissing it keeps the page as it was. At 360 px the Settings menu is one
 * line that says it scrolls (its end fades and an arrow scrolls on); at 1280 px it is the side
 * menu, no arrow. Screenshots of the question and the menu at 360 and 1280 px, light and dark:
 * test-output/screenshots/settings-leave-*.png.
 */
import { statSync } from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { browserPeer, closeDashboard, openDashboard, SHOTS, type SignedIn } from '../helpers/e2e-dashboard';
import { startWorld } from '../helpers/world';

const HOOK = 'http://127.0.0.1:9/ipwatch-hook';
const QUESTION = 'Leave Settings without saving?';

const channels = (page: Page) => page.getByRole('list', { name: /channels/i }).getByRole('listitem');
const question = (page: Page) => page.getByRole('dialog', { name: QUESTION });

/** On the channels page, a webhook added and its address typed, unsaved; returns how many channels were saved before. */
async function addChannel(page: Page, url: string): Promise<number> {
  await page.goto(`${url}/#/settings/channels`);
  const type = page.getByLabel('Type of the new channel');
  await type.waitFor({ timeout: 30_000 });
  const before = await channels(page).count();
  await type.selectOption({ label: 'Webhook' });
  await page.getByRole('button', { name: 'Add a channel' }).click();
  await expect.poll(() => channels(page).count()).toBe(before + 1);
  await channels(page).last().locator('input[type="url"], input[type="text"]').first().fill(HOOK);
  return before;
}

/** Clicks a page's link in the main menu (opened first on a narrow window, where it folds behind a button). */
async function menuLink(page: Page, name: string): Promise<void> {
  const toggle = page.locator('button[aria-controls="main-nav"]');
  if (await toggle.isVisible()) await toggle.click();
  await page.locator('#main-nav').getByRole('link', { name }).click();
}

/** The value typed into the new channel, as the page shows it now. */
const typed = (page: Page) =>
  channels(page).last().locator('input[type="url"], input[type="text"]').first().inputValue();

describe.skipIf(browserPeer.skip)('leaving Settings with unsaved changes, in chromium', () => {
  const opened: Partial<SignedIn> = {};
  let d: SignedIn;
  beforeAll(async () => {
    d = await openDashboard({ world: () => startWorld(), viewport: { width: 1280, height: 900 } }, opened);
  }, 180_000);
  afterAll(() => closeDashboard(opened));

  it('asks on a menu link; Stay keeps the channel and what was typed; Discard leaves without it', async () => {
    const { page, dash } = d;
    const before = await addChannel(page, dash.url);
    await menuLink(page, 'History');
    await question(page).waitFor();
    expect(new URL(page.url()).hash).toBe('#/settings/channels');
    await question(page).getByRole('button', { name: 'Stay here' }).click();
    await question(page).waitFor({ state: 'detached' });
    expect(new URL(page.url()).hash).toBe('#/settings/channels');
    expect(await channels(page).count()).toBe(before + 1);
    expect(await typed(page)).toBe(HOOK);

    await menuLink(page, 'Activity');
    await question(page).getByRole('button', { name: 'Discard and leave' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#/activity');
    await page.locator('main h1').first().waitFor();
    // Back on Settings: the saved settings, without the channel discarded.
    await page.goto(`${dash.url}/#/settings/channels`);
    await page.getByLabel('Type of the new channel').waitFor();
    expect(await channels(page).count()).toBe(before);
  }, 90_000);

  it('a reload with a change gets the browser’s question; dismissed, the page keeps what was typed', async () => {
    const { page, dash } = d;
    const before = await addChannel(page, dash.url);
    const asked = page.waitForEvent('dialog', { timeout: 15_000 });
    // Not awaited: the reload waits on the question.
    const reload = page.evaluate('location.reload()').catch(() => undefined);
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
    await reload;
    expect(await channels(page).count()).toBe(before + 1);
    expect(await typed(page)).toBe(HOOK);
    // Nothing unsaved: a reload asks nothing.
    await page
      .getByRole('button', { name: /^Remove/ })
      .last()
      .click();
    expect(await channels(page).count()).toBe(before);
    let again = false;
    page.once('dialog', (dl) => {
      again = true;
      void dl.accept();
    });
    await page.reload();
    await page.getByLabel('Type of the new channel').waitFor();
    expect(again).toBe(false);
  }, 90_000);

  it('takes the question and the Settings menu at 360 and 1280 px, light and dark; the narrow menu says it scrolls', async () => {
    const { page, dash } = d;
    const taken: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
        await page.goto(`${dash.url}/#/`);
        await page.locator('main h1').first().waitFor();
        await page.goto(`${dash.url}/#/settings/monitor`);
        const nav = page.getByRole('navigation', { name: 'Settings sections' });
        await nav.getByRole('link').first().waitFor();
        const more = nav.getByRole('button', { name: 'More settings pages: scroll sideways' });
        if (width === 360) {
          await more.waitFor();
          expect(await nav.getAttribute('data-more-end')).toBe('true');
        } else {
          expect(await more.count()).toBe(0);
        }
        const menuShot = path.join(SHOTS, `settings-leave-menu-${width}-${scheme}.png`);
        await page.screenshot({ path: menuShot });
        taken.push(menuShot);

        await addChannel(page, dash.url);
        await menuLink(page, 'Dashboard');
        await question(page).waitFor();
        const askShot = path.join(SHOTS, `settings-leave-question-${width}-${scheme}.png`);
        await page.screenshot({ path: askShot });
        taken.push(askShot);
        await question(page).getByRole('button', { name: 'Discard and leave' }).click();
        await expect.poll(() => new URL(page.url()).hash).toBe('#/');
      }
    }
    // Each one written, with something on it (a blank page is a few hundred bytes).
    for (const file of taken) expect(statSync(file).size, file).toBeGreaterThan(5000);
  }, 180_000);
});
