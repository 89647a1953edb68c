/**
 * The Connections page against the real headless runner (issue 63), in Debian's chromium: it lists
 * what GET /api/v1/egress lists for the same run (every declared destination, every destination
 * contacted, undeclared ones marked), is reached from the menu, and at 360 px, light and dark,
 * scrolls no wider than the phone and passes axe. Screenshots: test-output/screenshots/connections-*.png.
 */
import path from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { EgressReport } from '../../shared/contract/egress';
import { seriousAxeFindings } from '../helpers/dashboard';
import { browserPeer, closeDashboard, openDashboard, SHOTS, type SignedIn } from '../helpers/e2e-dashboard';
import { startWorld } from '../helpers/world';

const key = (c: { protocol: string; host: string; port: number }) => `${c.protocol}|${c.host}|${c.port}`;

/** The page's contacted rows, as destination keys, and which of them are marked undeclared. */
async function shownContacts(page: Page): Promise<{ all: string[]; undeclared: string[] }> {
  return page.evaluate<{ all: string[]; undeclared: string[] }>(`(() => {
    const rows = [...document.querySelectorAll('[data-testid="contacted-row"]')];
    const keyOf = (r) => r.getAttribute('data-key');
    return { all: rows.map(keyOf), undeclared: rows.filter((r) => r.hasAttribute('data-undeclared')).map(keyOf) };
  })()`);
}

describe.skipIf(browserPeer.skip)('the Connections page in chromium, on the real runner', () => {
  const d: Partial<SignedIn> = {};
  const egress = async (): Promise<EgressReport> =>
    (await (await d.dash!.fetch('/api/v1/egress')).json()) as EgressReport;

  beforeAll(async () => {
    await openDashboard({ world: () => startWorld(), viewport: { width: 1280, height: 900 } }, d);
    // A check of its own, so every source has been contacted at least once.
    expect((await d.dash!.fetch('/api/v1/check', { method: 'POST', json: {} })).status).toBe(200);
  }, 240_000);
  afterAll(async () => closeDashboard(d));

  it('is in the menu and lists what GET /api/v1/egress lists', async () => {
    const page = d.page!;
    const before = await egress();
    expect(before.contacted.length, 'the runner contacted its sources').toBeGreaterThan(0);
    await page.goto(`${d.dash!.url}/#/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Connections' }).click();
    await page.getByRole('heading', { level: 1, name: 'Connections' }).waitFor({ timeout: 20_000 });
    await page.getByTestId('contacted-row').first().waitFor({ timeout: 20_000 });
    const shown = await shownContacts(page);
    const after = await egress();
    // The page read between the two answers: it holds all the first had, and nothing the second lacks.
    for (const c of before.contacted) expect(shown.all, key(c)).toContain(key(c));
    expect(after.contacted.map(key)).toEqual(expect.arrayContaining(shown.all));
    const undeclared = after.contacted.filter((c) => c.declared.length === 0).map(key);
    expect(shown.undeclared.every((k) => undeclared.includes(k))).toBe(true);
    expect(
      before.contacted.filter((c) => c.declared.length === 0).every((c) => shown.undeclared.includes(key(c))),
    ).toBe(true);
    // The declared list is the settings' (unchanged in between): every entry, in the API's order.
    const declared = await page
      .getByTestId('declared-row')
      .evaluateAll((rows) => rows.flatMap((r) => r.getAttribute('data-ids')!.split(' ')));
    expect(declared).toEqual(after.declared.map((x) => x.id));
    expect(await page.getByTestId('egress-enforce').textContent()).toContain(
      after.enforce ? 'are refused' : 'recorded, not refused',
    );
  }, 60_000);

  it('at 360 px, light and dark, stays within the phone and passes axe', async () => {
    const page = d.page!;
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`${d.dash!.url}/#/connections`);
    // Rows sit in groups by purpose, the long ones folded (issue 75): open every group, so every
    // row is measured at 360 px.
    const groups = page.locator('details[data-purpose]');
    await groups.first().waitFor({ timeout: 20_000 });
    for (const g of await groups.all()) if ((await g.getAttribute('open')) === null) await g.locator('summary').click();
    await page.getByTestId('declared-row').first().waitFor({ timeout: 20_000 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: path.join(SHOTS, `connections-360-${scheme}.png`), fullPage: true });
      expect(await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'), scheme).toBe(0);
      expect(await seriousAxeFindings(page), scheme).toEqual([]);
    }
  }, 60_000);
});
