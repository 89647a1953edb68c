/**
 * The security screens of issue 50 as a person sees them, in chromium at 1280 and 360 px, light
 * and dark, each screenshot in test-output/screenshots (security-<screen>-<width>-<scheme>.png),
 * each checked by axe and for a page wider than the window, with what it says asserted:
 *   - the sign-in page: the token form and Sign in with Discord;
 *   - the refusal a Discord user who is neither admin nor viewer gets;
 *   - the first-run page of a new data folder on the LAN, with the fingerprint of the certificate
 *     really served;
 *   - the dashboard's red header while api.allowPlainHttp lets plain HTTP reach other machines;
 *   - the audit log on the Activity page: sign-ins, a token made with the CLI, writes, each with who.
 * The real runner over HTTPS with the certificate it made (chromium pins exactly that one), and
 * Discord the local stand-in (tests/fakes/discord-oauth.ts).
 */
import { X509Certificate } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { NOT_LET_IN_NEXT } from '../../electron/engine/api/discord-sign-in/callback';
import { inEnglish } from '../../electron/engine/api/discord-sign-in/page';
import { NO_ANSWER_WORDS } from '../../renderer/src/api/sign-in-words';
import { english } from '../../shared/i18n/translators';
import { plainHttpWords } from '../../shared/words/serving';
import type { DiscordOAuthFake } from '../fakes/discord-oauth';
import { type ApiRunner, startApiRunner } from '../helpers/api-runner';
import { launchPinnedChromium, servedCertificate } from '../helpers/chromium-pin';
import { buildRenderer, launchChromium, seriousAxeFindings, signInContext } from '../helpers/dashboard';
import { ADMIN, SECRET, STRANGER, VIEWER } from '../helpers/discord-cast';
import { type DiscordDashboard, startDiscordDashboard } from '../helpers/discord-dashboard';
import { browserPeer, SHOTS } from '../helpers/e2e-dashboard';
import { cleanEnv, runHeadless } from '../helpers/headless';
import { until } from '../helpers/until';
import { startWorld, type World } from '../helpers/world';

const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 360, height: 740 };

/**
 * The page at 1280 and 360 px, light and dark: a screenshot of each (the whole page), and at each
 * no serious axe finding and nothing wider than the window. Ends at 1280 px, light.
 */
