/**
 * Sign in with Discord end to end (issue 50): the real headless runner with api.lan on, so the
 * dashboard is served over HTTPS with the certificate it makes at first run; Debian's chromium
 * trusts exactly that certificate (its SPKI pinned with --ignore-certificate-errors-spki-list);
 * Discord is the local stand-in (tests/fakes/discord-oauth.ts), reached through `discord.apiBase`.
 * An admin (Manage Server in the served server) and a viewer (a listed role) sign in from the
 * sign-in page's button and the header names them; the viewer's writes and checks are refused
 * (its page shows Check now off, with why); Sign out
 * everywhere ends the admin's sessions in every browser. The 5-minute rule's two sides: an admin
 * fresh from Discord may set the hook's program, while a session made from the admin token over
 * the LAN (this host's non-loopback address) counts as the token and is refused in words (so does
 * one over loopback without the host proof: tests/electron/engine/api/on-host-proof.test.ts).
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Agent, fetch as undiciFetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { english } from '../../shared/i18n/translators';
import { viewersCannotTest } from '../../shared/words/roles';
import type { DiscordOAuthFake } from '../fakes/discord-oauth';
import type { ApiRunner } from '../helpers/api-runner';
import { buildRenderer, CHROMIUM, seriousAxeFindings } from '../helpers/dashboard';
import { ADMIN, VIEWER } from '../helpers/discord-cast';
import { type DiscordDashboard, startDiscordDashboard } from '../helpers/discord-dashboard';
import { SHOTS } from '../helpers/e2e-dashboard';
import { peer } from '../helpers/peers';
import { startWorld, type World } from '../helpers/world';

/** An address of this host that is not loopback: a request to it comes "from the LAN". */
const lanAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((a) => a && !a.internal && a.family === 'IPv4')?.address;

const browserPeer = peer('chromium', { packages: ['chromium'], files: [CHROMIUM] });

let world: World;
let lab: DiscordDashboard;
let discord: DiscordOAuthFake;
let dash: ApiRunner;
let browser: Browser;
/** https://127.0.0.1:port: the certificate names 127.0.0.1, and chromium resolves no other name here. */
let origin: string;

