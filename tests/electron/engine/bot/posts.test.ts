/** Change posts through the outbox: the embed, 429 with Retry-After, nonce dedup, missing permissions. */
import { afterEach, describe, expect, it } from 'vitest';

import { createBot } from '../../../../electron/engine/bot';
import { systemClock } from '../../../../electron/engine/clock';
import { createLogger } from '../../../../electron/engine/logger';
import type { Delivery } from '../../../../electron/engine/notify/types';
import { createRedactor } from '../../../../electron/engine/secrets/redact';
import { processSecrets } from '../../../../electron/engine/secrets/resolve';
import { PERM } from '../../../fakes/discord';
import { snowflake } from '../../../fakes/discord/payloads';
import { settingsFrom } from '../../../helpers/engine';
import { until } from '../../../helpers/until';
import { alice, answered, type BotHarness, callback, connected, embedText, startBot } from './helpers';

let h: BotHarness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const messagesRoute = /^POST \/channels\/\d+\/messages$/;
const posts = (x: BotHarness) => x.discord.requests.filter((r) => messagesRoute.test(`${r.method} ${r.path}`));

async function change(x: BotHarness, ip = '81.2.69.200') {
  x.world.setIp(ip, '2a02:1:2:3::5');
  await x.runtime.engine.checkNow('manual');
}

