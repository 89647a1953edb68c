/**
 * Health that tells the truth, end to end: a fresh headless runner whose every source fails
 * (HTTP sources on a closed local port, echo services answering a captive portal's page, DNS
 * stand-ins answering NXDOMAIN) shows "No internet" in chromium, never Online, and its API says
 * so (health, online, uptime). Then the sources come back (the recovered ones read "answering",
 * their old error gone), and the page loses the engine (Disconnected). Screenshots go to
 * test-output/screenshots/health-*.png.
 */
import { createServer } from 'node:net';
import path from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { AppStatus, StatsReport } from '../../shared/contract';
import type { CustomSource } from '../../shared/settings';
import type { ApiRunner } from '../helpers/api-runner';
import { seriousAxeFindings } from '../helpers/dashboard';
import { browserPeer, closeDashboard, openDashboard, SHOTS, type SignedIn } from '../helpers/e2e-dashboard';
import { until } from '../helpers/until';
import { startWorld, type World } from '../helpers/world';

/** A local port nothing listens on: connections to it are refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The echo services answer a portal's HTML, the DNS stand-ins NXDOMAIN; or all answer again. */
function portal(world: World, on: boolean): void {
  for (const fw of [world.v4, world.v6]) {
    for (const h of fw.http) h.setFault(on ? 'html' : 'none');
    fw.dns.setFault(on ? 'nxdomain' : 'none');
  }
}

let world: World;
let dash: ApiRunner;
let page: Page;

const badge = () => page.getByTestId('health-badge');
const status = async (): Promise<AppStatus> => (await (await dash.fetch('/api/v1/status')).json()) as AppStatus;

describe.skipIf(browserPeer.skip)('health in chromium, on a fresh runner with no reachable source', () => {
  const opened: Partial<SignedIn> = {};
  beforeAll(async () => {
    const runner = async (w: World) => {
      const port = await closedPort();
      const refused = ([4, 6] as const).map((family): CustomSource => ({
        id: `refused-v${family}`,
        kind: 'http',
        url: `http://${family === 4 ? '127.0.0.1' : '[::1]'}:${port}/`,
        format: 'text',
        family,
      }));
      // The world's sources minus STUN: every one left fails (refused, a portal page, NXDOMAIN).
      const custom = [...refused, ...w.sources.filter((s) => s.kind !== 'stun')];
      return { settings: { sources: { builtIn: false, custom } } };
    };
    const started = async () => {
      const w = await startWorld();
      portal(w, true);
      return w;
    };
    ({ world, dash, page } = await openDashboard(
      { world: started, runner, viewport: { width: 1280, height: 900 } },
      opened,
    ));
  }, 180_000);
  afterAll(() => closeDashboard(opened));

  it('the API says no internet: health, online false, and uptime below 100 %', async () => {
    // `online` is settled once both families' first check is done.
    await until(async () => (await status()).online !== null, { what: 'the first check to end' });
    const s = await status();
    expect(s.online).toBe(false);
    expect(s.health).toMatchObject({ state: 'no-internet', label: 'No internet' });
    expect([s.families.v4.ip, s.families.v6.ip]).toEqual([null, null]);
    const stats = (await (await dash.fetch('/api/v1/stats?days=1')).json()) as StatsReport;
    expect(stats.uptime.monitoredMs).toBeGreaterThan(0);
    expect(stats.uptime.percent).toBeLessThan(100);
  });

  it('the badge says No internet, not Online, with what to do; axe finds nothing serious', async () => {
    await page.goto(`${dash.url}/`);
    await until(async () => (await badge().getAttribute('data-state')) === 'no-internet', {
      timeoutMs: 15_000,
      what: 'the no-internet badge',
    });
    expect(await badge().textContent()).toBe('No internet');
    expect(await page.getByLabel('Monitoring: Online').count()).toBe(0);
    // One cause (issue 75): the sources replied (a portal's page, NXDOMAIN), none with an address.
    expect(await page.getByTestId('health-note').textContent()).toMatch(
      /^No internet: sources replied, but none with an address.*portal/,
    );
    // The cause is said once, by the verdict (issue 75): no address card says it again.
    const cards = page.locator('section.card.address');
    expect(await cards.count()).toBe(2);
    expect(await cards.filter({ hasText: /sources replied, but none with/i }).count()).toBe(0);
    expect(await page.getByText(/^Uncertain: sources replied/).count()).toBe(0);
    for (let i = 0; i < (await cards.count()); i++)
      expect(((await cards.nth(i).innerText()).match(/DNS error/g) ?? []).length).toBeLessThanOrEqual(1);
    const notes = await page.getByTestId('sources-note').allTextContents();
    expect(notes.some((n) => /^No IPv4 .*source gave an address in the last check \(\d+ asked\)/.test(n))).toBe(true);
    for (const n of notes) expect(n).not.toMatch(/portal|DNS error/);
    // Each source failing now says so in a word, with its error and when behind "Why".
    const refused = page.getByRole('row', { name: /refused-v4/ });
    await refused.getByText(/^(failing|resting after failures)$/).waitFor();
    await refused.getByText('Why').click();
    // The reason in words and when; the engine's own text (ECONNREFUSED) only under Details.
    await refused.getByText(/^Nothing answered at .+: is the service running\?$/).waitFor();
    await refused.locator('details.source-reason time').waitFor();
    expect(await refused.locator('details.source-reason .error-details code').textContent()).toMatch(/ECONNREFUSED/);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: path.join(SHOTS, `health-no-internet-${scheme}.png`), fullPage: true });
      expect(await seriousAxeFindings(page), scheme).toEqual([]);
    }
    await page.setViewportSize({ width: 360, height: 740 });
    await page.screenshot({ path: path.join(SHOTS, 'health-no-internet-360-dark.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
  }, 60_000);

  it('once sources answer again, it leaves No internet, and a recovered source reads answering, its error gone', async () => {
    portal(world, false);
    expect((await dash.fetch('/api/v1/check', { method: 'POST', json: {} })).ok).toBe(true);
    await until(async () => (await badge().getAttribute('data-state')) !== 'no-internet', {
      timeoutMs: 15_000,
      what: 'the badge to leave no internet',
    });
    expect((await status()).online).toBe(true);
    // A source that failed at the start and answered since: "answering", with no reason left to show.
    const recovered = page.getByRole('row').filter({ hasText: /Answered (now|.+ ago)/ });
    await recovered.first().waitFor({ timeout: 15_000 });
    expect(await recovered.first().getByText('answering').count()).toBe(1);
    expect(await recovered.first().textContent()).not.toMatch(/Why|failing/);
    await page.screenshot({ path: path.join(SHOTS, 'health-recovered.png'), fullPage: true });
  }, 60_000);

  it('says Disconnected while the page has lost the engine', async () => {
    const gone = new Promise((resolve) => dash.child.once('exit', resolve));
    dash.child.kill('SIGKILL');
    await gone;
    await until(async () => (await badge().getAttribute('data-state')) === 'disconnected', {
      timeoutMs: 15_000,
      what: 'the disconnected badge',
    });
    expect(await badge().textContent()).toBe('Disconnected');
    await page.getByText('Disconnected from the engine. Reconnecting…').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'health-disconnected.png'), fullPage: true });
  }, 60_000);
});
