/**
 * Issue 73's "Done when", as a person meets it: the person at the host sets up the Discord bot
 * from the Settings page alone, and a stolen admin token used from another machine still cannot
 * make a dangerous change. The real headless runner (api.lan on, so the LAN reaches it over HTTPS
 * with the certificate it made; loopback stays plain HTTP) serving the built dashboard, in Debian's
 * chromium (trusting exactly that certificate: tests/helpers/chromium-pin.ts); the bot against the
 * local Discord stand-in (tests/fakes/discord, reached through `discord.apiBase`); the real CLI
 * `ipwatch open --print` as a child process on the runner's data folder.
 *
 * 1. A browser on the host signs in with the admin token through the page, fills in the bot on
 *    the Settings page and saves: refused (adding a server is a dangerous change), in words that
 *    say to run `ipwatch open`.
 * 2. `ipwatch open --print` gives a one-time link; opened in that browser (a new tab, as the CLI's
 *    opener would) it lands on Settings with no key in the address bar; Save on the first tab
 *    again now sets the bot up: the page shows it connected and in the server, and the API says
 *    the server is stored.
 * 3. Another machine (this host's own LAN address, so the runner's socket sees no loopback), in
 *    German, signed in with the same token through the page, is refused another server in German
 *    words, cannot make a link, and gets nothing from the used link; on this host the used link
 *    says so on a page, and confirms nothing.
 */
import os from 'node:os';

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { translator } from '../../shared/i18n/translators';
import { type DiscordFake, startDiscordFake } from '../fakes/discord';
import { type ApiRunner, startApiRunner } from '../helpers/api-runner';
import { launchPinnedChromium } from '../helpers/chromium-pin';
import { buildRenderer } from '../helpers/dashboard';
import { browserPeer } from '../helpers/e2e-dashboard';
import { cleanEnv, runHeadless } from '../helpers/headless';
import { startWorld, type World } from '../helpers/world';

const VIEW = { width: 1280, height: 900 };
const en = translator('en');
const de = translator('de');
/** A second server the other machine tries to add: any id is a new server, a dangerous change. */
const OTHER_SERVER = '987654321098765432';

/** This host's first IPv4 address that is not loopback: what another machine on the LAN would connect to. */
const lanAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((a) => a?.family === 'IPv4' && !a.internal)?.address;

let world: World;
let discord: DiscordFake;
let dash: ApiRunner;
let browser: Browser;
/** http://127.0.0.1:port: the dashboard as the person at the host opens it. */
let local: string;
let host: BrowserContext;
let settingsTab: Page;
/** The link `ipwatch open --print` printed, used once in part 2. */
let usedLink: string;

/** Signs in through the page's token form, as a person does, in the page's language. */
async function signInByPage(page: Page, origin: string, words = en): Promise<void> {
  await page.goto(`${origin}/`);
  await page.getByLabel(words.t('web.signIn.token')).fill(dash.token);
  await page.getByRole('button', { name: words.t('web.signIn.signIn'), exact: true }).click();
  await page.getByTestId('ip-v4').waitFor();
}

/** The ids of the Discord servers the runner keeps, as the API says. */
async function storedServers(): Promise<string[]> {
  // Over loopback's plain HTTP: with api.lan the runner's own url is its HTTPS one.
  const res = await fetch(`${local}/api/v1/settings`, { headers: { authorization: `Bearer ${dash.token}` } });
  expect(res.status).toBe(200);
  const { settings } = (await res.json()) as { settings: { discord: { guilds: { id: string }[] } } };
  return settings.discord.guilds.map((g) => g.id);
}

/** What the page's save bar says after Save: the refusal, or "Saved." */
const saveBarSays = (page: Page, text: string | RegExp) => page.getByText(text).first().waitFor();

/** The real CLI, as the person at the host runs it: its printed link. */
async function ipwatchOpenPrint(): Promise<string> {
  const port = new URL(local).port;
  const r = await runHeadless(['--data-dir', dash.dataDir, 'open', '--print', '--port', port], cleanEnv());
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const link = /^http:\/\/127\.0\.0\.1:\d+\/\S+$/m.exec(r.stdout)?.[0];
  expect(link, r.stdout).toBeDefined();
  expect(r.stdout).toMatch(/it works once, within 2 minutes/);
  return link!;
}

