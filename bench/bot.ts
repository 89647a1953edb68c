/**
 * Discord bot benchmark, against the Discord stand-in (tests/fakes/discord) and the local
 * world, with a real discord.js Client in the real runtime:
 *
 * 1. command: a slash command (/ip, sent over the gateway) to its reply's POST at the
 *    stand-in. Target p50 <= 20 ms.
 * 2. post: a confirmed change (the engine's change event) to the channel message's POST.
 *    Target p50 <= 50 ms (it includes the outbox write and flush to disk's in-memory twin).
 * 3. checks: checkNow() durations with no bot, with the bot connected and while the gateway
 *    is down and discord.js keeps reconnecting. Target: down p50 within 25 % (+2 ms) of no bot.
 * 4. rss: the built headless runner (`npm run headless`'s bundle) idle with the bot
 *    connected. Target <= 110 MB.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { alice, type BotHarness, connected, startBot } from '../tests/electron/engine/bot/helpers';
import { startDiscordFake } from '../tests/fakes/discord';
import { until } from '../tests/helpers/until';
import { startWorld, type World } from '../tests/helpers/world';
import { atLeast, atMost, type Check } from './check';
import type { BenchArgs } from './cli';
import { idleRun } from './engine/processes';
import { buildRunner, runnerFile } from './engine/rss';
import { dist, median, round } from './engine/stats';

const COMMANDS = 60;
const CHANGES = 30;
const CHECKS = 30;

async function commandLatency(h: BotHarness): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < COMMANDS; i++) {
    const t0 = performance.now();
    const log = h.discord.command('ip', {}, alice);
    await until(() => log.callbacks.length > 0, { what: '/ip reply', everyMs: 1 });
    const req = h.discord.requests.find((r) => r.path === `/interactions/${log.id}/${log.token}/callback`)!;
    out.push(req.t - t0);
  }
  return out;
}

async function postLatency(h: BotHarness): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < CHANGES; i++) {
    const ip = `81.2.70.${i + 1}`;
    let changedAt = NaN;
    const off = h.runtime.engine.on((e) => {
      if (e.type === 'change' && e.to === ip) changedAt = performance.now();
    });
    h.world.setIp(ip, '2a02:1:2:3::5');
    const before = h.discord.posted.length;
    await h.runtime.engine.checkNow('manual');
    await until(() => h.discord.posted.length > before, { what: 'change post', everyMs: 1 });
    off();
    const req = h.discord.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/messages')).at(-1)!;
    out.push(req.t - changedAt);
  }
  return out;
}

async function checkTimes(h: BotHarness): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < CHECKS; i++) {
    const t0 = performance.now();
    await h.runtime.engine.checkNow('manual');
    out.push(performance.now() - t0);
  }
  return out;
}

async function idleRss(world: World, idleMs: number) {
  const discord = await startDiscordFake();
  const dir = await mkdtemp(join(tmpdir(), 'ipwatch-bench-bot-'));
  try {
    const file = await runnerFile();
    await buildRunner();
    const settings = {
      sources: { builtIn: false, custom: world.sources },
      discord: {
        token: discord.token,
        apiBase: discord.apiBase,
        guilds: [{ id: discord.home.id, channel: discord.home.channels[0]!.id }],
      },
    };
    await writeFile(join(dir, 'settings.json'), JSON.stringify(settings));
    let connectedBeforeRead = false;
    const watch = until(() => discord.gateway.ready && discord.commands.guild.has(discord.home.id), {
      timeoutMs: idleMs,
    }).then(() => (connectedBeforeRead = true));
    const run = await idleRun([file], dir, [], idleMs);
    await watch.catch(() => undefined);
    return { rssMB: run.rssMB, peakMB: run.peakMB, connectedBeforeRead, exitCode: run.exitCode };
  } finally {
    await discord.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export default async function botBench(args: BenchArgs): Promise<Record<string, unknown>> {
  void args;
  const world = await startWorld();
  const checks: Check[] = [];
  try {
    const off = await startBot({ world, settings: () => ({ token: null }) });
    await checkTimes(off); // warm-up, so no-bot is not measured cold
    const noBot = await checkTimes(off);
    await off.close();

    const h = await startBot({ world });
    await connected(h);
    const command = await commandLatency(h);
    const post = await postLatency(h);
    const withBot = await checkTimes(h);
    h.discord.setDown(true);
    await until(() => h.runtime.status().bot.state !== 'connected', { what: 'gateway lost' });
    const down = await checkTimes(h);
    const stateWhileDown = h.runtime.status().bot.state;
    h.discord.setDown(false);
    await h.close();

    const rss = await idleRss(world, 5000);
    const c = dist(command);
    const p = dist(post);
    const noBotP50 = median(noBot);
    const downP50 = median(down);
    checks.push(
      atMost('slash command to reply POST p50', c.p50Ms, 20, 'ms'),
      atMost('confirmed change to channel message POST p50', p.p50Ms, 50, 'ms'),
      atMost('check p50 while the gateway is down (vs no bot)', downP50, round(noBotP50 * 1.25 + 2), 'ms'),
      atMost('idle RSS of the headless runner, bot connected', rss.rssMB, 110, 'MB'),
      atLeast('bot connected before RSS was read (1 = yes)', rss.connectedBeforeRead ? 1 : 0, 1, ''),
    );
    return {
      command: c,
      post: p,
      checks_: { noBot: dist(noBot), withBot: dist(withBot), gatewayDown: dist(down), stateWhileDown },
      rss,
      checks,
    };
  } finally {
    await world.close();
  }
}
