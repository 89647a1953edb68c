/**
 * A change of the sign-in settings ends a Discord session's open event stream within a second
 * (issue 58), through the real runner: the owner edits settings.json, the runner applies it, and
 * the stream of a viewer the new settings no longer allow ends with no other request of that
 * browser (a stream makes none). The stand-in (tests/fakes/discord-oauth.ts) is Discord.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, expect, it } from 'vitest';

import { type DiscordOAuthFake, startDiscordOAuth } from '../../../../fakes/discord-oauth';
import { type ApiRunner, openEvents, startApiRunner } from '../../../../helpers/api-runner';
import { CLIENT, SECRET, SERVER, VIEW_ROLE, VIEWER } from '../../../../helpers/discord-cast';
import { signInWithDiscord } from '../../../../helpers/discord-sign-in';
import { writeSettingsFile } from '../../../../helpers/headless';
import { startWorld, type World } from '../../../../helpers/world';

let world: World;
let discord: DiscordOAuthFake;
let runner: ApiRunner;

beforeAll(async () => {
  world = await startWorld();
  discord = await startDiscordOAuth({ clientId: CLIENT, secret: SECRET, users: [structuredClone(VIEWER)] });
  runner = await startApiRunner({
    world,
    settings: {
      api: {
        port: 0,
        signIn: { discord: { clientId: CLIENT, secret: { env: 'SIGN_IN_SECRET' }, viewerRoles: [VIEW_ROLE] } },
      },
      discord: { apiBase: discord.apiBase, guilds: [SERVER] },
    },
    env: { SIGN_IN_SECRET: SECRET },
  });
}, 60_000);

afterAll(async () => {
  await runner?.stop();
  await discord?.close();
  await world?.close();
});

it('ends a Discord viewer’s stream within a second of settings.json no longer listing the viewer role', async () => {
  const cookie = await signInWithDiscord(runner.url, discord, VIEWER.id);
  const stream = await openEvents({
    fetch: (p, init) => runner.fetch(p, { ...init, headers: { authorization: '', cookie } }),
  });
  const file = path.join(runner.dataDir, 'settings.json');
  const settings = JSON.parse(readFileSync(file, 'utf8')) as {
    api: { signIn: { discord: { viewerRoles: string[] } } };
  };
  settings.api.signIn.discord.viewerRoles = [];
  const applied = () => runner.lines.lines.filter((l) => l.type === 'settings-applied').length;
  const before = applied();
  await writeSettingsFile(runner.dataDir, JSON.stringify(settings, null, 2));
  await runner.lines.until(() => applied() > before);
  const since = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'open'>((resolve) => (timer = setTimeout(() => resolve('open'), 1000)));
  const outcome = await Promise.race([stream.ended.then(() => 'ended' as const), late]);
  clearTimeout(timer);
  stream.close();
  expect(outcome, `still open ${Date.now() - since} ms after the settings were applied`).toBe('ended');
  const me = await runner.fetch('/api/v1/session/me', { headers: { authorization: '', cookie } });
  expect(me.status).toBe(401);
});
