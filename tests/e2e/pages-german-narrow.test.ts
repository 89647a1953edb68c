/**
 * The History, Charts, Activity, Discord and Sites pages in German on a 360 px phone, in Debian's
 * chromium, on the real headless runner set to German (issue 62): each page speaks German and
 * nothing sticks out sideways (a table scrolls inside its own region, the page does not).
 * Screenshots: test-output/screenshots/pages-de-360-*.png (gitignored).
 */
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { browserPeer, closeDashboard, openDashboard, SHOTS, type SignedIn } from '../helpers/e2e-dashboard';
import { startWorld } from '../helpers/world';

const PAGES = [
  ['history', 'Verlauf'],
  ['charts', 'Diagramme'],
  ['map', 'Karte'],
  ['activity', 'Aktivität'],
  ['discord', 'Discord'],
  ['sites', 'Standorte'],
] as const;

describe.skipIf(browserPeer.skip)('pages D in German at 360 px, in chromium', () => {
  const d: Partial<SignedIn> = {};
  beforeAll(async () => {
    await openDashboard(
      {
        world: () => startWorld(),
        runner: () => ({ settings: { language: 'de' } }),
        viewport: { width: 360, height: 780 },
      },
      d,
    );
    // A few checks: runs in the history, events and figures on the charts.
    for (let i = 0; i < 3; i++)
      expect((await d.dash!.fetch('/api/v1/check', { method: 'POST', json: {} })).status).toBe(200);
  }, 240_000);
  afterAll(async () => closeDashboard(d));

  it.each(PAGES)('#/%s: in German, nothing wider than the phone', async (name, title) => {
    const page = d.page!;
    await page.goto(`${d.dash!.url}/#/${name}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 20_000 });
    await page.locator('main .state.loading').first().waitFor({ state: 'detached', timeout: 20_000 });
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('de');
    await page.screenshot({ path: path.join(SHOTS, `pages-de-360-${name}.png`), fullPage: true });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth')).toBe(0);
  });
});
