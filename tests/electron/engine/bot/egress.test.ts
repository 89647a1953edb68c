/**
 * The Discord bot through the egress gate (issue 63), against the Discord stand-in with the real
 * runtime, bot, discord.js and process gate. With egress.enforce on, a declared Discord (its REST
 * and gateway at discord.apiBase's host and port, as the stand-in serves both) logs in, registers
 * and posts, and the gate's record names both by host and port only; with enforce off, a gateway
 * at another host is recorded apart, as undeclared. A gateway the inventory does not list (the
 * stand-in naming `localhost`, the same server by another name) is refused before the stand-in
 * sees an upgrade, the bot says so in words and tries again later, and the runtime goes on
 * checking the address. discord.js's REST refuses likewise before any request.
 */
import { REST } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';

import { requestThrough } from '../../../../electron/engine/bot/rest-request';
import { createEgressGate, EgressRefusedError, processGate } from '../../../../electron/engine/net/egress-gate';
import { startDiscordFake } from '../../../fakes/discord';
import { until } from '../../../helpers/until';
import { type BotHarness, connected, startBot } from './helpers';

let h: BotHarness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const enforced = { egress: { enforce: true } };
const portOf = (x: BotHarness) => Number(new URL(x.discord.apiBase).port);
const contactsAt = (port: number) => processGate.report().contacted.filter((c) => c.port === port);
const REFUSAL = /the connection to localhost port \d+ \(tcp\) is not declared and egress\.enforce is on/;

describe('the Discord bot through the egress gate', () => {
  it('logs in, registers and posts to a declared Discord with enforce on; the record names host and port only', async () => {
    h = await startBot({ more: enforced });
    await connected(h);
    expect(await h.runtime.testChannel('discord-bot')).toMatchObject({ ok: true });
    expect(h.discord.posted).toHaveLength(1);
    const port = portOf(h);
    const [contact, ...more] = contactsAt(port);
    expect(more).toEqual([]);
    expect(contact).toMatchObject({ host: '127.0.0.1', port, protocol: 'tcp', purposes: ['discordBot'] });
    expect(contact!.declared).toEqual(['discord:discord']);
    expect(contact!.lastResult).toBe('ok');
    // Every REST request and the gateway's one connection (a resume or a second login would add one).
    expect(h.discord.gateway.upgrades).toBe(1);
    expect(contact!.count).toBe(h.discord.requests.length + h.discord.gateway.upgrades);
    const report = JSON.stringify(processGate.report());
    for (const secret of [h.discord.token, '/api', '/gateway', '/channels']) expect(report).not.toContain(secret);
    expect(processGate.report().contacted.filter((c) => c.lastResult === 'refused')).toEqual([]);
  });

  it('with enforce off, records the gateway at the host Discord names apart from the REST, as undeclared', async () => {
    h = await startBot({ discord: { gatewayHost: 'localhost' } });
    await connected(h);
    const port = portOf(h);
    expect(contactsAt(port)).toEqual([
      expect.objectContaining({ host: '127.0.0.1', declared: ['discord:discord'], lastResult: 'ok' }),
      expect.objectContaining({ host: 'localhost', declared: [], count: 1, lastResult: 'ok' }),
    ]);
    expect(h.logs.map((r) => r.message)).toContainEqual(expect.stringMatching(/localhost port \d+ \(tcp\)/));
    // The gateway's name was asked of the system's resolver: in the gate's lookups.
    expect(processGate.report().lookups.map((l) => l.name)).toContain('localhost');
  });

  it('refuses a gateway the inventory does not list before the stand-in sees it, says so, and goes on monitoring', async () => {
    h = await startBot({ more: enforced, discord: { gatewayHost: 'localhost' } });
    await until(() => h!.runtime.status().bot.state === 'failed', { what: 'the bot failed', timeoutMs: 10_000 });
    const bot = h.runtime.status().bot;
    expect(bot.lastError?.message).toMatch(/^cannot connect: /);
    expect(bot.lastError?.message).toMatch(REFUSAL);
    expect(bot.nextAttemptAt).not.toBeNull();
    expect(h.discord.gateway.upgrades).toBe(0);
    expect(h.discord.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /gateway/bot']);
    expect(contactsAt(portOf(h))).toContainEqual(
      expect.objectContaining({ host: 'localhost', declared: [], lastResult: 'refused' }),
    );
    expect(h.logs.map((r) => r.message)).toContainEqual(
      expect.stringMatching(/^Refused a connection to localhost port \d+ \(tcp\)/),
    );
    // Monitoring goes on: a change of the address is found.
    h.world.setIp('81.2.69.201', '2a02:1:2:3::5');
    await h.runtime.engine.checkNow('manual');
    await until(() => h!.runtime.status().families.v4.ip === '81.2.69.201', { what: 'the new address found' });
  });

  it('refuses a resume to a host the inventory does not list, and logs in again later', async () => {
    h = await startBot({ more: enforced, discord: { resumeHost: 'localhost' } });
    await connected(h);
    h.discord.gateway.cut();
    await until(() => h!.runtime.status().bot.state === 'failed', { what: 'the resume refused', timeoutMs: 10_000 });
    expect(h.runtime.status().bot.lastError?.message).toMatch(REFUSAL);
    expect(h.runtime.status().bot.nextAttemptAt).not.toBeNull();
    expect(h.discord.gateway.upgrades).toBe(1);
    expect(h.discord.gateway.resumes).toBe(0);
    // The retry (BOT_RETRY's first wait, 5 s and its jitter) logs in anew at the declared gateway.
    await until(() => h!.discord.gateway.identifies === 2 && h!.runtime.status().bot.state === 'connected', {
      what: 'a new login',
      timeoutMs: 20_000,
    });
  }, 30_000);

  it("discord.js's REST at a name: the name's lookup is in the gate's lookups", async () => {
    const discord = await startDiscordFake();
    try {
      const gate = createEgressGate();
      const api = discord.apiBase.replace('127.0.0.1', 'localhost');
      const rest = new REST({ api, makeRequest: requestThrough(gate), retries: 0 });
      rest.setToken(discord.token);
      await rest.get('/gateway/bot');
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
      expect(discord.requests).toHaveLength(1);
      expect(gate.report().lookups.map((l) => l.name)).toEqual(['localhost']);
    } finally {
      await discord.close();
    }
  });

  it("discord.js's REST: refused before the stand-in sees a request", async () => {
    const discord = await startDiscordFake();
    try {
      const gate = createEgressGate();
      gate.use({ declared: [], enforce: true, say: () => undefined });
      const rest = new REST({ api: discord.apiBase, makeRequest: requestThrough(gate), retries: 0 });
      rest.setToken(discord.token);
      await expect(rest.get('/gateway/bot')).rejects.toBeInstanceOf(EgressRefusedError);
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
      expect(discord.requests).toEqual([]);
      expect(gate.report().contacted).toEqual([
        expect.objectContaining({
          host: '127.0.0.1',
          port: Number(new URL(discord.apiBase).port),
          lastResult: 'refused',
        }),
      ]);
    } finally {
      await discord.close();
    }
  });
});
