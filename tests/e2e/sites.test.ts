/**
 * The fleet's Sites page in Debian's chromium (issue 51): the real headless runner watches a real
 * mosquitto (tests/fleet-lab/broker.ts: a password file and the docs' ACL) where two sites publish
 * their state (tests/fleet-lab/site.ts, with the will a runner sets). The page shows both rows with
 * their addresses, opens one into its recent events, and shows a site whose connection dies (its
 * will) offline live, in the row and in its events, without a reload and without polling: the
 * sites are read again only on the live stream's `sites` word. Screenshots at 1280 and 360 px,
 * light and dark, and the Settings page's Test of the broker: test-output/screenshots/sites-*.png
 * (gitignored). Forget on an opened site removes its row (issue 59).
 */
import path from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type FleetBroker, fleetBrokerPeer, startFleetBroker } from '../fleet-lab/broker';
import { type LabSite, startLabSite } from '../fleet-lab/site';
import type { ApiRunner } from '../helpers/api-runner';
import { seriousAxeFindings } from '../helpers/dashboard';
import { browserPeer, closeDashboard, openDashboard, SHOTS, type SignedIn } from '../helpers/e2e-dashboard';
import { until } from '../helpers/until';
import { startWorld } from '../helpers/world';

const SEED = Date.now();
console.log(`sites e2e seed ${SEED}`);
const pass = (name: string) => `${name}-pass-${SEED.toString(36)}`;
const HOME = '203.0.113.7';
const OFFICE = '198.51.100.9';

let broker: FleetBroker | null = null;
let dash: ApiRunner;
let page: Page;
const sites: LabSite[] = [];

/** The text of a site's row, or '' while it is not drawn; each read gives up soon (until waits). */
const rowText = (name: string) =>
  page
    .locator(`tr[data-site="${name}"]`)
    .textContent({ timeout: 2000 })
    .then((t) => t ?? '')
    .catch(() => '');

