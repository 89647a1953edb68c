/**
 * Concurrent saves through the API, the bot command and the CLI (issue 59, "Done when"), each in
 * its own process: a real built runner with its API and the Discord bot (against the house's
 * Discord stand-in), and the real CLI. In each seeded round, started at the same moment: an API
 * settings write (PUT /api/v1/settings), the bot's `/config set interval`, and the CLI's
 * `ddns-import`, the CLI command that writes settings.json. The truth for the CLI: a running
 * runner holds the folder, so the import is refused in words naming it and writes nothing. After
 * each round settings.json is whole, valid settings, and holds the interval of one of the edits
 * reported applied (the last to take its turn: the API writes whole settings, so it may replace
 * the bot's edit made just before it, never interleave with it).
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { parseSettingsText } from '../../../electron/host/settings-file';
import type { SettingsView } from '../../../shared/contract/settings';
import { type DiscordFake, startDiscordFake } from '../../fakes/discord';
import { type ApiRunner, startApiRunner } from '../../helpers/api-runner';
import { runHeadless } from '../../helpers/headless';
import { seeded } from '../../helpers/random';
import { until } from '../../helpers/until';
import { startWorld, type World } from '../../helpers/world';

const ROUNDS = 8;
const boss = { user: { id: '300000000000000002', username: 'boss' }, permissions: 1n << 5n };
/** A ddns-updater config as qdm12/ddns-updater's docs/duckdns.md shows one. */
const DDNS_CONFIG = {
  settings: [{ provider: 'duckdns', domain: 'myhome.duckdns.org', token: 'duck-token-1234', ip_version: 'ipv4' }],
};

let world: World;
let discord: DiscordFake;
let runner: ApiRunner;
let scratch: string;
let ddnsConfig: string;

beforeAll(async () => {
  [world, discord] = await Promise.all([startWorld(), startDiscordFake()]);
  scratch = await mkdtemp(path.join(tmpdir(), 'ipwatch-three-writers-'));
  ddnsConfig = path.join(scratch, 'config.json');
  await writeFile(ddnsConfig, JSON.stringify(DDNS_CONFIG));
  runner = await startApiRunner({
    world,
    settings: {
      monitor: { ...world.settings().monitor, ipv6: false, intervalSec: 3600 },
      discord: { apiBase: discord.apiBase },
    },
    // The served server from the environment, as Docker users give it: the settings in force
    // (shared/settings/in-force.ts) then hold the variable's guild, read as the schema reads it
    // (a write was a 500 when the variable's bare guild had no `admin`).
    env: {
      IPWATCH_DISCORD_TOKEN: discord.token,
      IPWATCH_DISCORD_GUILDS: `${discord.home.id}:${discord.home.channels[0]!.id}`,
    },
  });
  await until(() => discord.commands.guild.has(discord.home.id) && discord.gateway.ready, {
    what: 'the bot ready with its commands',
    timeoutMs: 30_000,
  });
}, 90_000);
afterAll(async () => {
  await runner?.stop();
  await Promise.all([discord?.close(), world?.close()]);
  await rm(scratch, { recursive: true, force: true });
});

/** The API's write: the settings as GET shows them (secrets as markers), with a new interval. */
async function apiWrite(intervalSec: number): Promise<boolean> {
  const view = (await (await runner.fetch('/api/v1/settings')).json()) as SettingsView;
  const monitor = { ...(view.settings.monitor as object), intervalSec };
  const res = await runner.fetch('/api/v1/settings', {
    method: 'PUT',
    json: { settings: { ...view.settings, monitor } },
  });
  if (res.status !== 200)
    console.log(`the API write answered ${res.status}: ${await res.text()}\n${runner.stderr().slice(-3000)}`);
  return res.status === 200;
}

/** The bot's `/config set interval`: applied when it answers "Saved". */
async function botWrite(intervalSec: number): Promise<boolean> {
  const set = discord.command('config set', { interval: intervalSec }, boss);
  await until(() => set.callbacks.length === 1, { what: '/config set answered', timeoutMs: 15_000 });
  return JSON.stringify(set.callbacks[0]).includes('Saved');
}

describe('settings saved at once by the API, the bot and the CLI', () => {
  it(`leave whole, valid settings holding an applied edit, in each of ${ROUNDS} rounds`, async () => {
    const { random } = seeded('three writers of settings.json');
    const file = path.join(runner.dataDir, 'settings.json');
    for (let round = 0; round < ROUNDS; round++) {
      // Distinct intervals, so the file tells whose edit it holds.
      const apiInterval = 100 + round * 10 + Math.floor(random() * 5);
      const botInterval = apiInterval + 5;
      // A seeded head start of up to 20 ms for the bot's edit or the API's write varies who goes first.
      const lead = Math.floor(random() * 40) - 20;
      const after = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
      const [api, bot, cli] = await Promise.all([
        after(lead).then(() => apiWrite(apiInterval)),
        after(-lead).then(() => botWrite(botInterval)),
        runHeadless(['--data-dir', runner.dataDir, 'ddns-import', ddnsConfig]),
      ]);
      const applied = [...(api ? [apiInterval] : []), ...(bot ? [botInterval] : [])];
      expect({ round, api, bot }).toEqual({ round, api: true, bot: true });

      // The CLI is refused in words naming the runner, and imports nothing.
      expect(cli.code, cli.stdout + cli.stderr).toBe(1);
      expect(cli.stderr).toContain(`is in use by IPWatch (monitor, pid ${runner.child.pid} `);

      const text = await readFile(file, 'utf8');
      const parsed = parseSettingsText(text, file, {});
      expect({ round, errors: parsed.ok ? [] : parsed.errors }).toEqual({ round, errors: [] });
      if (!parsed.ok) return;
      expect(applied).toContain(parsed.settings.monitor.intervalSec);
      expect(parsed.settings.ddns.records).toEqual([]);
    }
    expect((await readdir(runner.dataDir)).filter((n) => n.includes('.tmp'))).toEqual([]);
    expect(runner.child.exitCode).toBeNull();
  }, 180_000);
});
