/**
 * The app's runtime host (electron/shell/runtime-host.ts) on a real data folder, the local
 * world and the Discord stand-in: the bot's /config set writes settings.json through the
 * host, and the app's settings watcher applies it, as in the headless runner. An older settings
 * file is written back once, upgraded, when the app holds the data folder; a bad one never.
 */
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createLogger } from '../../../electron/engine/logger';
import { createRedactor } from '../../../electron/engine/secrets/redact';
import { processSecrets } from '../../../electron/engine/secrets/resolve';
import { lockDataFolder } from '../../../electron/host';
import type { FileLogging } from '../../../electron/shell/logs';
import { type AppRuntime, startAppRuntime } from '../../../electron/shell/runtime-host';
import { type DiscordFake, startDiscordFake } from '../../fakes/discord';
import { until } from '../../helpers/until';
import { startWorld, type World } from '../../helpers/world';

const boss = { user: { id: '300000000000000002', username: 'boss' }, permissions: 1n << 5n };

let world: World;
let discord: DiscordFake;
let dataDir: string;
let host: AppRuntime | null = null;

beforeEach(async () => {
  world = await startWorld('81.2.69.142');
  discord = await startDiscordFake();
  dataDir = await mkdtemp(path.join(tmpdir(), 'ipwatch-app-host-'));
});
afterEach(async () => {
  await host?.stop();
  host = null;
  await discord.close();
  await world.close();
  await rm(dataDir, { recursive: true, force: true });
});

function logging(): FileLogging {
  const config = { level: 'warn' as const, sink: () => undefined };
  return { logger: createLogger('app', config), config, file: '', close: async () => undefined };
}

const start = async (env: NodeJS.ProcessEnv = {}) =>
  startAppRuntime({
    dataDir,
    env,
    version: 'test',
    logging: logging(),
    redactor: createRedactor(),
    desktop: { notify: async () => undefined },
    secrets: { env, readFile: processSecrets.readFile },
    // main.ts takes the folder's lock before anything is written into it, then hands it over.
    lock: await lockDataFolder(dataDir, createLogger('lock', { level: 'warn', sink: () => undefined }), 'app'),
  });

describe('the app runtime host', () => {
  it('writes a version-1 settings file back once, upgraded, keeping the old one; a second start leaves it', async () => {
    const file = path.join(dataDir, 'settings.json');
    const hook = { id: 'hook', type: 'webhook', url: 'https://example.com/h', events: ['ipv4-changed'] };
    const v1 = JSON.stringify({ ...world.settings(), version: 1, notifications: { channels: [hook] } });
    await writeFile(file, v1, { mode: 0o600 });
    host = await start();
    expect(await readFile(path.join(dataDir, 'settings.v1.json'), 'utf8')).toBe(v1);
    const upgraded = await readFile(file, 'utf8');
    expect(JSON.parse(upgraded)).toMatchObject({
      version: 3,
      notifications: {
        channels: [{ ...hook, events: ['ipv4-changed', 'site-changed', 'site-offline', 'site-online', 'memory-high'] }],
      },
    });
    expect(host.store.auditLog()).toContainEqual(
      expect.objectContaining({ actor: 'ipwatch', action: 'settings.upgrade', result: 'applied' }),
    );
    await host.stop();
    host = null;

    const written = (await stat(file)).mtimeMs;
    host = await start();
    expect(await readFile(file, 'utf8')).toBe(upgraded);
    expect((await stat(file)).mtimeMs).toBe(written);
    expect((await readdir(dataDir)).filter((f) => f.startsWith('settings'))).toEqual([
      'settings.json',
      'settings.v1.json',
    ]);
  }, 60_000);

  it('leaves a version-1 file it cannot use as it is, running on the defaults', async () => {
    const bad = '{"version":1,"log":{"level":"loud"}}';
    await writeFile(path.join(dataDir, 'settings.json'), bad, { mode: 0o600 });
    host = await start();
    expect(host.settingsErrors).not.toBeNull();
    expect(await readFile(path.join(dataDir, 'settings.json'), 'utf8')).toBe(bad);
    expect((await readdir(dataDir)).filter((f) => f.startsWith('settings'))).toEqual(['settings.json']);
  }, 60_000);

  it("writes the Discord bot's /config set to settings.json, and the watcher applies it", async () => {
    const settings = world.settings({ monitor: { ipv6: false, intervalSec: 3600, networkWatch: false } });
    await writeFile(path.join(dataDir, 'settings.json'), JSON.stringify(settings, null, 2), { mode: 0o600 });
    const env: NodeJS.ProcessEnv = {
      IPWATCH_DISCORD_TOKEN: discord.token,
      IPWATCH_DISCORD_GUILDS: `${discord.home.id}:${discord.home.channels[0]!.id}`,
      IPWATCH_DISCORD_API: discord.apiBase,
    };
    host = await start(env);
    const { runtime } = host;
    await until(() => runtime.status().bot.state === 'connected' && runtime.status().bot.commands.registered, {
      what: 'the bot connected with its commands registered',
      timeoutMs: 20_000,
    });

    const set = discord.command('config set', { interval: 90 }, boss);
    await until(() => set.callbacks.length === 1, { what: '/config set answered', timeoutMs: 10_000 });
    expect(JSON.stringify(set.callbacks[0])).toContain('Saved');
    const saved = JSON.parse(await readFile(path.join(dataDir, 'settings.json'), 'utf8')) as {
      monitor: { intervalSec: number };
    };
    expect(saved.monitor.intervalSec).toBe(90);
    await until(() => host!.settings().monitor.intervalSec === 90, { what: 'the edit applied by the watcher' });
  }, 60_000);
});
