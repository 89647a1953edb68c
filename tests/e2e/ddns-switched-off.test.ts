/**
 * A DNS record IPWatch switched off, in Debian's chromium on the real headless runner: an RFC 2136
 * record whose TSIG secret is not base64 cannot be used, so the keeper stops it (nothing is sent,
 * nothing leaves this machine). The dashboard's card says "switched off" with why and "not set by
 * IPWatch yet", never "points at" the address it was to hold; its Settings row says "Switched off:
 * why" with "Try again", which asks the runner (POST /api/v1/ddns/retry) and, the secret still
 * wrong, comes back switched off with the same words; its form's switch reads off with why beside
 * it (issue 59). Screenshots: test-output/screenshots/ddns-off-*.png.
 */
import path from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ApiRunner } from '../helpers/api-runner';
import { seriousAxeFindings } from '../helpers/dashboard';
import { browserPeer, closeDashboard, openDashboard, SHOTS, type SignedIn } from '../helpers/e2e-dashboard';
import { startWorld } from '../helpers/world';

const RECORD = {
  id: 'home-knot',
  provider: 'rfc2136',
  server: '127.0.0.1',
  zone: 'example.org',
  name: 'home.example.org',
  keyName: 'home-key',
  secret: 'not base64 !!',
};

let dash: ApiRunner;
let page: Page;

describe.skipIf(browserPeer.skip)('a DNS record IPWatch switched off, in chromium', () => {
  const opened: Partial<SignedIn> = {};
  beforeAll(async () => {
    ({ dash, page } = await openDashboard(
      {
        world: () => startWorld('81.2.69.142', '2a02:1:2:3::5'),
        runner: () => ({ settings: { ddns: { records: [RECORD] } } }),
        viewport: { width: 1280, height: 800 },
      },
      opened,
    ));
  }, 180_000);
  afterAll(() => closeDashboard(opened));

  it('says switched off with why and "not set by IPWatch yet"; Try again asks the runner in one click', async () => {
    await page.goto(`${dash.url}/`);
    const card = page.getByTestId('ddns-home-knot');
    await card.getByText('switched off', { exact: true }).waitFor({ timeout: 20_000 });
    const text = (await card.textContent())!;
    expect(text).toContain('not set by IPWatch yet');
    expect(text).not.toContain('points at');
    expect(text).toMatch(/base64/i);
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'ddns-off-dashboard.png') });

    await page.goto(`${dash.url}/#/settings?section=ddns`);
    const row = page.getByRole('listitem', { name: 'home.example.org' });
    const stop = row.getByTestId('ddns-stop-home-knot');
    await stop.waitFor({ timeout: 20_000 });
    expect(await stop.textContent()).toMatch(/^Switched off: .*base64/i);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'ddns-off-settings.png') });
    const asked = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/ddns/retry') && r.request().method() === 'POST',
    );
    await row.getByRole('button', { name: 'Try again home-knot' }).click();
    const answer = await asked;
    expect(answer.status()).toBe(200);
    expect(((await answer.json()) as { state: string }).state).toBe('stopped');
    await stop.waitFor({ timeout: 10_000 });
    expect(await stop.textContent()).toMatch(/base64/i);
  }, 120_000);

  it('its form\'s "Keep this record in step" reads off, with why and Try again beside it (issue 59)', async () => {
    const row = page.getByRole('listitem', { name: 'home.example.org' });
    await row.getByRole('button', { name: 'Edit home.example.org' }).click();
    const onOff = row.getByRole('checkbox', { name: 'Keep this record in step' });
    await onOff.waitFor({ timeout: 10_000 });
    expect(await onOff.isChecked()).toBe(false);
    const beside = row.locator('.ddns-stopped-switch');
    expect(await beside.getByTestId('ddns-stop-home-knot').textContent()).toMatch(/^Switched off: .*base64/i);
    expect(await beside.getByRole('button', { name: 'Try again home-knot' }).isVisible()).toBe(true);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'ddns-off-form.png') });
  }, 60_000);
});
