/**
 * Setting up from the Settings page alone, end to end: the real headless runner (API + built
 * renderer) in Debian's chromium, the Discord bot against the local Discord stand-in (the
 * runner is pointed at it by `discord.apiBase`, as a proxy would be), and a channel's Test
 * button against the local Discord webhook stand-in. Screenshots of both forms go to
 * test-output/screenshots/ (settings-discord.png and -360.png, settings-channels.png).
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { readHostProof } from '../../electron/engine/api/host-proof/host-proof';
import { type DiscordFake, startDiscordFake } from '../fakes/discord';
import { type DiscordWebhookFake, startDiscordWebhookFake, WEBHOOK_TOKEN } from '../fakes/discord-webhook';
import { type ApiRunner, startApiRunner } from '../helpers/api-runner';
import { buildRenderer, CHROMIUM, launchChromium, signInContext } from '../helpers/dashboard';
import { peer } from '../helpers/peers';
import { until } from '../helpers/until';
import { startWorld, type World } from '../helpers/world';

const browserPeer = peer('chromium', { packages: ['chromium'], files: [CHROMIUM] });
const SHOTS = path.resolve(import.meta.dirname, '../../test-output/screenshots');

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

/** A section of the Settings page, whole, as the page shows it (the sticky save bar at its own place). */
async function shootSection(p: Page, id: string, file: string): Promise<void> {
  await p.evaluate('window.scrollTo(0, 0)');
  const box = await p.locator(`#${id}`).boundingBox();
  if (!box) throw new Error(`no section #${id}`);
  await p.screenshot({ path: path.join(SHOTS, file), fullPage: true, clip: box });
}

/** axe's serious and critical findings on the page as it is, light and dark. */
async function axeFindings(p: Page): Promise<string[]> {
  const axe = await readFile(path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await p.emulateMedia({ colorScheme: scheme });
    // evaluate() runs outside the page's CSP, which forbids inline scripts.
    await p.evaluate(axe);
    const v = await p.evaluate<string[]>(
      `axe.run().then((r) => r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id + ' (' + v.nodes.map((n) => n.target.join(' ')).join(', ') + ')'))`,
    );
    found.push(...v.map((x) => `${scheme}: ${x}`));
  }
  return found;
}

/** What the API says is stored at `discord` or a channel: secrets as markers only. */
async function storedSettings(): Promise<{
  discord: Record<string, unknown>;
  notifications: { channels: Record<string, unknown>[] };
}> {
  const res = await dash.fetch('/api/v1/settings');
  return ((await res.json()) as { settings: never }).settings;
}

