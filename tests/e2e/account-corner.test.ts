/**
 * The header's account corner on a phone-wide window (360 px) in Debian's chromium (issue 50), on
 * the real headless runner: while who the page acts for cannot be told (GET /api/v1/session/me
 * gets no answer: the runner stopped, the network down) there is no account button, and Sign out
 * is in the header itself; once it can, the account button names the person beside a drawn icon,
 * which shows with the fonts Debian's chromium has (an emoji showed as an empty box there).
 * Screenshots: test-output/screenshots/account-corner-<state>.png.
 */
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { browserPeer, closeDashboard, openDashboard, SHOTS, type SignedIn } from '../helpers/e2e-dashboard';
import { startWorld } from '../helpers/world';

describe.skipIf(browserPeer.skip)('the account corner at 360 px', () => {
  const opened: Partial<SignedIn> = {};
  let d: SignedIn;
  beforeAll(async () => {
    d = await openDashboard({ world: () => startWorld(), viewport: { width: 360, height: 740 } }, opened);
  }, 240_000);
  afterAll(() => closeDashboard(opened));

  it('without an answer to who is signed in: no account button, Sign out in the header', async () => {
    const { page, dash } = d;
    await page.route('**/api/v1/session/me', (route) => route.abort());
    await page.goto(dash.url);
    const header = page.locator('header.top');
    const signOut = header.getByRole('button', { name: 'Sign out', exact: true });
    await signOut.waitFor({ state: 'visible' });
    await page.screenshot({ path: path.join(SHOTS, 'account-corner-unknown.png') });
    expect(await header.getByRole('button', { name: /^Account/ }).count()).toBe(0);
    expect(await header.innerText()).not.toMatch(/\p{Extended_Pictographic}/u);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth')).toBe(0);
    await page.unroute('**/api/v1/session/me');
  });

  it("once it is known: the account button with the person's name and a drawn icon that shows", async () => {
    const { page, dash } = d;
    await page.goto(dash.url);
    await page.reload();
    const header = page.locator('header.top');
    const account = header.getByRole('button', { name: 'Account: admin, admin' });
    await account.waitFor({ state: 'visible' });
    await page.screenshot({ path: path.join(SHOTS, 'account-corner-known.png') });
    expect((await account.innerText()).trim()).toBe('admin');
    const icon = await account.locator('svg').boundingBox();
    expect(icon?.width).toBeGreaterThan(8);
    expect(icon?.height).toBeGreaterThan(8);
    // Drawn in the button's own colour, not left transparent.
    expect(await account.locator('svg').evaluate((s) => s.ownerDocument.defaultView!.getComputedStyle(s).fill)).toBe(
      await account.evaluate((b) => b.ownerDocument.defaultView!.getComputedStyle(b).color),
    );
    // Sign out is behind it now, not in the header.
    expect(await header.getByRole('button', { name: 'Sign out', exact: true }).isVisible()).toBe(false);
  });
});