async function shootEveryWay(page: Page, screen: string): Promise<void> {
  for (const view of [WIDE, NARROW]) {
    await page.setViewportSize(view);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const what = `${screen} ${scheme} at ${view.width} px`;
      await page.screenshot({
        path: path.join(SHOTS, `security-${screen}-${view.width}-${scheme}.png`),
        fullPage: true,
      });
      expect(await seriousAxeFindings(page), what).toEqual([]);
      expect(await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'), what).toBe(0);
    }
  }
  await page.setViewportSize(WIDE);
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The page's visible text: what a person reads (no raw code may be in it). */
const textOf = (page: Page) => page.locator('body').innerText();

/** Words that are codes, not words: an HTTP status alone, an OAuth2 error, a stack or a JSON body. */
const RAW = /\b(40[0-9]|50[0-9])\b|access_denied|invalid_request|undefined|null|\[object|Error:|\{"/;

/** The mean of an `rgb(r, g, b)` colour's channels, 0 (black) to 1 (white). */
const lightness = (rgb: string) =>
  rgb
    .match(/\d+/g)!
    .slice(0, 3)
    .reduce((a, c) => a + Number(c), 0) / 765;

let world: World;

describe.skipIf(browserPeer.skip)('security screens', () => {
  beforeAll(async () => {
    await buildRenderer();
    world = await startWorld();
  }, 240_000);
  afterAll(async () => {
    await world?.close();
  });

  describe('over HTTPS with sign-in with Discord', () => {
    let discord: DiscordOAuthFake;
    let dash: ApiRunner;
    let browser: Browser;
    let origin: string;
    let lab: DiscordDashboard;

    beforeAll(async () => {
      lab = await startDiscordDashboard(world, [ADMIN, VIEWER, STRANGER]);
      ({ discord, dash, browser, origin } = lab);
    }, 240_000);
    afterAll(() => lab?.close());

    /** A new browser at the sign-in page, as `who` on Discord. */
    async function atSignIn(who: string | null): Promise<{ context: BrowserContext; page: Page }> {
      const context = await browser.newContext({ viewport: WIDE });
      const page = await context.newPage();
      discord.signInAs(who);
      await page.goto(`${origin}/`);
      await page.getByRole('link', { name: 'Sign in with Discord' }).waitFor();
      return { context, page };
    }

    it('shows the sign-in page: Sign in with Discord, or a token, with where the token is', async () => {
      const { context, page } = await atSignIn(null);
      await shootEveryWay(page, 'sign-in');
      const text = await textOf(page);
      expect(text).toContain('or with an API token');
      expect(text).toMatch(/The token is in the file api-token in the runner.s data folder/);
      // Over HTTPS, before the token leaves the browser: where to check the certificate.
      expect(await page.getByTestId('compare-certificate').innerText()).toMatch(
        /compare its SHA-256 fingerprint .* with the one ipwatch status prints on the machine that runs IPWatch before you sign in\.$/,
      );
      expect(await page.getByLabel('API token').getAttribute('type')).toBe('password');
      expect(await page.getByRole('button', { name: 'Sign in' }).isDisabled()).toBe(true);
      expect(text).not.toMatch(RAW);
      expect(text).not.toContain(SECRET);
      await context.close();
    }, 120_000);

    it('tells a Discord user who is neither admin nor viewer why, in words, with a way back', async () => {
      const { context, page } = await atSignIn(STRANGER.id);
      const [answer] = await Promise.all([
        page.waitForResponse((r) => r.url().includes('/api/v1/session/discord/callback')),
        page.getByRole('link', { name: 'Sign in with Discord' }).click(),
      ]);
      expect(answer.status()).toBe(403);
      await page.getByRole('heading', { level: 1, name: 'sam may not sign in here' }).waitFor();
      expect(await page.locator('#why').innerText()).toBe(
        'Your Discord account is not a member of the Discord server this IPWatch serves, nor listed as an admin.',
      );
      expect(await page.locator('#next').innerText()).toBe(inEnglish(NOT_LET_IN_NEXT));
      const names = (await context.cookies(origin)).map((c) => c.name);
      expect(names).not.toContain('__Host-ipwatch_session');
      expect(names).not.toContain('ipwatch_session');
      // The engine's own page loads nothing but itself.
      expect(answer.headers()['content-security-policy']).toMatch(/^default-src 'none'; style-src 'unsafe-inline';/);
      // In a dark system the page is dark, as the dashboard the person came from.
      for (const [scheme, dark] of [
        ['dark', true],
        ['light', false],
      ] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const bg = await page.evaluate<string>('getComputedStyle(document.body).backgroundColor');
        expect(lightness(bg) < 0.5, `${scheme}: ${bg}`).toBe(dark);
      }
      await shootEveryWay(page, 'refused');
      expect(await textOf(page)).not.toMatch(RAW);
      await page.getByRole('link', { name: 'Back to the sign-in page' }).click();
      await page.getByLabel('API token').waitFor();
      await context.close();
    }, 120_000);

    it('says so when the person cancels on Discord, with a way back', async () => {
      // Nobody approves on the stand-in: Discord sends the browser back with error=access_denied.
      const { context, page } = await atSignIn(null);
      await page.getByRole('link', { name: 'Sign in with Discord' }).click();
      await page.getByRole('heading', { level: 1, name: 'Sign-in cancelled' }).waitFor();
      expect(await page.locator('#why').innerText()).toBe('Discord was not allowed to tell IPWatch who you are.');
      await shootEveryWay(page, 'cancelled');
      expect(await textOf(page)).not.toMatch(RAW);
      await context.close();
    }, 120_000);

    /** The status of a request the page itself makes (its cookie), as the dashboard's own calls. */
    const postFromPage = (page: Page, pathname: string) =>
      page.evaluate(async (u) => (await fetch(u, { method: 'POST' })).status, pathname);

    it('lists sign-ins, a token made with the CLI and writes in the audit log, each with who', async () => {
      const admin = await atSignIn(ADMIN.id);
      await admin.page.getByRole('link', { name: 'Sign in with Discord' }).click();
      await admin.page.getByTestId('ip-v4').waitFor({ timeout: 30_000 });
      const stranger = await atSignIn(STRANGER.id);
      await stranger.page.getByRole('link', { name: 'Sign in with Discord' }).click();
      await stranger.page.getByRole('heading', { name: 'sam may not sign in here' }).waitFor();
      await stranger.context.close();
      const viewer = await atSignIn(VIEWER.id);
      await viewer.page.getByRole('link', { name: 'Sign in with Discord' }).click();
      await viewer.page.getByTestId('ip-v4').waitFor({ timeout: 30_000 });
      expect(await postFromPage(viewer.page, '/api/v1/pause')).toBe(403);
      expect(await postFromPage(admin.page, '/api/v1/pause')).toBe(200);
      expect(await postFromPage(admin.page, '/api/v1/resume')).toBe(200);
      // A token made on the host while the runner runs: the runner reads the file and records it.
      const made = await runHeadless(
        ['--data-dir', dash.dataDir, 'token', 'create', '--name', 'grafana', '--role', 'viewer'],
        cleanEnv(),
      );
      expect(made.code, made.stderr).toBe(0);
      const page = admin.page;
      // The runner reads the tokens file within 2 s: wait for its record through the API, then open the page.
      const recorded = () =>
        page.evaluate(async () => {
          const res = await fetch('/api/v1/audit?limit=50&offset=0');
          const r = (await res.json()) as { items?: { action: string }[] };
          return r.items?.some((e) => e.action === 'token.create') ?? false;
        });
      await until(recorded, { what: 'the token made with the CLI in the audit log', timeoutMs: 30_000, everyMs: 250 });
      await page.goto(`${origin}/#/activity`);
      const log = page.getByRole('table', { name: 'Audit log' });
      await log.locator('tr', { hasText: 'API token created' }).waitFor();
      const rows = await log.locator('tbody tr').allInnerTexts();
      const has = (...parts: string[]) => rows.some((r) => parts.every((p) => r.includes(p)));
      expect(has('Ada, signed in as admin', 'Signed in', 'with Discord, from 127.0.0.1', 'Done'), rows.join('\n')).toBe(
        true,
      );
      expect(has('vic, signed in as viewer', 'Signed in', 'Done'), rows.join('\n')).toBe(true);
      expect(has(`sam, Discord user ${STRANGER.id}`, 'Tried to sign in', 'Refused'), rows.join('\n')).toBe(true);
      expect(has('Ada, signed in as admin', 'Monitoring paused', 'Done'), rows.join('\n')).toBe(true);
      expect(has('Ada, signed in as admin', 'Monitoring resumed', 'Done'), rows.join('\n')).toBe(true);
      expect(has('the command line on this host', 'API token created', 'grafana (viewer'), rows.join('\n')).toBe(true);
      expect(rows.join('\n')).not.toMatch(/::ffff:|\b(applied|ok|refused)$/m);
      // At 360 px every row is a block, what happened first: no column scrolled out of view.
      await page.setViewportSize(NARROW);
      const hidden = await page.evaluate<number>(
        `(() => { const r = document.querySelector('[aria-label="Audit log, scrollable"]'); return r.scrollWidth - r.clientWidth; })()`,
      );
      expect(hidden).toBe(0);
      const first = log.locator('tbody tr').first();
      const [what, when] = [await first.locator('th').boundingBox(), await first.locator('td').first().boundingBox()];
      expect(what!.y + what!.height).toBeLessThanOrEqual(when!.y);
      await shootEveryWay(page, 'audit');
      expect(await log.innerText()).not.toMatch(RAW);
      await admin.context.close();
      await viewer.context.close();
    }, 180_000);

    // Last of this runner's tests: it uses up this address's failed sign-ins for a minute.
    it('says in words on the sign-in page that a token is wrong, then that this address must wait', async () => {
      const { context, page } = await atSignIn(null);
      const field = page.getByLabel('API token');
      const alert = page.locator('#token-error');
      const tryToken = async (value: string) => {
        await alert.evaluate('(el) => { el.textContent = ""; }');
        await field.fill(value);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.locator('#token-error:not(:empty)').waitFor();
        return alert.innerText();
      };
      expect(await tryToken('not-the-token-0')).toBe('That token is not right.');
      await shootEveryWay(page, 'sign-in-wrong');
      let said = '';
      for (let i = 1; i <= 10 && !/^Too many/.test(said); i++) said = await tryToken(`not-the-token-${i}`);
      const limited =
        /^Too many wrong tokens or sign-ins from this address\. Every sign-in from it is refused for the next \d+ s, even with the right token\.$/;
      expect(said).toMatch(limited);
      // As it says: the right token waits too.
      expect(await tryToken(dash.token)).toMatch(limited);
      await shootEveryWay(page, 'sign-in-limited');
      expect(await textOf(page)).not.toMatch(RAW);
      await context.close();
    }, 120_000);
  });

  it('shows the fingerprint of the certificate really served on the first-run page of a new folder on the LAN', async () => {
    // A folder the runner creates, so its first run waits; the LAN on from the environment, as in Docker.
    const dataDir = await mkdtemp(path.join(tmpdir(), 'ipwatch-e2e-first-lan-'));
    const dash = await startApiRunner({
      world,
      dataDir,
      env: { IPWATCH_API_PORT: '0', IPWATCH_API_LAN: 'true', IPWATCH_BUILTIN_SOURCES: 'false' },
    });
    const browser = await launchPinnedChromium(dataDir);
    try {
      const origin = `https://127.0.0.1:${new URL(dash.url).port}`;
      const fingerprint = new X509Certificate(servedCertificate(dataDir)).fingerprint256;
      const context = await browser.newContext({ viewport: WIDE });
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      await page.getByLabel('API token').fill(dash.token);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Step 1 of 4: What to watch' }).waitFor();
      const note = page.getByRole('region', { name: "This page's certificate" });
      expect(await note.innerText()).toContain('Certificate (made by IPWatch) SHA-256:');
      expect(await note.getByTestId('fingerprint').innerText()).toBe(fingerprint);
      expect(await note.innerText()).toMatch(/Compare it with the fingerprint your browser shows.*ipwatch status/s);
      // At 360 px the fingerprint wraps between its pairs, never inside one ("6E:9" then "1:79" is misread).
      await page.setViewportSize(NARROW);
      const split = await page.evaluate<string[]>(`[...document.querySelector('[data-testid=fingerprint]').childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .filter((n) => { const r = document.createRange(); r.selectNodeContents(n); return r.getClientRects().length > 1; })
        .map((n) => n.textContent)`);
      expect(split).toEqual([]);
      expect(
        await page.evaluate<number>(`document.querySelector('[data-testid=fingerprint]').getClientRects().length`),
      ).toBe(1);
      await shootEveryWay(page, 'first-run');
      await context.close();
    } finally {
      await browser.close();
      await dash.stop();
    }
  }, 240_000);

  it('says in red in the header that plain HTTP reaches the network while api.allowPlainHttp is on', async () => {
    const dash = await startApiRunner({ world, settings: { api: { port: 0, lan: true, allowPlainHttp: true } } });
    const browser = await launchChromium();
    try {
      // Loopback, in plain HTTP as the LAN now may be.
      const origin = `http://127.0.0.1:${new URL(dash.url).port}`;
      const context = await browser.newContext({ viewport: WIDE });
      await signInContext(context, origin, dash.token);
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      await page.getByTestId('ip-v4').waitFor();
      const warning = page.getByRole('banner').getByText(plainHttpWords(english));
      await warning.waitFor();
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const red = await page.evaluate<string>(
          `getComputedStyle(document.querySelector('header.top .plain-http')).color`,
        );
        const [r, g, b] = red.match(/\d+/g)!.map(Number);
        expect(r, `${scheme}: ${red}`).toBeGreaterThan(g! + 60);
        expect(r, `${scheme}: ${red}`).toBeGreaterThan(b! + 60);
      }
      // At 360 px the warning has a line of its own under the name, Menu and account, which keep theirs.
      await page.setViewportSize(NARROW);
      const box = async (name: string) => (await page.locator(name).boundingBox())!;
      const [brand, menu, account, line] = [
        await box('header.top .brand'),
        await box('header.top .nav-toggle'),
        await box('header.top .account-toggle'),
        await box('header.top .plain-http'),
      ];
      expect(Math.abs(menu.y - brand.y)).toBeLessThan(brand.height);
      expect(Math.abs(account.y - brand.y)).toBeLessThan(brand.height);
      expect(line.y).toBeGreaterThanOrEqual(Math.max(brand.y + brand.height, menu.y + menu.height));
      expect(line.x + line.width).toBeLessThanOrEqual(NARROW.width);
      await shootEveryWay(page, 'plain-http');
      await context.close();
      // A sign-in when the runner has stopped: the page says so in words, not the browser's "Failed to fetch".
      const later = await browser.newContext({ viewport: NARROW });
      const signIn = await later.newPage();
      await signIn.goto(`${origin}/`);
      await signIn.getByLabel('API token').fill(dash.token);
      // Plain HTTP has no certificate to compare.
      expect(await signIn.getByTestId('compare-certificate').count()).toBe(0);
      await dash.stop();
      await signIn.getByRole('button', { name: 'Sign in' }).click();
      await signIn.getByText(NO_ANSWER_WORDS).first().waitFor();
      expect(await textOf(signIn)).not.toMatch(/Failed to fetch|TypeError/);
      await signIn.screenshot({ path: path.join(SHOTS, 'security-no-answer-360-light.png') });
      await later.close();
    } finally {
      await browser.close();
      await dash.stop();
    }
  }, 240_000);
});