describe.skipIf(browserPeer.skip)('setting up from the Settings page', () => {
  beforeAll(async () => {
    await buildRenderer();
    browser = await launchChromium();
    await mkdir(SHOTS, { recursive: true });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    world = await startWorld('81.2.69.142', '2a02:1:2:3::5');
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterEach(async () => {
    await context?.close();
    await dash?.stop();
    await world.close();
  });

  describe('the Discord bot', () => {
    let discord: DiscordFake;
    beforeEach(async () => {
      discord = await startDiscordFake();
      // Only where Discord is: nothing about the bot itself is set before the page sets it.
      dash = await startApiRunner({ world, settings: { discord: { apiBase: discord.apiBase } } });
    }, 60_000);
    afterEach(async () => {
      await discord?.close();
    });

    it('is set up with its token, a server and a channel, and its first post arrives', async () => {
      const channel = discord.home.channels[0]!.id;
      // A served server added is a dangerous change: since issue 58 only a sign-in with this host's
      // proof counts as this host's (a token typed on localhost could come through a proxy here).
      const proof = await readHostProof(dash.dataDir);
      await signInContext(context, dash.url, dash.token, proof ?? undefined);
      await page.goto(`${dash.url}/#/discord`);
      await page.getByRole('link', { name: 'Set it up in Settings' }).click();
      const section = page.locator('#set-discord');
      await section.getByLabel('Bot token', { exact: true }).fill(discord.token);
      await section.getByRole('button', { name: 'Add a server' }).click();
      await section.getByLabel('Server id').fill(discord.home.id);
      await section.getByLabel('Channel for change posts').fill(channel);
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByText(/^Saved/).waitFor();
      // The runner applies it live: the bot logs in to the stand-in, and the page sees it connect.
      await section.getByRole('status').filter({ hasText: 'connected' }).waitFor({ timeout: 20_000 });
      const invite = await section.getByRole('link', { name: 'Add the bot to a server' }).getAttribute('href');
      expect(invite).toContain(`client_id=${discord.appId}`);
      await section.getByText(`The bot is in “${discord.home.name}”.`).waitFor({ timeout: 10_000 });
      await section.getByRole('button', { name: 'Send a test post' }).click();
      await section.getByText(/^Sent in \d+ ms/).waitFor({ timeout: 15_000 });
      await shootSection(page, 'set-discord', 'settings-discord.png');
      expect(await axeFindings(page)).toEqual([]);
      await page.setViewportSize({ width: 360, height: 740 });
      expect(
        await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'),
      ).toBeLessThanOrEqual(0);
      await shootSection(page, 'set-discord', 'settings-discord-360.png');
      await page.setViewportSize({ width: 1280, height: 900 });
      await until(() => discord.posted.some((p) => p.channelId === channel), {
        what: 'the test post',
        timeoutMs: 5000,
      });
      // Then a real change is posted there too.
      world.setIp('81.2.69.160', '2a02:1:2:3::5');
      expect((await dash.fetch('/api/v1/check', { method: 'POST', json: {} })).ok).toBe(true);
      await until(() => discord.posted.some((p) => JSON.stringify(p.body).includes('81.2.69.160')), {
        what: 'the change post',
        timeoutMs: 15_000,
      });
      // The token was stored in a file of its own that settings.json names, and never comes back to a page.
      const tokenFile = expect.stringMatching(/[/\\]secrets[/\\]discord\.token$/);
      expect((await storedSettings()).discord.token).toEqual({ set: true, from: expect.stringMatching(/^file /) });
      const file = await readFile(path.join(dash.dataDir, 'settings.json'), 'utf8');
      expect(file).not.toContain(discord.token);
      expect(JSON.parse(file).discord.token).toEqual({ file: tokenFile });
      expect(JSON.parse(file).discord.guilds).toEqual([expect.objectContaining({ id: discord.home.id, channel })]);
    }, 90_000);
  });

  describe('a notification channel', () => {
    let webhook: DiscordWebhookFake;
    beforeEach(async () => {
      webhook = await startDiscordWebhookFake();
      dash = await startApiRunner({ world });
    }, 60_000);
    afterEach(async () => {
      await webhook?.close();
    });

    it("is tested from its form before saving, and its URL's token is write-only once saved", async () => {
      await signIn(page);
      await page.goto(`${dash.url}/#/settings?section=channels`);
      const section = page.locator('#set-channels');
      // Discord has one way in: "Add Discord", a webhook (posts only) or the bot.
      await section
        .getByRole('group', { name: 'Add Discord' })
        .getByRole('button', { name: 'A webhook: posts only' })
        .click();
      const card = section.getByRole('group', { name: 'Discord webhook: discord-webhook' });
      await card.getByRole('button', { name: 'Send a test' }).click();
      await card.getByText('Fix the fields marked above to send a test.').waitFor();
      // The empty URL's error in a sentence (settings/issue-words.ts), never zod's own word.
      await card
        .getByText(/^Enter an? webhook URL\.$/i)
        .first()
        .waitFor();
      // A required field's mark stands on its label's line, right after it.
      const urlRow = card.locator('.label-row').filter({ has: page.getByText('Webhook URL', { exact: true }) });
      const [label, mark] = await Promise.all([
        urlRow.locator('label').boundingBox(),
        urlRow.locator('.required').boundingBox(),
      ]);
      expect(mark!.x).toBeGreaterThanOrEqual(label!.x + label!.width - 1);
      expect(mark!.y).toBeLessThan(label!.y + label!.height);
      await card.getByLabel('Webhook URL', { exact: true }).fill(webhook.webhookUrl);
      await card.getByLabel('Display name').fill('IPWatch');
      await card.getByRole('button', { name: 'Send a test' }).click();
      await card.getByText(/^Sent in \d+ ms/).waitFor({ timeout: 15_000 });
      expect(webhook.saved).toHaveLength(1);
      expect(webhook.requests[0]!.body).toMatchObject({ username: 'IPWatch' });
      await shootSection(page, 'set-channels', 'settings-channels.png');
      expect(await axeFindings(page)).toEqual([]);

      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByText(/^Saved/).waitFor();
      const stored = (await storedSettings()).notifications.channels.find((c) => c.id === 'discord-webhook');
      expect(stored).toMatchObject({ type: 'discord-webhook', url: { set: true }, username: 'IPWatch' });
      expect(await page.content()).not.toContain(WEBHOOK_TOKEN);
      // Saved and tested again, with the stored URL the page never had.
      await card.getByRole('button', { name: 'Send a test' }).click();
      await until(() => webhook.saved.length === 2, { what: 'the second test', timeoutMs: 15_000 });
    }, 60_000);
  });
});
