/**
 * The web dashboard end to end: the real headless runner (API + built renderer) on local
 * sources, driven in Debian's chromium. Screenshots of every page, light and dark, at 1280 and 360 px, go to
 * test-output/screenshots/ (gitignored).
 */
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { startNotifyFake } from '../fakes/notify-http';
import { type ApiRunner, startApiRunner } from '../helpers/api-runner';
import { buildRenderer, CHROMIUM, launchChromium, seriousAxeFindings } from '../helpers/dashboard';
import { peer } from '../helpers/peers';
import { until } from '../helpers/until';
import { startWorld, type World } from '../helpers/world';

const browserPeer = peer('chromium', { packages: ['chromium'], files: [CHROMIUM] });
const ROOT = path.resolve(import.meta.dirname, '../..');
const SHOTS = path.join(ROOT, 'test-output/screenshots');
const A4 = '81.2.69.142';
const A6 = '2a02:1:2:3::5';
const LONG_V6 = '2a02:1234:5678:9abc:def0:1234:5678:9abc';
const PAGES = [
  ['dashboard', '#/'],
  ['history', '#/history'],
  ['charts', '#/charts'],
  ['settings', '#/settings'],
  ['discord', '#/discord'],
  ['activity', '#/activity'],
] as const;

const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 360, height: 740 };
const VIEWS = [WIDE, NARROW] as const;

/** test-output/screenshots/history-light.png at 1280 px, history-360-dark.png at 360 px. */
const shotPath = (name: string, view: { width: number }, scheme: string) =>
  path.join(SHOTS, `${name}${view === WIDE ? '' : `-${view.width}`}-${scheme}.png`);

/** Screenshots of the page as it is, light and dark, at its width; each passes axe and fits that width. */
async function shootThemes(p: Page, name: string): Promise<void> {
  const view = p.viewportSize()!.width === NARROW.width ? NARROW : WIDE;
  for (const scheme of ['light', 'dark'] as const) {
    await p.emulateMedia({ colorScheme: scheme });
    const what = `${name} ${scheme} at ${view.width} px`;
    await p.screenshot({ path: shotPath(name, view, scheme), fullPage: true });
    expect(await seriousAxeFindings(p), what).toEqual([]);
    const overflow = await p.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow, what).toBeLessThanOrEqual(0);
  }
}

/** shootThemes at 1280 and at 360 px, without reloading (a first-run step keeps its state). */
async function shootEveryWay(p: Page, name: string): Promise<void> {
  for (const view of VIEWS) {
    await p.setViewportSize(view);
    await shootThemes(p, name);
  }
  await p.setViewportSize(WIDE);
}

let browser: Browser;
let world: World;
let dash: ApiRunner;
let context: BrowserContext;
let page: Page;

async function signIn(p: Page): Promise<void> {
  await p.goto(`${dash.url}/`);
  await p.getByLabel('API token').fill(dash.token);
  await p.getByRole('button', { name: 'Sign in' }).click();
  await p.getByTestId('ip-v4').waitFor();
}