describe.skipIf(browserPeer.skip)('sign in with Discord over HTTPS', () => {
  beforeAll(async () => {
    await buildRenderer();
    world = await startWorld();
    lab = await startDiscordDashboard(world, [ADMIN, VIEWER]);
    ({ discord, dash, browser, origin } = lab);
    await mkdir(SHOTS, { recursive: true });
  }, 240_000);
  afterAll(async () => {
    await lab?.close();
    await world?.close();
  });

  /** The status of a request the page itself makes (same origin, its cookie), as the dashboard's own calls. */
  const fromPage = (page: Page, method: 'GET' | 'POST', pathname: string) =>
    page.evaluate(
      async ([m, u]) =>
        (
          await fetch(
            u!,
            m === 'POST' ? { method: m, headers: { 'content-type': 'application/json' }, body: '{}' } : {},
          )
        ).status,
      [method, pathname],
    );

  /** A new browser signing in with the stand-in's `who` from the sign-in page; resolves once the dashboard shows. */
  async function signInWithDiscord(who: string): Promise<BrowserContext> {
    const context = await browser.newContext();
    const page = await context.newPage();
    discord.signInAs(who);
    await page.goto(`${origin}/`);
    await page.getByRole('link', { name: 'Sign in with Discord' }).click();
    await page.getByTestId('ip-v4').waitFor({ timeout: 30_000 });
    return context;
  }

  it('signs an admin in through Discord, over HTTPS, with a __Host- Secure HttpOnly SameSite=Lax session cookie', async () => {
    const context = await signInWithDiscord(ADMIN.id);
    const page = context.pages()[0]!;
    expect(await page.getByTestId('signed-in-as').textContent()).toBe('Ada (admin)');
    expect(discord.redirectUris.at(-1)).toBe(`${origin}/api/v1/session/discord/callback`);
    expect(discord.tokenResults.at(-1)).toBe('ok');
    // Over HTTPS the name carries __Host- (issue 58): Secure, Path=/ and no Domain, or chromium drops it.
    const cookie = (await context.cookies(origin)).find((c) => c.name === '__Host-ipwatch_session');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
    // The admin may change things: pausing and resuming the monitor.
    expect(await fromPage(page, 'POST', '/api/v1/pause')).toBe(200);
    expect(await fromPage(page, 'POST', '/api/v1/resume')).toBe(200);
    await context.close();
  }, 120_000);

  it('signs a viewer in as a viewer, whose writes are refused with 403', async () => {
    const context = await signInWithDiscord(VIEWER.id);
    const page = context.pages()[0]!;
    expect(await page.getByTestId('signed-in-as').textContent()).toBe('vic (viewer, read only)');
    expect(await fromPage(page, 'GET', '/api/v1/status')).toBe(200);
    // A check sends requests outside and pausing the monitor is a change: both an admin's.
    expect(await fromPage(page, 'POST', '/api/v1/check')).toBe(403);
    expect(await fromPage(page, 'POST', '/api/v1/pause')).toBe(403);
    // The page says so: Check now is off, with the reason beside it.
    const actions = page.getByRole('group', { name: 'Actions' });
    await actions.getByText(viewersCannotTest(english)).waitFor();
    expect(await actions.getByRole('button', { name: 'Check now' }).isDisabled()).toBe(true);
    await context.close();
  }, 120_000);

  it('keeps who is signed in and Sign out everywhere reachable at 360 px, behind the account button', async () => {
    const context = await signInWithDiscord(ADMIN.id);
    const page = context.pages()[0]!;
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: path.join(SHOTS, `account-1280-${scheme}.png`) });
    }
    await page.setViewportSize({ width: 360, height: 740 });
    const button = page.getByRole('button', { name: 'Account: Ada, admin' });
    await button.waitFor();
    // The inline corner is folded away; the header stays within the window.
    expect(await page.getByRole('button', { name: 'Sign out everywhere' }).count()).toBe(0);
    await button.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('group', { name: 'Account' });
    await panel.getByRole('button', { name: 'Sign out everywhere' }).waitFor();
    expect(await panel.getByTestId('account-who').innerText()).toContain('Ada');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    expect(await seriousAxeFindings(page)).toEqual([]);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: path.join(SHOTS, `account-360-${scheme}.png`) });
    }
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await page.evaluate("document.activeElement?.getAttribute('aria-label')")).toBe('Account: Ada, admin');
    await context.close();
  }, 120_000);

  it('ends every session of the admin from Sign out everywhere', async () => {
    const one = await signInWithDiscord(ADMIN.id);
    const two = await signInWithDiscord(ADMIN.id);
    const page = one.pages()[0]!;
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.getByLabel('API token').waitFor();
    const other = two.pages()[0]!;
    expect(await fromPage(other, 'GET', '/api/v1/status')).toBe(401);
    await other.reload();
    await other.getByRole('link', { name: 'Sign in with Discord' }).waitFor();
    await one.close();
    await two.close();
  }, 120_000);

  /** The page sets the hook's program as the Settings page does: the settings read, changed, sent back; the answer's status and error words. */
  const setHookFromPage = (page: Page, program: string) =>
    page.evaluate(async (p) => {
      const view = (await (await fetch('/api/v1/settings')).json()) as { settings: { hook: object } };
      const settings = { ...view.settings, hook: { ...view.settings.hook, program: p } };
      const res = await fetch('/api/v1/settings', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ settings }),
      });
      return { status: res.status, text: await res.text() };
    }, program);

  /** The hook's program in the runner's settings file, as kept. */
  const hookProgram = () =>
    (JSON.parse(readFileSync(path.join(dash.dataDir, 'settings.json'), 'utf8')) as { hook?: { program?: string } }).hook
      ?.program;

  it('lets an admin fresh from Discord set the hook program', async () => {
    const context = await signInWithDiscord(ADMIN.id);
    const page = context.pages()[0]!;
    const r = await setHookFromPage(page, '/bin/true');
    expect(r.status, r.text).toBe(200);
    expect(hookProgram()).toBe('/bin/true');
    await context.close();
  }, 120_000);

  it.skipIf(!lanAddress)(
    'refuses the hook program to a session made from the admin token over the LAN, with 403 in words',
    async () => {
      // The LAN client trusts the runner's own certificate, which names this host's LAN addresses.
      const lan = new Agent({ connect: { ca: readFileSync(path.join(dash.dataDir, 'tls', 'cert.pem'), 'utf8') } });
      const base = `https://${lanAddress}:${new URL(dash.url).port}/api/v1`;
      const send = (p: string, init: { method?: string; cookie?: string; json?: unknown } = {}) =>
        undiciFetch(`${base}${p}`, {
          method: init.method ?? 'GET',
          dispatcher: lan,
          headers: {
            ...(init.cookie ? { cookie: init.cookie } : {}),
            ...(init.json !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
        });
      try {
        const signIn = await send('/session', { method: 'POST', json: { token: dash.token } });
        expect(signIn.status).toBe(204);
        const cookie = signIn.headers.getSetCookie()[0]!.split(';')[0]!;
        const view = (await (await send('/settings', { cookie })).json()) as { settings: { hook: object } };
        const settings = { ...view.settings, hook: { ...view.settings.hook, program: '/bin/sh' } };
        const refused = await send('/settings', { method: 'PUT', cookie, json: { settings } });
        expect(refused.status).toBe(403);
        const { error } = (await refused.json()) as { error: { message: string } };
        expect(error.message).toMatch(
          /hook's program.*opened with a token and no proof of this host.*sign in with Discord.*`ipwatch api` on this host/,
        );
        expect(hookProgram()).not.toBe('/bin/sh');
        // The same session may still make a change that is not dangerous.
        expect((await send('/pause', { method: 'POST', cookie })).status).toBe(200);
        expect((await send('/resume', { method: 'POST', cookie })).status).toBe(200);
      } finally {
        await lan.close();
      }
    },
    120_000,
  );
});
