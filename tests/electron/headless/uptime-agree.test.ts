/**
 * One figure at one moment: the runner's API (/stats and /insight), the CLI's `stats` on the
 * same data folder, and the bot's /stats in the stand-in Discord give the same uptime, in the
 * same words (shared/uptime.ts). An outage (every source answers without an address, as a
 * captive portal does), a recovery, then a pause freezes monitored time, so every reader
 * measures the same moment once the pause is on disk.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { english } from '../../../shared/i18n/translators';
import { uptimeLine, type UptimeFigures } from '../../../shared/uptime';
import { type DiscordFake, startDiscordFake } from '../../fakes/discord';
import { type ApiRunner, startApiRunner } from '../../helpers/api-runner';
import { runHeadless } from '../../helpers/headless';
import { until } from '../../helpers/until';
import { startWorld, type World } from '../../helpers/world';

const boss = { user: { id: '300000000000000002', username: 'boss' }, permissions: 1n << 5n };

let world: World;
let discord: DiscordFake;
let runner: ApiRunner | undefined;

beforeEach(async () => {
  world = await startWorld();
  discord = await startDiscordFake();
});
afterEach(async () => {
  await runner?.stop();
  runner = undefined;
  await discord.close();
  await world.close();
});

function portal(on: boolean): void {
  for (const s of world.v4.http) s.setFault(on ? 'html' : 'none');
  world.v4.dns.setFault(on ? 'nxdomain' : 'none');
  world.v4.stun.setFault(on ? 'no-address' : 'none');
}

const figures = (u: UptimeFigures): UptimeFigures => ({
  percent: u.percent,
  monitoredMs: u.monitoredMs,
  offlineMs: u.offlineMs,
});

describe('uptime at one moment', () => {
  it('reads the same from the API, the CLI and the bot', async () => {
    runner = await startApiRunner({
      world,
      settings: { monitor: { ...world.settings().monitor, ipv6: false } },
      env: {
        IPWATCH_DISCORD_TOKEN: discord.token,
        IPWATCH_DISCORD_GUILDS: `${discord.home.id}:${discord.home.channels[0]!.id}`,
        IPWATCH_DISCORD_API: discord.apiBase,
      },
    });
    const r = runner;
    const post = async (p: string) =>
      expect((await r.fetch(`/api/v1${p}`, { method: 'POST', json: {} })).ok).toBe(true);
    const offline = r.lines.until((l) => l.type === 'offline', 20_000);
    portal(true);
    await post('/check');
    await offline;
    const online = r.lines.until((l) => l.type === 'online', 20_000);
    portal(false);
    await post('/check');
    await online;
    // Paused, monitored time stops growing: every reader below measures the same moment.
    await post('/pause');

    const api = async () => {
      const stats = (await (await r.fetch('/api/v1/stats?days=30&hourly=false')).json()) as { uptime: UptimeFigures };
      const insight = (await (await r.fetch('/api/v1/insight')).json()) as { uptime: UptimeFigures[] };
      return { stats: figures(stats.uptime), insight: insight.uptime.map(figures) };
    };
    const a = await api();
    expect(a.stats.offlineMs).toBeGreaterThan(0);
    expect(a.stats.offlineMs).toBeLessThan(a.stats.monitoredMs);
    expect(a.stats.percent).toBeGreaterThan(0);
    expect(a.stats.percent).toBeLessThan(100);
    // Every window holds the whole monitored time: the insight's figures are the stats'.
    expect(a.insight).toEqual([a.stats, a.stats, a.stats]);
    expect(await api()).toEqual(a);

    // The CLI reads the folder as saved: once the pause is on disk, it measures the same time.
    const cli = async () => {
      const out = await runHeadless(['--data-dir', r.dataDir, 'stats', '--days', '30', '--json']);
      expect(out.code, out.stderr).toBe(0);
      return figures((JSON.parse(out.stdout) as { uptime: UptimeFigures }).uptime);
    };
    let fromCli = await cli();
    await until(async () => (fromCli = await cli()).monitoredMs === a.stats.monitoredMs, {
      what: 'the pause saved for the CLI',
      timeoutMs: 20_000,
    });
    expect(fromCli).toEqual(a.stats);
    // Both count monitored time up to the pause, and the CLI says so.
    const untilOf = async (url: string) =>
      ((await (await r.fetch(url)).json()) as { uptime: { until: number } }).uptime.until;
    const paused = await untilOf('/api/v1/stats?days=30&hourly=false');
    const cliJson = await runHeadless(['--data-dir', r.dataDir, 'stats', '--days', '30', '--json']);
    expect((JSON.parse(cliJson.stdout) as { uptime: { until: number } }).uptime.until).toBe(paused);
    const text = await runHeadless(['--data-dir', r.dataDir, 'stats', '--days', '30']);
    const stamp = new Date(paused).toISOString().replace('T', ' ').slice(0, 19);
    expect(text.stdout).toContain(`Uptime ${uptimeLine(a.stats, english)} · counted until ${stamp} UTC\n`);

    await until(() => discord.gateway.ready && discord.commands.guild.has(discord.home.id), {
      what: 'the bot ready',
      timeoutMs: 20_000,
    });
    const stats = discord.command('stats', { period: '30d' }, boss);
    await until(() => stats.edits.length === 1, { what: '/stats answered', timeoutMs: 20_000 });
    const fields = (stats.edits[0] as { embeds: { fields: { name: string; value: string }[] }[] }).embeds[0]!.fields;
    expect(fields.find((f) => f.name === 'Uptime (monitored time)')?.value).toBe(uptimeLine(a.stats, english));
  }, 90_000);
});