describe.skipIf(browserPeer.skip)('web dashboard in chromium', () => {
  beforeAll(async () => {
    await buildRenderer();
    browser = await launchChromium();
    await mkdir(SHOTS, { recursive: true });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    world = await startWorld(A4, A6);
    dash = await startApiRunner({ world });
    context = await browser.newContext({ viewport: WIDE, acceptDownloads: true });
    page = await context.newPage();
  }, 60_000);
  afterEach(async () => {
    await context?.close();
    await dash?.stop();
    await world.close();
  });

  it('signs in with the token once and shows both addresses', async () => {
    await page.goto(`${dash.url}/`);
    await page.getByLabel('API token').fill('not-the-token-at-all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('That token is not right.').waitFor();
    await page.getByLabel('API token').fill(dash.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const shown = async (id: string) => page.getByTestId(id).textContent();
    await until(async () => (await shown('ip-v4')) === A4 && (await shown('ip-v6')) === A6, {
      timeoutMs: 15_000,
      what: 'both addresses',
    });
    // The cookie is HttpOnly: the page's script cannot read it, and a reload stays signed in.
    expect(await page.evaluate('document.cookie')).toBe('');
    await page.reload();
    await page.getByTestId('ip-v4').waitFor();
    // Signing out ends the session for good: a reload asks for the token again.
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByLabel('API token').waitFor();
    await page.reload();
    await page.getByLabel('API token').waitFor();
    expect(await page.getByTestId('ip-v4').count()).toBe(0);
  });

  it('shows a new address through server-sent events, without reloading', async () => {
    await signIn(page);
    await until(async () => (await page.getByTestId('ip-v4').textContent()) === A4, { timeoutMs: 15_000 });
    await page.evaluate('window.marker = 42');
    world.setIp('81.2.69.143', A6);
    // The check is asked for from outside the page; the page only hears of it through the stream
    // (its own refresh interval is 30 s, far beyond this wait).
    expect((await dash.fetch('/api/v1/check', { method: 'POST', json: {} })).ok).toBe(true);
    await until(async () => (await page.getByTestId('ip-v4').textContent()) === '81.2.69.143', {
      timeoutMs: 8000,
      what: 'the new IPv4 on the page',
    });
    expect(await page.evaluate('window.marker')).toBe(42);
  });

  it('says when the engine is gone, and recovers by itself when it is back', async () => {
    await signIn(page);
    await page.evaluate('window.marker = 7');
    const port = new URL(dash.url).port;
    const dataDir = dash.dataDir;
    // A crash, not a clean stop.
    const gone = new Promise((r) => dash.child.once('exit', r));
    dash.child.kill('SIGKILL');
    await gone;
    await page.getByText('Disconnected from the engine. Reconnecting…').waitFor({ timeout: 10_000 });
    dash = await startApiRunner({ world, dataDir, env: { IPWATCH_API_PORT: port } });
    await page.getByText('Disconnected from the engine. Reconnecting…').waitFor({ state: 'detached', timeout: 15_000 });
    expect(await page.getByTestId('ip-v4').textContent()).toBe(A4);
    expect(await page.evaluate('window.marker')).toBe(7);
  }, 60_000);

  it('shows an invalid setting its error and changes nothing', async () => {
    await signIn(page);
    await page.goto(`${dash.url}/#/settings`);
    const interval = page.getByLabel('Check every (seconds)');
    await interval.fill('5');
    // The schema's check in a sentence, never zod's own text (settings/issue-words.ts).
    await page.getByText('Must be at least 10 seconds.').first().waitFor();
    expect(await page.getByText(/expected number/).count()).toBe(0);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText(/nothing was saved/).waitFor();
    const view = (await (await dash.fetch('/api/v1/settings')).json()) as {
      settings: { monitor: { intervalSec: number } };
    };
    expect(view.settings.monitor.intervalSec).toBe(60);
    const file = JSON.parse(await readFile(path.join(dash.dataDir, 'settings.json'), 'utf8')) as {
      monitor: { intervalSec: number };
    };
    expect(file.monitor.intervalSec).toBe(60);
  });

  it('keeps a valid setting across a restart', async () => {
    await signIn(page);
    await page.goto(`${dash.url}/#/settings`);
    await page.getByLabel('Check every (seconds)').fill('120');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText(/^Saved/).waitFor();
    const dataDir = dash.dataDir;
    // With the page still open, its event stream connected: the stop must not wait for it.
    await dash.stop(true);
    dash = await startApiRunner({ world, dataDir });
    // A new port; the session cookie is the host's, whatever the port, and survives the restart.
    await page.goto(`${dash.url}/#/settings`);
    await page.getByLabel('Check every (seconds)').waitFor();
    expect(await page.getByLabel('Check every (seconds)').inputValue()).toBe('120');
  }, 60_000);

  it('downloads the export', async () => {
    await signIn(page);
    await page.goto(`${dash.url}/#/history`);
    await page.getByRole('table', { name: 'Address history' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const text = await readFile((await download.path())!, 'utf8');
    expect(text).toContain(A4);
    expect(text).toContain(A6);
  });

  it('imports a file through the page while monitoring runs, keeping every row', async () => {
    await signIn(page);
    const history = async () =>
      (await (await dash.fetch('/api/v1/history?limit=1000')).json()) as { items: { ip: string }[]; total: number };
    const before = await history();
    expect(before.total).toBeGreaterThan(0);
    // The section, folded under one line until asked for, opens when the page is opened at it.
    await page.goto(`${dash.url}/#/settings?section=backup`);
    await page
      .getByLabel('File to import')
      .setInputFiles(path.join(ROOT, 'tests/fixtures/store/imports/ddns-updates.json'));
    // Checks keep running during the import.
    const checking = dash.fetch('/api/v1/check', { method: 'POST', json: {} });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/^Imported \(ddns-updater\)/).waitFor({ timeout: 15_000 });
    expect((await checking).ok).toBe(true);
    const after = await history();
    for (const run of before.items) expect(after.items.map((r) => r.ip)).toContain(run.ip);
    expect(after.items.some((r) => r.ip === '198.51.100.1')).toBe(true);
    expect(after.total).toBeGreaterThan(before.total);
  });

  it('passes axe on every page, light and dark, at 1280 and 360 px, and leaves screenshots of each', async () => {
    await signIn(page);
    // A change and a few checks, so the pages have something to show.
    world.setIp('81.2.69.160', A6);
    for (let i = 0; i < 3; i++) expect((await dash.fetch('/api/v1/check', { method: 'POST', json: {} })).ok).toBe(true);
    await until(async () => (await page.getByTestId('ip-v4').textContent()) === '81.2.69.160', { timeoutMs: 8000 });
    // Each page opened at each width, as a phone would open it (charts size themselves when drawn).
    for (const view of VIEWS) {
      await page.setViewportSize(view);
      for (const [name, hash] of PAGES) {
        await page.goto(`${dash.url}/${hash}`);
        await page.locator('main h1').waitFor();
        await page.locator('.state.loading').first().waitFor({ state: 'detached', timeout: 10_000 });
        await shootThemes(page, name);
      }
    }
  }, 300_000);

  it('at 360 px shows every source its latency', async () => {
    await signIn(page);
    await page.setViewportSize(NARROW);
    // All sources of one cause fold the table behind one line (issue 75): opened, as a person would.
    const fold = page.getByTestId('sources-fold');
    await page.getByTestId('sources-glance').waitFor();
    if ((await fold.count()) > 0) await fold.locator('summary').click();
    const sources = page.getByRole('table', { name: 'Sources' });
    await sources.waitFor();
    // Latency is the last column: each source row's is on screen, not scrolled out of the table's box.
    const latencies = sources.locator('tbody tr[data-word] > :last-child');
    expect(await latencies.count()).toBeGreaterThan(0);
    const rights = await latencies.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));
    for (const right of rights) expect(right, 'a latency cell').toBeLessThanOrEqual(NARROW.width);
  });

  it('at 360 px keeps each address in History whole', async () => {
    await signIn(page);
    await page.setViewportSize(NARROW);
    // An IPv6 address as long as they come, and the change to it.
    world.setIp(A4, LONG_V6);
    expect((await dash.fetch('/api/v1/check', { method: 'POST', json: {} })).ok).toBe(true);
    await page.goto(`${dash.url}/#/history`);
    const table = page.getByRole('table', { name: 'Address history' });
    await table.getByText(LONG_V6, { exact: true }).first().waitFor();
    // An address broken over two lines has two boxes; and it is all in view.
    for (const ip of [LONG_V6, A6, A4]) {
      const rects = await table
        .getByText(ip, { exact: true })
        .first()
        .evaluate((el) => [...el.getClientRects()].map((r) => r.right));
      expect(rects, ip).toHaveLength(1);
      expect(rects[0], ip).toBeLessThanOrEqual(NARROW.width);
    }
  });

  it('walks a new data folder through its first run, with a channel tested, and never shows it again', async () => {
    const hook = await startNotifyFake();
    // A folder the runner creates: the defaults, no source of the world, the port from here.
    const dataDir = await mkdtemp(path.join(tmpdir(), 'ipwatch-e2e-first-'));
    const fresh = await startApiRunner({
      world,
      dataDir,
      env: { IPWATCH_API_PORT: '0', IPWATCH_BUILTIN_SOURCES: 'false' },
    });
    try {
      await page.goto(`${fresh.url}/`);
      await page.getByLabel('API token').fill(fresh.token);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Step 1 of 4: What to watch' }).waitFor();
      await shootEveryWay(page, 'first-run-1-watch');
      await page.getByRole('button', { name: 'Next' }).click();

      await page.getByRole('heading', { name: 'Step 2 of 4: Notifications' }).waitFor();
      await page.getByLabel('Type of the new channel').selectOption('webhook');
      await page.getByRole('button', { name: 'Add a channel' }).click();
      const card = page.getByRole('group', { name: /webhook/ });
      await card.getByLabel(/^URL/).fill(`${hook.url}/ipwatch`);
      await card.getByRole('button', { name: 'Send a test' }).click();
      await card.getByText(/^Sent in \d+ ms/).waitFor();
      expect(hook.delivered()).toHaveLength(1);
      await shootEveryWay(page, 'first-run-2-notify');
      await page.getByRole('button', { name: 'Next' }).click();

      await page.getByRole('heading', { name: 'Step 3 of 4: Discord bot' }).waitFor();
      await shootEveryWay(page, 'first-run-3-discord');
      await page.getByRole('button', { name: 'Next' }).click();

      // A host name kept pointing here is optional: left out here.
      await page.getByRole('heading', { name: 'Step 4 of 4: Host name' }).waitFor();
      await shootEveryWay(page, 'first-run-4-ddns');
      await page.getByRole('button', { name: 'Save and start watching' }).click();
      await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
      const settings = JSON.parse(await readFile(path.join(dataDir, 'settings.json'), 'utf8')) as {
        notifications: { channels: { id: string; url?: string }[] };
      };
      expect(settings.notifications.channels).toContainEqual(
        expect.objectContaining({ id: 'webhook', url: `${hook.url}/ipwatch` }),
      );
      // Done for good: a reload, or another browser, goes straight to the pages.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
      expect(await page.getByText('Set up IPWatch').count()).toBe(0);
      expect(await (await fresh.fetch('/api/v1/first-run')).json()).toEqual({ pending: false });
    } finally {
      await fresh.stop();
      await hook.close();
    }
  }, 180_000);
});
