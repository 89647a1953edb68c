/**
 * Discord bot benchmark, against the Discord stand-in (tests/fakes/discord) and the local
 * world, with a real discord.js Client in the real runtime:
 *
 * 1. command: a slash command (/ip, sent over the gateway) to its reply's POST at the
 *    stand-in. Target p50 <= 20 ms.
 * 2. post: a confirmed change (the engine's change event) to the channel message's POST.
 *    Target p50 <= 50 ms (it includes the outbox write and flush to disk's in-memory twin).
 * 3. checks: checkNow() durations of a runtime with the bot (connected, then with the gateway
 *    down while discord.js keeps reconnecting) interleaved with one without it. Target: down
 *    p50 within 25 % (+2 ms) of no bot.
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

/**
 * Check durations of two runtimes on the same world, interleaved (a, b, a, b...), so both
 * see the same machine load: the difference is the bot's.
 */
async function checkTimes(a: BotHarness, b: BotHarness): Promise<[number[], number[]]> {
  const out: [number[], number[]] = [[], []];
  for (let i = 0; i < CHECKS; i++) {
    for (const [k, h] of [a, b].entries()) {
      const t0 = performance.now();
      await h.runtime.engine.checkNow('manual');
      out[k]!.push(performance.now() - t0);
    }
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
    const h = await startBot({ world });
    await connected(h);
    const command = await commandLatency(h);
    const post = await postLatency(h);
    await checkTimes(off, h); // warm-up
    const [noBot, withBot] = await checkTimes(off, h);
    h.discord.setDown(true);
    await until(() => h.runtime.status().bot.state !== 'connected', { what: 'gateway lost' });
    const [noBotWhileDown, down] = await checkTimes(off, h);
    const stateWhileDown = h.runtime.status().bot.state;
    h.discord.setDown(false);
    await h.close();
    await off.close();

    // Idle means steady: a minute after the first check, past start-up.
    const rss = await idleRss(world, 60_000);
    const c = dist(command);
    const p = dist(post);
    const noBotP50 = median(noBotWhileDown);
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
      checkDurations: {
        note: 'a runtime without the bot and one with it, on the same world, checks interleaved',
        noBot: dist(noBot),
        withBot: dist(withBot),
        noBotWhileDown: dist(noBotWhileDown),
        gatewayDown: dist(down),
        stateWhileDown,
      },
      rss,
      checks,
    };
  } finally {
    await world.close();
  }
}
