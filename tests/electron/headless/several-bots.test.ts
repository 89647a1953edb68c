/**
 * Two Discord bots in one headless runner (issue 77, docs/discord-bot.md "Several bots"): the
 * first configured by IPWATCH_DISCORD_* as ever, the second in settings.json's `discord.bots`
 * with its token in a file. Both speak to one Discord address (the stand-ins behind
 * tests/fakes/discord/front.ts, one application each, told apart by the token as Discord does);
 * each registers its commands for its own application in its own server, answers there as its
 * own application, and posts a change to its own channel as its own user.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { type DiscordFake, startDiscordFake } from '../../fakes/discord';
import { type DiscordFront, startDiscordFront } from '../../fakes/discord/front';
import { cleanEnv, collect, jsonLines, spawnHeadless } from '../../helpers/headless';
import { until } from '../../helpers/until';
import { startWorld, type World } from '../../helpers/world';

const A4 = '81.2.69.142';
const A6 = '2a02:1:2:3::5';
const boss = { user: { id: '300000000000000002', username: 'boss' }, permissions: 1n << 5n };

let world: World;
let first: DiscordFake;
let second: DiscordFake;
let front: DiscordFront;
let dir: string;
const children: ChildProcess[] = [];

beforeEach(async () => {
  world = await startWorld(A4, A6);
  first = await startDiscordFake({ token: 'first-bot-token', botName: 'First' });
  second = await startDiscordFake({ token: 'second-bot-token', botName: 'Second' });
  front = await startDiscordFront([first, second]);
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-bots-'));
});
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await front.close();
  await Promise.all([first.close(), second.close()]);
  await world.close();
  await rm(dir, { recursive: true, force: true });
});

async function writeSettings(): Promise<void> {
  const tokenFile = path.join(dir, 'second.token');
  await writeFile(tokenFile, `${second.token}\n`, { mode: 0o600 });
  const s = world.settings({ monitor: { ipv6: false } }) as Record<string, unknown>;
  s.notifications = { retry: { initialSec: 0.2, maxSec: 1 }, channels: [] };
  s.discord = {
    bots: [
      {
        id: 'second',
        name: 'The second',
        token: { file: tokenFile },
        guilds: [{ id: second.home.id, channel: second.home.channels[0]!.id }],
      },
    ],
  };
  await writeFile(path.join(dir, 'settings.json'), JSON.stringify(s, null, 2));
}

function run(): ReturnType<typeof jsonLines> & { child: ChildProcess; stderr: () => string } {
  const env = cleanEnv({
    IPWATCH_DISCORD_TOKEN: first.token,
    IPWATCH_DISCORD_GUILDS: `${first.home.id}:${first.home.channels[0]!.id}`,
    IPWATCH_DISCORD_API: front.apiBase,
  });
  const child = spawnHeadless(['--data-dir', dir, '--json'], env);
  children.push(child);
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return Object.assign(jsonLines(child), { child, stderr: () => err });
}

/** The requests one application's stand-in answered, as "STATUS METHOD /path". */
const seen = (d: DiscordFake) => d.requests.map((r) => `${r.status} ${r.method} ${r.path}`);

describe('two bots in one headless runner', () => {
  it('each registers, answers and posts as its own application, in its own server', async () => {
    await writeSettings();
    const r = run();
    await r.until((l) => l.type === 'check' && l.ip === A4);
    for (const d of [first, second])
      await until(() => d.gateway.ready && d.commands.guild.has(d.home.id), {
        what: `${d.bot.username}'s commands registered`,
        timeoutMs: 20_000,
      }).catch((e: unknown) => {
        throw new Error(`${String(e)}\n${r.stderr()}`);
      });
    // Each application's commands went to its own server, under its own application id, with
    // its own token (the stand-in answers 200 only to its application's token).
    expect(seen(first)).toContain(`200 PUT /applications/${first.appId}/guilds/${first.home.id}/commands`);
    expect(seen(second)).toContain(`200 PUT /applications/${second.appId}/guilds/${second.home.id}/commands`);
    expect(first.commands.guild.has(second.home.id)).toBe(false);
    expect(second.commands.guild.has(first.home.id)).toBe(false);
    expect(
      seen(first)
        .concat(seen(second))
        .filter((x) => x.startsWith('401')),
    ).toEqual([]);

    // A command in each server is answered there, by that server's bot; the first finds a change.
    world.setIp('81.2.69.150', A6);
    const inFirst = first.command('check', {}, boss);
    const inSecond = second.command('check', {}, boss);
    for (const log of [inFirst, inSecond])
      await until(() => log.edits.length === 1, { what: '/check answered', timeoutMs: 10_000 });
    expect(JSON.stringify(inFirst.edits[0])).toContain('81.2.69.150');
    expect(JSON.stringify(inSecond.edits[0])).toContain('81.2.69.150');
    expect(seen(first).some((x) => x.startsWith(`200 PATCH /webhooks/${first.appId}/${inFirst.token}/`))).toBe(true);
    expect(seen(second).some((x) => x.startsWith(`200 PATCH /webhooks/${second.appId}/${inSecond.token}/`))).toBe(true);

    // The change: each bot posts it to its own channel, as its own user.
    for (const d of [first, second])
      await until(() => d.posted.length === 1, { what: `${d.bot.username}'s change post`, timeoutMs: 15_000 });
    for (const d of [first, second]) {
      const post = d.posted[0]!;
      expect(post.channelId).toBe(d.home.channels[0]!.id);
      expect((post.message.author as { id: string }).id).toBe(d.bot.id);
      expect(JSON.stringify(post.body.embeds)).toContain('81.2.69.150');
    }

    r.child.kill('SIGTERM');
    const out = await collect(r.child);
    expect(out.code).toBe(0);
    expect(out.stderr).not.toContain(first.token);
    expect(out.stderr).not.toContain(second.token);
  }, 60_000);
});
