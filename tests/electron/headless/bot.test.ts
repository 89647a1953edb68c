/**
 * The headless runner with the Discord bot, end to end: IPWATCH_DISCORD_* in the
 * environment, the stand-in Discord, the local world; commands, a change post, /config set
 * written to settings.json, and a Discord outage across two SIGKILLs of the runner.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { type DiscordFake, startDiscordFake } from '../../fakes/discord';
import { cleanEnv, collect, jsonLines, spawnHeadless } from '../../helpers/headless';
import { until } from '../../helpers/until';
import { startWorld, type World } from '../../helpers/world';

const A4 = '81.2.69.142';
const A6 = '2a02:1:2:3::5';
const boss = { user: { id: '300000000000000002', username: 'boss' }, permissions: 1n << 5n };

let world: World;
let discord: DiscordFake;
let dir: string;
const children: ChildProcess[] = [];

beforeEach(async () => {
  world = await startWorld(A4, A6);
  discord = await startDiscordFake();
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-bot-'));
});
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await discord.close();
  await world.close();
  await rm(dir, { recursive: true, force: true });
});

const env = () =>
  cleanEnv({
    IPWATCH_DISCORD_TOKEN: discord.token,
    IPWATCH_DISCORD_GUILDS: `${discord.home.id}:${discord.home.channels[0]!.id}`,
    IPWATCH_DISCORD_API: discord.apiBase,
  });

async function writeSettings(): Promise<void> {
  const s = world.settings({ monitor: { ipv6: false } }) as Record<string, unknown>;
  // Short retries, so the posts held back by an outage go out soon after it ends.
  s.notifications = { retry: { initialSec: 0.2, maxSec: 1 }, channels: [] };
  await writeFile(path.join(dir, 'settings.json'), JSON.stringify(s, null, 2));
}

function run(): ReturnType<typeof jsonLines> & { child: ChildProcess; stderr: () => string } {
  const child = spawnHeadless(['--data-dir', dir, '--json'], env());
  children.push(child);
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return Object.assign(jsonLines(child), { child, stderr: () => err });
}

/** A notice is on disk before its first attempt: a failed attempt proves it is in the outbox. */
const queued = (r: ReturnType<typeof run>) =>
  until(() => /delivery failed, will retry \{"channel":"discord-bot"/.test(r.stderr()), {
    what: 'the post queued in the outbox',
    timeoutMs: 10_000,
  }).catch((e: unknown) => {
    throw new Error(`${String(e)}\n${r.stderr()}`);
  });

const registered = (n: number) =>
  until(() => discord.gateway.identifies >= n && discord.commands.guild.has(discord.home.id) && discord.gateway.ready, {
    what: `bot session ${n} ready`,
    timeoutMs: 20_000,
  });

describe('headless runner with the Discord bot', () => {
  it('serves the commands and posts a change, configured by IPWATCH_DISCORD_* alone', async () => {
    await writeSettings();
    const r = run();
    await r.until((l) => l.type === 'check' && l.ip === A4);
    await registered(1);

    const ip = discord.command('ip', {}, boss);
    await until(() => ip.callbacks.length === 1, { what: '/ip answered', timeoutMs: 10_000 });
    expect(JSON.stringify(ip.callbacks[0])).toContain(A4);

    world.setIp('81.2.69.150', A6);
    const check = discord.command('check', {}, boss);
    await until(() => check.edits.length === 1, { what: '/check edited', timeoutMs: 10_000 });
    expect(JSON.stringify(check.edits[0])).toContain('81.2.69.150');
    await until(() => discord.posted.length === 1, { what: 'the change post', timeoutMs: 10_000 });
    expect(JSON.stringify(discord.posted[0]!.body.embeds)).toContain('81.2.69.150');

    const set = discord.command('config set', { interval: 90 }, boss);
    await until(() => set.callbacks.length === 1, { what: '/config set answered', timeoutMs: 10_000 });
    expect(JSON.stringify(set.callbacks[0])).toContain('Saved');
    const saved = JSON.parse(await readFile(path.join(dir, 'settings.json'), 'utf8')) as {
      monitor: { intervalSec: number };
    };
    expect(saved.monitor.intervalSec).toBe(90);
    await r.until((l) => l.type === 'settings-applied' && JSON.stringify(l.live).includes('monitor.intervalSec'));

    r.child.kill('SIGTERM');
    const out = await collect(r.child);
    expect(out.code).toBe(0);
    expect(out.stderr).not.toContain(discord.token);
  }, 60_000);

  it('after a Discord outage and two SIGKILLs, every post arrives once, in order', async () => {
    await writeSettings();
    let r = run();
    await r.until((l) => l.type === 'check' && l.ip === A4);
    await registered(1);

    // The first address is on disk (saved a second after the first check); otherwise the next
    // runner would see its first address, which is not a change.
    await until(() => existsSync(path.join(dir, 'history.sqlite')), { what: 'the history saved' });
    // Discord goes away; the address changes and the runner is killed, twice.
    discord.setDown(true);
    for (const ip of ['81.2.69.151', '81.2.69.152']) {
      world.setIp(ip, A6);
      r.child.kill('SIGKILL');
      await collect(r.child);
      r = run();
      await r.until((l) => l.type === 'change' && l.to === ip);
      await queued(r);
    }
    // The last post reaches Discord but its answer is lost, and the runner dies right then.
    discord.holdPostAnswers(true);
    discord.setDown(false);
    await until(() => discord.posted.length >= 1, { what: 'the first post after the outage', timeoutMs: 30_000 });
    r.child.kill('SIGKILL');
    await collect(r.child);
    discord.holdPostAnswers(false);

    r = run();
    await registered(3);
    await until(() => discord.posted.length >= 2, { what: 'both posts', timeoutMs: 30_000 });
    // Posts go out in order, one at a time: once the second is there, the first can no longer be sent again.
    expect(discord.posted).toHaveLength(2);
    expect(JSON.stringify(discord.posted[0]!.body.embeds)).toContain('81.2.69.151');
    expect(JSON.stringify(discord.posted[1]!.body.embeds)).toContain('81.2.69.152');
    // The held post was found again by its reference, not posted a second time.
    expect(discord.requests.some((q) => q.method === 'GET' && q.path.endsWith('/messages'))).toBe(true);
    r.child.kill('SIGTERM');
    await collect(r.child);
  }, 120_000);
});