describe.skipIf(browserPeer.skip)('the person at the host, and a stolen token elsewhere (issue 73)', () => {
  beforeAll(async () => {
    await buildRenderer();
    world = await startWorld('81.2.69.142', '2a02:1:2:3::5');
    discord = await startDiscordFake();
    // Only where Discord is: nothing about the bot is set before the page sets it.
    dash = await startApiRunner({
      world,
      settings: { api: { port: 0, lan: true }, discord: { apiBase: discord.apiBase } },
    });
    local = `http://127.0.0.1:${new URL(dash.url).port}`;
    browser = await launchPinnedChromium(dash.dataDir, lanAddress === undefined ? [] : [lanAddress]);
    host = await browser.newContext({ viewport: VIEW, locale: 'en-GB' });
    settingsTab = await host.newPage();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await dash?.stop();
    await discord?.close();
    await world?.close();
  });

  it('is refused the bot with words that say to run ipwatch open, then sets it up after opening its link', async () => {
    const page = settingsTab;
    await signInByPage(page, local);
    await page.goto(`${local}/#/settings?section=discord`);
    const section = page.locator('#set-discord');
    await section.getByLabel('Bot token', { exact: true }).fill(discord.token);
    await section.getByRole('button', { name: 'Add a server' }).click();
    await section.getByLabel('Server id').fill(discord.home.id);
    await section.getByLabel('Channel for change posts').fill(discord.home.channels[0]!.id);
    const [refused] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/v1/settings') && r.request().method() === 'PUT'),
      page.getByRole('button', { name: 'Save settings' }).click(),
    ]);
    expect(refused.status()).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('dangerous');
    // The person reads how to make it anyway, in English, and which change it was.
    await saveBarSays(page, /run `ipwatch open` to confirm it is you/);
    const said = await page.locator('body').innerText();
    expect(said).toContain(en.t('web.apiError.dangerous'));
    expect(said).toContain(discord.home.id);
    expect(await storedServers()).toEqual([]);

    // The CLI on this host; its link opened in a new tab of the same browser, as its opener would.
    usedLink = await ipwatchOpenPrint();
    const key = new URL(usedLink).searchParams.get('key')!;
    const tab = await host.newPage();
    const landed = await tab.goto(usedLink);
    expect(landed?.ok()).toBe(true);
    await tab.getByRole('button', { name: 'Save settings' }).waitFor();
    expect(tab.url()).toBe(`${local}/#/settings`);
    expect(tab.url()).not.toContain(key);
    await tab.close();

    // Back on the form the person filled in: Save again, and the bot is set up.
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText(/^Saved/).waitFor();
    await section.getByRole('status').filter({ hasText: 'connected' }).waitFor({ timeout: 20_000 });
    await section.getByText(`The bot is in “${discord.home.name}”.`).waitFor({ timeout: 10_000 });
    expect(await page.locator('body').innerText()).not.toContain('ipwatch open');
    expect(await storedServers()).toEqual([discord.home.id]);
    // The bot really logged in to the stand-in with the token the page sent.
    expect(discord.requests.some((r) => r.path.endsWith('/gateway/bot'))).toBe(true);
  }, 120_000);

  it.runIf(lanAddress !== undefined)(
    'from another machine the same token is refused a server, in the reader’s language, and the used link gives nothing',
    async () => {
      const lan = `https://${lanAddress}:${new URL(dash.url).port}`;
      const other = await browser.newContext({ viewport: VIEW, locale: 'de-DE' });
      try {
        const page = await other.newPage();
        await signInByPage(page, lan, de);
        await page.goto(`${lan}/#/settings?section=discord`);
        const section = page.locator('#set-discord');
        await section.getByRole('button', { name: de.t('editors.guild.add') }).click();
        await section.getByLabel(de.t('setting.label.server-id-135a41')).last().fill(OTHER_SERVER);
        const [refused] = await Promise.all([
          page.waitForResponse((r) => r.url().endsWith('/api/v1/settings') && r.request().method() === 'PUT'),
          page.getByRole('button', { name: de.t('settings.save.save') }).click(),
        ]);
        expect(refused.status()).toBe(403);
        expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('dangerous');
        await saveBarSays(page, /Führen Sie auf diesem Computer `ipwatch open` aus/);
        expect(await page.locator('body').innerText()).toContain(de.t('web.apiError.dangerous'));

        // No link from here: the admin token is no host proof, and the routes answer on loopback only.
        const asked = await page.evaluate(async () => {
          const res = await fetch('/api/v1/host-link', { method: 'POST' });
          return { status: res.status, body: await res.text() };
        });
        expect(asked.status).toBe(404);
        const reopened = await page.goto(`${lan}${new URL(usedLink).pathname}${new URL(usedLink).search}`);
        expect(reopened?.status()).toBe(404);
        expect(await page.locator('body').innerText()).toContain('ask over loopback on the runner itself');
        expect(await storedServers()).toEqual([discord.home.id]);
      } finally {
        await other.close();
      }
    },
    120_000,
  );

  it('on this host, the used link says so on a page and confirms nothing', async () => {
    // Another browser on this host, signed in with the token: the used link is spent for it too.
    const other = await browser.newContext({ viewport: VIEW, locale: 'en-GB' });
    try {
      const page = await other.newPage();
      await signInByPage(page, local);
      const reopened = await page.goto(usedLink);
      expect(reopened?.status()).toBe(403);
      await page.getByText(en.t('web.hostLink.unknown')).waitFor();
      await page.getByText(en.t('web.hostLink.next')).waitFor();
      await page.goto(`${local}/#/settings?section=discord`);
      const section = page.locator('#set-discord');
      await section.getByRole('button', { name: 'Add a server' }).click();
      await section.getByLabel('Server id').last().fill(OTHER_SERVER);
      await page.getByRole('button', { name: 'Save settings' }).click();
      await saveBarSays(page, /run `ipwatch open` to confirm it is you/);
      expect(await storedServers()).toEqual([discord.home.id]);
    } finally {
      await other.close();
    }
  }, 120_000);
});
