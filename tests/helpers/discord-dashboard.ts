/**
 * The dashboard with sign-in with Discord, for the e2e tests of issue 50: the real headless runner
 * with api.lan on (so it serves HTTPS with the certificate it makes at first run), Discord the
 * local stand-in (tests/fakes/discord-oauth.ts, reached through `discord.apiBase`) serving the
 * cast of tests/helpers/discord-cast.ts, and Debian's chromium trusting exactly the runner's
 * certificate (tests/helpers/chromium-pin.ts).
 */
import type { Browser } from 'playwright-core';

import { type DiscordOAuthFake, type FakeDiscordUser, startDiscordOAuth } from '../fakes/discord-oauth';
import { type ApiRunner, startApiRunner } from './api-runner';
import { launchPinnedChromium } from './chromium-pin';
import { CLIENT, SECRET, SERVER, VIEW_ROLE } from './discord-cast';
import type { World } from './world';

export interface DiscordDashboard {
  discord: DiscordOAuthFake;
  dash: ApiRunner;
  browser: Browser;
  /** https://127.0.0.1:port: the certificate names 127.0.0.1, and chromium resolves no other name here. */
  origin: string;
  /** Closes the browser, stops the runner and the stand-in (the world is the caller's). */
  close(): Promise<void>;
}

export async function startDiscordDashboard(world: World, users: FakeDiscordUser[]): Promise<DiscordDashboard> {
  const discord = await startDiscordOAuth({ clientId: CLIENT, secret: SECRET, users });
  let dash: ApiRunner | undefined;
  try {
    dash = await startApiRunner({
      world,
      settings: {
        api: {
          port: 0,
          lan: true,
          signIn: {
            discord: { clientId: CLIENT, secret: { env: 'IPWATCH_E2E_DISCORD_SECRET' }, viewerRoles: [VIEW_ROLE] },
          },
        },
        discord: { apiBase: discord.apiBase, guilds: [SERVER] },
      },
      env: { IPWATCH_E2E_DISCORD_SECRET: SECRET },
    });
    const browser = await launchPinnedChromium(dash.dataDir);
    const running = dash;
    return {
      discord,
      dash,
      browser,
      origin: `https://127.0.0.1:${new URL(dash.url).port}`,
      async close() {
        await browser.close();
        await running.stop();
        await discord.close();
      },
    };
  } catch (err) {
    await dash?.stop();
    await discord.close();
    throw err;
  }
}
