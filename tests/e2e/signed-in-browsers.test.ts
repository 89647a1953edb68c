/**
 * Signed-in browsers in chromium (issue 50), on the real headless runner: two browsers signed in
 * with the admin token, the first opens Settings, Web dashboard and API and sees both (its own as
 * "this browser"), revokes the other (whose next request is then 401), then revokes its own after
 * the confirm and is shown the sign-in page. Screenshot: test-output/screenshots/signed-in-browsers.png.
 */
import path from 'node:path';

import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { signInContext } from '../helpers/dashboard';
import { browserPeer, closeDashboard, openDashboard, SHOTS, type SignedIn } from '../helpers/e2e-dashboard';
import { until } from '../helpers/until';
import { startWorld } from '../helpers/world';

describe.skipIf(browserPeer.skip)('signed-in browsers in chromium', () => {
  const opened: Partial<SignedIn> = {};
  let d: SignedIn;
  let other: BrowserContext;
  beforeAll(async () => {
    d = await openDashboard({ world: () => startWorld(), viewport: { width: 1280, height: 900 } }, opened);
    other = await d.browser.newContext();
    await signInContext(other, d.dash.url, d.dash.token);
  }, 180_000);
  afterAll(async () => {
    await other?.close();
    await closeDashboard(opened);
  });

  it('lists both browsers, revokes the other (its next request is 401), then its own after the confirm', async () => {
    const { page, dash } = d;
    const status = () => other.request.get(`${dash.url}/api/v1/status`).then((r) => r.status());
    expect(await status()).toBe(200);
    await page.goto(`${dash.url}/#/settings/api`);
    const table = page.getByRole('table', { name: 'Signed-in browsers' });
    const rows = table.locator('tbody tr');
    // The first load of the dashboard on a busy machine takes a while: the list waits on it.
    await until(async () => (await rows.count()) === 2, { what: 'two signed-in browsers listed', timeoutMs: 45_000 });
    expect(await table.getByRole('rowheader', { name: 'admin (this browser)', exact: true }).count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'signed-in-browsers.png'), fullPage: true });

    await table.getByRole('button', { name: 'Revoke admin', exact: true }).click();
    await page.getByText("Signed out: admin's browser must sign in again.").waitFor();
    expect(await status()).toBe(401);
    await until(async () => (await rows.count()) === 1, { what: 'the revoked browser gone from the list' });

    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.accept();
    });
    await table.getByRole('button', { name: 'Revoke admin (this browser)' }).click();
    // The sign-in page's token field (the Settings page has an api.token field of its own).
    await page.locator('input#token').waitFor();
    expect(asked).toEqual([expect.stringMatching(/^Revoke your own session\?/)]);
    const mine = await page.request.get(`${dash.url}/api/v1/status`);
    expect(mine.status()).toBe(401);
  });
});