describe.skipIf(browserPeer.skip || fleetBrokerPeer.skip)('the Sites page, live, in chromium', () => {
  const opened: Partial<SignedIn> = {};
  beforeAll(async () => {
    broker = await startFleetBroker({ watcher: pass('watcher'), home: pass('home'), office: pass('office') });
    const url = broker.url;
    ({ dash, page } = await openDashboard(
      {
        world: () => startWorld(),
        runner: () => ({
          settings: { fleet: { watch: true, brokerUrl: url, username: 'watcher', password: pass('watcher') } },
        }),
        viewport: { width: 1280, height: 800 },
      },
      opened,
    ));
    sites.push(await startLabSite(broker, 'home', pass('home'), HOME));
    sites.push(await startLabSite(broker, 'office', pass('office'), OFFICE));
  }, 180_000);
  afterAll(async () => {
    await Promise.all(sites.map((s) => s.end()));
    await closeDashboard(opened);
    await broker?.stop();
  });

  it('shows both sites, opens one into its events, and shows its loss live', async () => {
    const reads: number[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/v1/sites') reads.push(Date.now());
    });
    await page.goto(`${dash.url}/#/sites`);
    await until(async () => (await rowText('home')).includes(`IPv4 ${HOME}`), {
      timeoutMs: 30_000,
      what: 'the home row with its address',
    });
    await until(async () => (await rowText('office')).includes(`IPv4 ${OFFICE}`), { what: 'the office row' });
    expect(await rowText('office')).toMatch(/^office\s*online.*online (just now|for .*)IPv4 198\.51\.100\.9.*Online/);
    expect(await page.getByText('2 sites: 2 online, 0 offline.').count()).toBe(1);
    // The status travels with the page's code (the page's answer preloads it: dashboard-route.ts),
    // asked for once; the first page of sites once, beside it, before React's first render.
    const asked = (await page.evaluate(`performance.getEntriesByType('resource').map((e) => ({
      path: new URL(e.name).pathname + new URL(e.name).search, start: e.startTime, end: e.responseEnd }))`)) as {
      path: string;
      start: number;
      end: number;
    }[];
    // A live event (a check, a site's news) marks both stale later, so a slow machine may see them
    // read again after the first render: what is held to "once" is what the page's load asked.
    const script = asked.find((e) => /^\/assets\/index-.*\.js$/.test(e.path))!;
    const status = asked.filter((e) => e.path === '/api/v1/status');
    expect(status.filter((e) => e.start < script.end)).toHaveLength(1);
    expect(status[0]!.start).toBeLessThan(script.end);
    const sitesReads = asked.filter((e) => e.path.startsWith('/api/v1/sites'));
    expect(sitesReads[0]!.path).toBe('/api/v1/sites?limit=100');
    expect(sitesReads.filter((e) => e.start <= sitesReads[0]!.end).map((e) => e.path)).toEqual([
      '/api/v1/sites?limit=100',
    ]);
    expect(new Set(sitesReads.map((e) => e.path))).toEqual(new Set(['/api/v1/sites?limit=100']));
    // The Sites link is in the menu while this runner watches a fleet.
    expect(await page.getByRole('link', { name: 'Sites' }).count()).toBeGreaterThan(0);

    await page.locator('tr[data-site="office"]').getByRole('button', { name: 'office' }).click();
    const events = page.getByRole('table', { name: 'Events of office' });
    await events.waitFor({ timeout: 10_000 });
    expect(await events.textContent()).toContain('came online');

    // No polling: a quiet fleet is not read again (the page's own clock ticks meanwhile).
    const quiet = reads.length;
    await page.evaluate(() => ((globalThis as unknown as { stayed: boolean }).stayed = true));
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: path.join(SHOTS, `sites-1280-${scheme}.png`), fullPage: true });
    }
    expect(reads.length).toBe(quiet);

    // The office's connection dies without a word: the broker publishes its will; the page shows it.
    sites[1]!.die();
    await until(async () => /offline (just now|for .*) \(connection lost\)/.test(await rowText('office')), {
      timeoutMs: 20_000,
      what: 'the office offline in its row',
    });
    await until(
      async () => ((await events.textContent().catch(() => '')) ?? '').includes('went offline (connection lost)'),
      {
        what: 'the office offline in its events',
      },
    );
    expect(await page.getByText('2 sites: 1 online, 1 offline.').count()).toBe(1);
    expect(await rowText('office')).toContain('Online, when last heard');
    // Its address is only the last it told; the home's, online, is its address now.
    expect(await rowText('office')).toContain(`IPv4 ${OFFICE}, last known`);
    expect(await rowText('home')).not.toContain('last known');
    expect(await rowText('home')).toMatch(/online (just now|for)/);
    expect(await page.evaluate(() => (globalThis as unknown as { stayed?: boolean }).stayed)).toBe(true);
    expect(reads.length).toBeGreaterThan(quiet);
    expect(await seriousAxeFindings(page)).toEqual([]);

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: path.join(SHOTS, `sites-offline-1280-${scheme}.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 360, height: 740 });
    // The opened site's Forget and Close keep the house's gap (.controls, 8 px) at 360 px: they touched.
    const forget = await page.getByRole('button', { name: 'Forget the site office' }).boundingBox();
    const close = await page.getByRole('button', { name: 'Close', exact: true }).boundingBox();
    expect(forget && close).toBeTruthy();
    const apart = Math.max(close!.x - (forget!.x + forget!.width), close!.y - (forget!.y + forget!.height));
    expect(apart).toBeGreaterThanOrEqual(8);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: path.join(SHOTS, `sites-360-${scheme}.png`), fullPage: true });
    }

    // The Settings page's Test connects with the fleet as shown and says what it may publish and read.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${dash.url}/#/settings/fleet`);
    await page.getByRole('button', { name: 'Test the broker' }).click();
    const said = page.getByText(/^Worked: signed in to mqtt:/);
    await said.waitFor({ timeout: 20_000 });
    expect(await said.textContent()).toMatch(
      /^Worked: signed in to mqtt:\/\/127\.0\.0\.1:\d+; reads 2 sites kept on the broker under ipwatch\/fleet\/ \(\d+ ms\)\.$/,
    );
    await said.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'sites-settings-test-1280-light.png') });
  }, 120_000);

  it('forgets the offline office with Forget: its row goes, the home stays', async () => {
    await page.goto(`${dash.url}/#/sites`);
    await until(async () => (await rowText('office')).includes('offline'), { what: 'the office row, offline' });
    await page.locator('tr[data-site="office"]').getByRole('button', { name: 'office' }).click();
    await page.getByRole('button', { name: 'Forget the site office' }).click();
    await page
      .getByText('forgot the site "office" and its events on this runner; it comes back when it publishes again.')
      .waitFor({ timeout: 10_000 });
    await until(async () => (await page.locator('tr[data-site="office"]').count()) === 0, {
      what: 'the office row gone',
    });
    expect(await rowText('home')).toContain(`IPv4 ${HOME}`);
    expect(await page.getByText('1 site: 1 online, 0 offline.').count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'sites-forgot-1280-light.png'), fullPage: true });
  }, 60_000);
});