describe('change posts', () => {
  it('posts a rich embed with old and new address, how long the old lasted, the sources and a /ip button', async () => {
    h = await startBot();
    await connected(h);
    await change(h);
    await until(() => h!.discord.posted.length === 1, { what: 'the change post' });
    const { body, channelId, message } = h.discord.posted[0]!;
    expect(channelId).toBe(h.discord.home.channels[0]!.id);
    const text = JSON.stringify(body.embeds);
    for (const s of ['Old address', '81.2.69.142', 'New address', '81.2.69.200', 'Old address lasted', 'Confirmed by'])
      expect(text).toContain(s);
    expect(text).toMatch(/<t:\d+:R>/);
    expect(body.enforce_nonce).toBe(true);
    expect(String(body.nonce)).toMatch(/^[\w-]{25}$/);
    expect(JSON.stringify(body.components)).toContain('ipw:ipshow');
    // The button answers like /ip.
    const click = h.discord.click(message, 'ipw:ipshow', alice);
    await answered(click);
    expect(callback(click).type).toBe(4);
    expect(embedText(callback(click).data)).toContain('81.2.69.200');
    await until(() => h!.runtime.status().notifications.find((c) => c.id === 'discord-bot')?.sent === 1);
  });

  it('a channel test posts a test embed to every guild channel', async () => {
    h = await startBot();
    await connected(h);
    expect(await h.runtime.testChannel('discord-bot')).toMatchObject({ ok: true });
    expect(h.discord.posted).toHaveLength(1);
    expect(JSON.stringify(h.discord.posted[0]!.body.embeds)).toContain('IPWatch test notification');
  });

  it('waits out a 429 on the message route by its Retry-After, then posts once; checks go on meanwhile', async () => {
    h = await startBot();
    await connected(h);
    h.discord.rateLimit(messagesRoute, 1, 3);
    await change(h);
    await until(() => posts(h!).length === 1, { what: 'the rate-limited attempt' });
    const ch = () => h!.runtime.status().notifications.find((c) => c.id === 'discord-bot')!;
    await until(() => ch().state === 'retrying');
    expect(ch().lastError).toContain('rate limited');
    // A check is not held up by the waiting post: it is done while the retry has not gone out.
    await h.runtime.engine.checkNow('manual');
    expect(posts(h)).toHaveLength(1);
    await until(() => h!.discord.posted.length === 1, { what: 'the post after Retry-After' });
    const [first, second] = posts(h);
    expect(first!.status).toBe(429);
    // Timers never fire early: only a retry that ignored Retry-After comes sooner.
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(2900);
    expect(h.discord.posted).toHaveLength(1);
  });

  it('posts what was queued while the token was rejected once the settings give a good one', async () => {
    h = await startBot({ settings: () => ({ token: 'not-the-token' }) });
    const x = h;
    await until(() => x.runtime.status().bot.state === 'token rejected', { what: 'token rejected' });
    const ch = () => x.runtime.status().notifications.find((c) => c.id === 'discord-bot')!;
    await change(x);
    await until(() => ch().state === 'paused', { what: 'the post paused for the token' });
    expect(ch().reason).toBe('Discord rejected the bot token');
    expect(x.discord.posted).toHaveLength(0);
    // The settings are reloaded with the token Discord knows; no restart of the app.
    (x.raw.discord as Record<string, unknown>).token = x.discord.token;
    await x.runtime.updateSettings(settingsFrom(x.raw as never));
    await until(() => x.discord.posted.length === 1, { what: 'the queued post', timeoutMs: 10_000 });
    expect(JSON.stringify(x.discord.posted[0]!.body.embeds)).toContain('81.2.69.200');
    await until(() => ch().sent === 1 && ch().pending === 0, { what: 'the post counted as sent' });
    expect(ch().state).toBe('ok');
  });

  /** Two bot processes in a row (a restart) delivering the same notice. */
  async function twice(x: BotHarness, at: () => number) {
    const settings = settingsFrom(x.raw as never);
    const logger = createLogger('test', { level: 'error', sink: () => undefined });
    for (let i = 0; i < 2; i++) {
      const { bot } = createBot({
        settings,
        services: x.runtime.services,
        clock: systemClock,
        logger,
        secrets: processSecrets,
        redactor: createRedactor(),
      });
      const when = at();
      const delivery: Delivery = {
        notice: {
          kind: 'ipv4-changed',
          key: 'k-1',
          at: when,
          family: 4,
          from: '81.2.69.142',
          to: '81.2.69.201',
          fromSince: when - 60_000,
          sources: ['a', 'b'],
        },
        message: { title: '', summary: '', fields: [], text: '', tone: 'info', time: '' },
        mask: 'none',
        idempotencyKey: 'x',
        signal: new AbortController().signal,
      };
      await bot.start();
      await until(() => bot.status().state === 'connected');
      expect(await bot.deliver(delivery)).toEqual({ ok: true });
      await bot.stop();
    }
  }

  it('within the nonce window, a repeated post of the same notice returns the first message', async () => {
    h = await startBot();
    await connected(h);
    // A notice as fresh as each process: only the nonce stands between it and a second post.
    await twice(h, () => Date.now() + 1000);
    expect(posts(h)).toHaveLength(2);
    expect(h.discord.posted).toHaveLength(1);
  });

  it('after the nonce window, a notice left by an earlier process is found in the channel, not posted again', async () => {
    h = await startBot({ discord: { nonceWindowMs: 1 } });
    await connected(h);
    const at = Date.now() - 10 * 60_000;
    await twice(h, () => at);
    expect(posts(h)).toHaveLength(1);
    expect(h.discord.posted).toHaveLength(1);
  });

  it('names a missing Read Message History as a problem: without it the look-up of earlier posts finds none', async () => {
    const channel = { id: snowflake(), name: 'ip', denyBot: PERM.ReadMessageHistory };
    h = await startBot({ discord: { guilds: [{ id: snowflake(), name: 'Home', channels: [channel] }] } });
    await connected(h);
    expect(h.runtime.status().bot.guilds[0]!.problem).toBe('missing permissions in #ip: ReadMessageHistory');
  });

  it('reports missing permissions in the status instead of throwing', async () => {
    const channel = { id: snowflake(), name: 'ip', denyBot: PERM.SendMessages | PERM.EmbedLinks };
    h = await startBot({ discord: { guilds: [{ id: snowflake(), name: 'Home', channels: [channel] }] } });
    await connected(h);
    expect(h.runtime.status().bot.guilds[0]!.problem).toBe('missing permissions in #ip: SendMessages, EmbedLinks');
    await change(h);
    const ch = () => h!.runtime.status().notifications.find((c) => c.id === 'discord-bot')!;
    await until(() => ch().lastError !== null, { what: 'the failed post' });
    expect(ch().lastError).toContain('lacks permissions');
    expect(['retrying', 'failing']).toContain(ch().state);
    expect(h.runtime.status().running).toBe(true);
  });
});
